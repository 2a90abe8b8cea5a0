import { DEFAULT_LOCALE, type Catalogue, type Locale } from "../core/i18n/locale";

/** Errors and notes of the Office.js adapter that reach the user (through the task pane's message bar). */
export interface ExcelMessageParams {
  noSheet: { sheet: string };
  badCell: { sheet: string; cell: string };
  templateSheetName: Record<string, never>;
  protectedReports: { sheets: string };
  protectedListSheet: { sheet: string };
  marksSkippedProtected: { sheets: string };
  marksCapped: { max: number; left: number };
  marksKept: { sheets: string };
}

type Keys = keyof ExcelMessageParams;

export const EXCEL_MESSAGES: Catalogue<Keys, ExcelMessageParams> = {
  vi: {
    noSheet: ({ sheet }) => `Không còn trang “${sheet}” trong sổ làm việc (có thể đã bị xóa hoặc đổi tên). Hãy kiểm tra lại.`,
    badCell: ({ sheet, cell }) => `Không tìm thấy ô ${cell} trên trang “${sheet}”.`,
    templateSheetName: () => "Theo dõi BĐG",
    protectedReports: ({ sheets }) => `Trang báo cáo ${sheets} đang được bảo vệ nên không thể thay bằng bản mới. Chưa có gì được ghi. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang) rồi tạo lại.`,
    protectedListSheet: ({ sheet }) => `Trang danh mục “${sheet}” đang được bảo vệ nên không thể cập nhật. Chưa có gì được ghi. Hãy bỏ bảo vệ trang rồi thử lại.`,
    marksSkippedProtected: ({ sheets }) => `Không đánh dấu trên trang đang được bảo vệ: ${sheets}.`,
    marksCapped: ({ max, left }) => `Chỉ đánh dấu ${max} ô đầu tiên; còn ${left} ô có vấn đề chưa được đánh dấu. Hãy sửa bớt rồi đánh dấu lại.`,
    marksKept: ({ sheets }) => `Chưa trả lại màu nền trên ${sheets} (trang đang được bảo vệ hoặc không còn). Thông tin để trả lại vẫn được giữ; hãy thử lại sau.`,
  },
  en: {
    noSheet: ({ sheet }) => `The workbook no longer has a sheet “${sheet}” (it may have been deleted or renamed). Check again.`,
    badCell: ({ sheet, cell }) => `Cell ${cell} was not found on sheet “${sheet}”.`,
    templateSheetName: () => "Theo dõi BĐG",
    protectedReports: ({ sheets }) => `The report sheet ${sheets} is protected, so it cannot be replaced. Nothing was written. Unprotect the sheet (Review > Unprotect Sheet) and make the reports again.`,
    protectedListSheet: ({ sheet }) => `The list sheet “${sheet}” is protected, so it cannot be updated. Nothing was written. Unprotect the sheet and try again.`,
    marksSkippedProtected: ({ sheets }) => `Protected sheets were not marked: ${sheets}.`,
    marksCapped: ({ max, left }) => `Only the first ${max} cells were marked; ${left} more cells with issues were not. Fix some and mark again.`,
    marksKept: ({ sheets }) => `Fills were not restored on ${sheets} (protected or missing). What is needed to restore them is kept; try again later.`,
  },
};

export function excelMessages(locale: Locale = DEFAULT_LOCALE): (typeof EXCEL_MESSAGES)["vi"] {
  return EXCEL_MESSAGES[locale];
}

/** “A”, “B” — sheet names quoted for a message. */
export function quotedList(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

/** An error whose message is meant for the user as it is. */
export class ExcelUserError extends Error {}
