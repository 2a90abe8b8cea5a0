import type { SheetSnapshot } from "../snapshot";

/**
 * The year a table's dates default to: "NĂM 2024" in the titles right above its header, else a year
 * in the sheet's name; null when neither names exactly one.
 */
export function yearFromSheet(sheet: SheetSnapshot, searchFrom: number, headerRow: number): number | null {
  // Titles right above the table come first: a sheet may hold one table per year.
  const years = new Set<number>();
  for (let r = searchFrom; r < headerRow; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== "string") continue;
      const m = /năm\s+(20\d\d)\b/i.exec(v.normalize("NFC"));
      if (m) years.add(Number(m[1]));
    }
  }
  if (years.size === 1) for (const only of years) return only;
  const fromName = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(sheet.name);
  return fromName ? Number(fromName[1]) : null;
}
