/**
 * A tracking sheet beside a half-year summary, as a district office keeps them: the summary is a
 * matrix by task whose figures are SUMIFS/COUNTIFS over the tracking sheet (results cached as Excel
 * saves them). One cached figure is stale: the tracking sheet was corrected after the summary.
 */
import { utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

export const TRACKING: XlsxSheet = {
  name: "Theo dõi",
  rows: [
    ["THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2024"],
    [],
    ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Số người tham gia", "Nữ", "Tình trạng"],
    [1, "II.2.1", "Hội nghị kỷ niệm ngày Quốc tế Phụ nữ 8/3", utcDate(2024, 3, 8), "Văn phòng", 120, 80, "Hoàn thành"],
    [2, "II.2.2", "Nói chuyện chuyên đề nhân ngày Gia đình Việt Nam 28/6", utcDate(2024, 6, 28), "Văn phòng", 45, 30, "Hoàn thành"],
    [3, "III.1.1", "Tập huấn lồng ghép giới", utcDate(2024, 5, 15), "Phòng Chính sách", 35, 20, "Hoàn thành"],
    // After the half year: not in the summary's period.
    [4, "II.2.4", "Mít tinh hưởng ứng Tháng hành động", utcDate(2024, 11, 20), "Văn phòng", 200, 140, "Hoàn thành"],
  ],
};

const sumifs = (col: string, row: number, result: number): { formula: string; result: number } => ({
  formula: `SUMIFS('Theo dõi'!${col}:${col},'Theo dõi'!B:B,B${row},'Theo dõi'!D:D,">="&DATE(2024,1,1),'Theo dõi'!D:D,"<="&DATE(2024,6,30))`,
  result,
});

export const HALF_YEAR: XlsxSheet = {
  name: "Tổng hợp 6 tháng",
  rows: [
    ["TỔNG HỢP KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"],
    [],
    ["STT", "Mã NV", "Nhiệm vụ", "Số người tham gia", "Nữ"],
    [1, "II.2.1", "Tổ chức các hoạt động hưởng ứng ngày Quốc tế Phụ nữ 8/3", sumifs("F", 4, 120), sumifs("G", 4, 80)],
    // Stale: the tracking sheet now gives 45.
    [2, "II.2.2", "Ngày Gia đình Việt Nam 28/6", sumifs("F", 5, 52), sumifs("G", 5, 30)],
    [3, "III.1.1", "Tập huấn lồng ghép giới", sumifs("F", 6, 35), sumifs("G", 6, 20)],
    [null, null, "Tổng cộng", { formula: "SUM(D4:D6)", result: 207 }, { formula: "SUM(E4:E6)", result: 130 }],
  ],
};
