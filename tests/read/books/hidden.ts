/**
 * A book with cancelled drafts kept out of sight: hidden rows (a duplicate of a draft, a bad date,
 * a #VALUE!, a cancelled draft marked done) and hidden columns (an old count kept beside the new
 * one; a women column hidden while no visible column gives women), as a clerk hides them in Excel.
 */
import type ExcelJS from "exceljs";
import { buildWorkbook, toBuffer, utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Số người tham gia", "Số người tham gia", "Nữ", "Tình trạng"];

/** Rows 5–10 are data, 11 the total; rows 7, 9 and 10 are hidden. */
export const DRAFTS: XlsxSheet = {
  name: "Theo dõi 2024",
  rows: [
    ["SỞ DÂN TỘC VÀ TÔN GIÁO"],
    ["THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2024"],
    [],
    HEADER,
    [1, "II.2.1", "Hội nghị kỷ niệm ngày Quốc tế Phụ nữ 8/3", utcDate(2024, 3, 8), "Phòng Chính sách", 40, 60, 35, "Hoàn thành"],
    [2, "II.2.4", "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới", utcDate(2024, 11, 20), "Văn phòng", 90, 120, 70, "Hoàn thành"],
    // Hidden: the draft of row 5, kept out of sight.
    [3, "II.2.1", "Hội nghị kỷ niệm ngày Quốc tế Phụ nữ 8/3", utcDate(2024, 3, 8), "Phòng Chính sách", 40, 60, 35, "Hoàn thành"],
    [4, "III.1.1", "Tập huấn lồng ghép giới cho cán bộ", utcDate(2024, 9, 12), "Văn phòng", 25, 30, 18, "Hoàn thành"],
    // Hidden: a draft with a bad date and an Excel error.
    [5, "II.2.2", "Nói chuyện chuyên đề Gia đình Việt Nam (dự kiến)", "31/6/2024", "Văn phòng", 0, { error: "#VALUE!" }, 10, "Đang thực hiện"],
    // Hidden: a cancelled draft, marked done by mistake; no other activity of II.1.3 in 2024.
    [6, "II.1.3", "Tọa đàm về bình đẳng giới trong gia đình (đã hủy)", utcDate(2024, 6, 28), "Văn phòng", 15, 15, 9, "Hoàn thành"],
    [null, null, "Tổng cộng", null, null, 210, { formula: "SUM(G5:G10)", result: 285 }, { formula: "SUM(H5:H10)", result: 177 }],
  ],
};
export const DRAFT_HIDDEN_ROWS = [7, 9, 10];
/** The old participants column F, hidden. */
export const DRAFT_HIDDEN_COLUMNS = [6];

/** A sheet whose only women column is hidden: it is still read. */
export const WOMEN_HIDDEN: XlsxSheet = {
  name: "Năm 2025",
  rows: [
    ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Số người tham gia", "Nữ", "Tình trạng"],
    [1, "II.2.1", "Hội nghị 8/3", utcDate(2025, 3, 8), 50, 30, "Hoàn thành"],
  ],
};
export const WOMEN_HIDDEN_COLUMNS = [6];

/** The book with rows and columns hidden as Excel saves them (`<row hidden="1">`, `<col hidden="1">`). */
export async function hiddenBook(sheets: Array<{ sheet: XlsxSheet; rows?: number[]; columns?: number[] }>): Promise<Buffer> {
  const wb = buildWorkbook(sheets.map((s) => s.sheet));
  for (const { sheet, rows = [], columns = [] } of sheets) {
    const ws = wb.getWorksheet(sheet.name) as ExcelJS.Worksheet;
    for (const r of rows) ws.getRow(r).hidden = true;
    for (const c of columns) ws.getColumn(c).hidden = true;
  }
  return toBuffer(wb);
}
