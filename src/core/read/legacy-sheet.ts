import { a1, type SheetSnapshot } from "../snapshot";
import { decodeLegacyText } from "./legacy";
import type { LegacyCell } from "./types";

/**
 * The sheet with every TCVN3/VNI text converted to Unicode, and the list of cells converted. Rows
 * are copied only where something changed, so a sheet with no legacy text costs one scan.
 */
export function convertLegacySheet(sheet: SheetSnapshot): { sheet: SheetSnapshot; cells: LegacyCell[] } {
  const cells: LegacyCell[] = [];
  const fonts = sheet.legacyFonts;
  const hasFonts = fonts !== undefined && Object.keys(fonts).length > 0;
  let values = sheet.values;
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    let copy: typeof row | null = null;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string") continue;
      const decoded = decodeLegacyText(v, hasFonts ? fonts[a1(r + 1, c + 1)] : undefined);
      if (!decoded || decoded.text === v) continue;
      if (!copy) copy = row.slice();
      copy[c] = decoded.text;
      cells.push({ sheet: sheet.name, row: r + 1, col: c + 1, encoding: decoded.encoding, original: v, converted: decoded.text });
    }
    if (copy) {
      if (values === sheet.values) values = sheet.values.slice();
      values[r] = copy;
    }
  }
  return values === sheet.values ? { sheet, cells } : { sheet: { ...sheet, values }, cells };
}
