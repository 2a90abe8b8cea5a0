/**
 * A commune's book with no task column, started in 2023, as a commune clerk writes it: activities
 * in words only, one of them too vague for a confident guess (the clerk confirms its task in the
 * pane), one matching no task. The pane's settings are saved in the file as Excel saves an add-in's
 * settings (xl/webextensions/webextension1.xml).
 */
import { buildXlsx, rewriteXlsx, utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

export const COMMUNE: XlsxSheet = {
  name: "Sổ theo dõi",
  rows: [
    ["UBND XÃ HOÀNG ĐỒNG"],
    ["SỔ THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2023–2025"],
    [],
    ["STT", "Nội dung hoạt động", "Thời gian", "Số người", "Nữ", "Ghi chú"],
    [1, "Tổ chức gặp mặt chào mừng ngày Quốc tế Phụ nữ 8-3", utcDate(2024, 3, 8), 45, 40],
    [2, "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới", utcDate(2024, 11, 18), 120, 70],
    // Vague: the clerk knows it was the yearly report (III.1.4) and confirms it in the pane.
    [3, "Họp thôn tổng hợp tình hình cuối năm", utcDate(2024, 12, 20), 30, 12],
    // No task: credit support.
    [4, "Hỗ trợ vay vốn ưu đãi cho hộ nghèo", utcDate(2024, 5, 10), 12, 6],
  ],
};
export const VAGUE_ROW = 7;

/** The settings part the pane leaves in a workbook: each setting's value JSON-encoded, as Office does. */
export function settingsPart(settings: Record<string, string>): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const props = Object.entries(settings)
    .map(([name, text]) => `<we:property name="${esc(name)}" value="${esc(JSON.stringify(text))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{11111111-2222-3333-4444-555555555555}">` +
    `<we:reference id="bdg" version="1.0.0.0" store="developer" storeType="Registry"/><we:properties>${props}</we:properties></we:webextension>`
  );
}

/** The commune's book, with the pane's settings saved in it when given. */
export async function communeBook(settings?: Record<string, string>): Promise<Buffer> {
  const data = await buildXlsx([COMMUNE]);
  return settings ? rewriteXlsx(data, undefined, { "xl/webextensions/webextension1.xml": settingsPart(settings) }) : data;
}
