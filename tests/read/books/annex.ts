/**
 * Report annexes ("Biểu 01") as an office fills them in: title and reference lines, a unit line
 * ("Đơn vị tính: người, triệu đồng") right above a three-level header ("Số người tham gia" →
 * "Tổng số" / "Trong đó" → "Nữ", "DTTS"), a row numbering the columns "(1) … (12)", then data.
 * A second annex is written without diacritics, its money in thousands of đồng by its unit line.
 */
import { utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

const NUMBERING = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"];

export const ANNEX_01: XlsxSheet = {
  name: "Biểu 01",
  rows: [
    ["UBND TỈNH LẠNG SƠN", null, null, null, null, null, null, null, null, null, null, "Biểu 01"], // 1
    ["SỞ DÂN TỘC VÀ TÔN GIÁO"], // 2
    ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI NĂM 2024"], // 3
    ["(Kèm theo Báo cáo số 25/BC-SDTTG ngày 10/12/2024)"], // 4
    [null, null, null, null, null, null, null, null, null, "Đơn vị tính: người, triệu đồng"], // 5
    ["STT", "Mã nhiệm vụ", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Số người tham gia", null, null, "Kinh phí", null, "Tình trạng", "Ghi chú"], // 6
    [null, null, null, null, null, "Tổng số", "Trong đó", null, "Số tiền", "Nguồn kinh phí"], // 7
    [null, null, null, null, null, null, "Nữ", "DTTS"], // 8
    NUMBERING, // 9
    [1, "II.2.1", "Hội nghị tuyên truyền nhân Ngày Quốc tế Phụ nữ 8/3", utcDate(2024, 3, 8), "Phòng Nghiệp vụ", 120, 80, 95, 12.5, "Ngân sách tỉnh", "Hoàn thành"], // 10
    [2, "III.1.1", "Tập huấn nghiệp vụ về bình đẳng giới cho cán bộ", utcDate(2024, 9, 12), "Văn phòng", 45, 20, 30, 30, "Ngân sách tỉnh", "Hoàn thành"], // 11
    [3, "II.2.4", "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới", utcDate(2024, 11, 20), "Phòng Nghiệp vụ", 200, 150, 180, 8, "Ngân sách tỉnh", "Hoàn thành"], // 12
    [], // 13
    [null, "Tổng cộng", null, null, null, 365, 250, 305, 50.5], // 14
  ],
  merges: ["A3:L3", "A4:L4", "J5:L5", "A6:A8", "B6:B8", "C6:C8", "D6:D8", "E6:E8", "F6:H6", "I6:J6", "K6:K8", "L6:L8", "F7:F8", "G7:H7", "I7:I8", "J7:J8", "B14:E14"],
};

export const ANNEX_01_PLAIN: XlsxSheet = {
  name: "Bieu 01 (huyen)",
  rows: [
    ["BIEU 01"], // 1
    ["KET QUA THUC HIEN BINH DANG GIOI NAM 2024"], // 2
    [null, null, null, null, null, "DVT: nguoi, nghin dong"], // 3
    ["STT", "Noi dung hoat dong", "Thoi gian", "So nguoi tham gia", null, null, "Kinh phi"], // 4
    [null, null, null, "Tong so", "Trong do", null, null], // 5
    [null, null, null, null, "Nu", "DTTS", null], // 6
    ["1", "2", "3", "4", "5", "6", "7"], // 7
    [1, "Toa dam ky niem ngay Quoc te Phu nu 8-3", "06/3/2024", 60, 45, 50, 3_500], // 8
    [2, "Truyen thong phong chong bao luc gia dinh thang hanh dong", "25/11/2024", 80, 50, 70, 2_000], // 9
  ],
  merges: ["A1:C1", "A2:G2", "F3:G3", "A4:A6", "B4:B6", "C4:C6", "D4:F4", "G4:G6", "D5:D6", "E5:F5"],
};

export const ANNEX_EXPECTED = {
  [ANNEX_01.name]: {
    headerRow: 6,
    headerRows: 3,
    firstDataRow: 10,
    rows: [
      { row: 10, participants: 120, female: 80, ethnicMinority: 95, budget: 12.5 },
      { row: 11, participants: 45, female: 20, ethnicMinority: 30, budget: 30 },
      { row: 12, participants: 200, female: 150, ethnicMinority: 180, budget: 8 },
    ],
  },
  [ANNEX_01_PLAIN.name]: {
    headerRow: 4,
    headerRows: 3,
    firstDataRow: 8,
    rows: [
      { row: 8, participants: 60, female: 45, ethnicMinority: 50, budget: 3.5 },
      { row: 9, participants: 80, female: 50, ethnicMinority: 70, budget: 2 },
    ],
  },
};
