import { DEFAULT_LOCALE, type Catalogue, type Locale } from "../core/i18n/locale";

/** Errors of the Office.js adapter that reach the user (through the task pane's message bar). */
export interface ExcelMessageParams {
  noSheet: { sheet: string };
  badCell: { sheet: string; cell: string };
  templateSheetName: Record<string, never>;
  listSheetName: Record<string, never>;
}

type Keys = keyof ExcelMessageParams;

export const EXCEL_MESSAGES: Catalogue<Keys, ExcelMessageParams> = {
  vi: {
    noSheet: ({ sheet }) => `Không còn trang “${sheet}” trong sổ tính (có thể đã bị xóa hoặc đổi tên). Hãy kiểm tra lại.`,
    badCell: ({ sheet, cell }) => `Không tìm thấy ô ${cell} trên trang “${sheet}”.`,
    templateSheetName: () => "Theo dõi BĐG",
    listSheetName: () => "Danh mục BĐG",
  },
  en: {
    noSheet: ({ sheet }) => `The workbook no longer has a sheet “${sheet}” (it may have been deleted or renamed). Check again.`,
    badCell: ({ sheet, cell }) => `Cell ${cell} was not found on sheet “${sheet}”.`,
    templateSheetName: () => "Theo dõi BĐG",
    listSheetName: () => "Danh mục BĐG",
  },
};

export function excelMessages(locale: Locale = DEFAULT_LOCALE): (typeof EXCEL_MESSAGES)["vi"] {
  return EXCEL_MESSAGES[locale];
}
