/**
 * Workbooks shaped as a commune clerk keeps them, with totals: one sheet with a block per year,
 * each closed by "Cộng năm …" and the whole by "Tổng cộng" (written as the sum of the subtotals, as
 * Excel's =E10+E15+E20 gives it); one sheet per quarter block closed by "Cộng quý …" and "Tổng cộng
 * năm 2024", its header written without diacritics; one sheet with the user's own outline (A., B.)
 * closed by "Cộng (A)", "Cong (B)" and "TỔNG CỘNG (A+B)".
 *
 * Planted on purpose: a number typed as text ("1.500") that the 2022 subtotal's SUM skipped, a wrong
 * 2023 subtotal (women), blank rows, merged titles and total labels.
 */
import { utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

const TITLE_ROWS = (title: string): unknown[][] => [["UBND XÃ HOÀNG ĐỒNG"], [title], []];

export const YEAR_BLOCKS: XlsxSheet = {
  name: "Theo dõi 2021-2023",
  rows: [
    ...TITLE_ROWS("SỔ THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI"),
    ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Số người tham gia", "Nữ", "Kinh phí (triệu đồng)", "Tình trạng"], // 4
    ["NĂM 2021"], // 5
    [1, "II.2.1", "Hội nghị tuyên truyền nhân ngày Quốc tế Phụ nữ 8/3", utcDate(2021, 3, 8), 50, 30, 2, "Hoàn thành"], // 6
    [2, "II.2.4", "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới", utcDate(2021, 11, 20), 100, 60, 3.5, "Hoàn thành"], // 7
    [], // 8
    [null, null, "Cộng năm 2021", null, 150, 90, 5.5], // 9 right
    [null, "NĂM 2022"], // 10
    [1, "III.1.1", "Tập huấn nghiệp vụ bình đẳng giới cho cán bộ xã", "15/5/2022", "1.500", 800, 10, "Hoàn thành"], // 11 text number
    [2, "II.2.2", "Hội nghị nhân ngày Gia đình Việt Nam 28/6", utcDate(2022, 6, 28), 40, 25, 1, "Hoàn thành"], // 12
    [null, null, "Cộng năm 2022", null, 40, 825, 11], // 13 SUM skipped E11
    ["NĂM 2023"], // 14
    [1, "III.1.4", "Báo cáo kết quả thực hiện bình đẳng giới năm 2023", utcDate(2023, 12, 20), 10, 5, 0, "Hoàn thành"], // 15
    [2, "II.2.4", "Treo băng rôn hưởng ứng Tháng hành động", utcDate(2023, 11, 25), 200, 150, 4, "Hoàn thành"], // 16
    [null, null, "Cộng năm 2023", null, 210, 160, 4], // 17 women wrong: 155
    [], // 18
    [null, "Tổng cộng", null, null, 400, 1075, 20.5], // 19 = subtotals' figures as written
  ],
  merges: ["A1:H1", "A2:H2", "A5:H5", "B10:H10", "A14:H14", "B19:D19"],
};

export const QUARTERS: XlsxSheet = {
  name: "Nam 2024",
  rows: [
    ["SO THEO DOI NAM 2024"],
    [],
    ["STT", "Ma NV", "Noi dung hoat dong", "Thoi gian", "So nguoi tham gia", "Nu", "Kinh phi (trieu dong)"], // 3
    ["Quy I"], // 4
    [1, "II.2.1", "Toa dam ky niem ngay 8-3", "08/3/2024", 80, 50, 2], // 5
    [2, "III.2", "Tuyen truyen Luat Hon nhan va gia dinh", "20/3/2024", 20, 10, 1], // 6
    ["Cong quy I", null, null, null, 100, 60, 3], // 7
    ["Quy II"], // 8
    [1, "II.2.2", "Hoi nghi ngay Gia dinh Viet Nam", "28/6/2024", 30, 20, 1.5], // 9
    ["Cong quy II", null, null, null, 30, 20, 1.5], // 10
    ["Tổng cộng năm 2024", null, null, null, 130, 80, 4.5], // 11
  ],
  merges: ["A1:G1", "A7:D7", "A10:D10", "A11:D11"],
};

export const OUTLINE: XlsxSheet = {
  name: "Phòng VH",
  rows: [
    ["STT", "Nội dung hoạt động", "Thời gian", "Số người tham gia", "Nữ", "Kinh phí (triệu đồng)"], // 1
    ["A", "CÔNG TÁC TUYÊN TRUYỀN"], // 2
    [1, "Mít tinh Tháng hành động vì bình đẳng giới năm 2024", "15/11/2024", 150, 90, 5], // 3
    [2, "Truyền thông phòng, chống bạo lực gia đình", "20/11/2024", 60, 35, 2], // 4
    [null, "Cộng (A)", null, 210, 125, 7], // 5
    ["B", "CÔNG TÁC TẬP HUẤN"], // 6
    [1, "Tập huấn kiến thức bình đẳng giới cho cán bộ, công chức", "10/9/2024", 45, 20, 6], // 7
    [null, "Cong (B)", null, 45, 20, 6], // 8
    [null, "TỔNG CỘNG (A+B)", null, 255, 145, 13], // 9
  ],
};

/** What each sheet must give. */
export const EXPECTED = {
  activities: { [YEAR_BLOCKS.name]: 6, [QUARTERS.name]: 3, [OUTLINE.name]: 3 },
  totals: { [YEAR_BLOCKS.name]: [9, 13, 17, 19], [QUARTERS.name]: [7, 10, 11], [OUTLINE.name]: [5, 8, 9] },
  /** total-mismatch, by sheet and cell. */
  mismatches: [`${YEAR_BLOCKS.name}!E13`, `${YEAR_BLOCKS.name}!F17`],
  /** Participants over every activity: the totals' figures counted once, never again. */
  participants: 150 + 1540 + 210 + 130 + 255,
  female: 90 + 825 + 155 + 80 + 145,
};
