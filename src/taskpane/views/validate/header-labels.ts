import type { TrackingTable } from "../../../core/read/types";
import { cellAt, columnLetter, type SheetSnapshot } from "../../../core/snapshot";

export interface ColumnChoice {
  col: number;
  letter: string;
  /** The header text(s) above the column, e.g. "Số người tham gia – Nữ". */
  text: string;
}

function textOf(sheet: SheetSnapshot, row: number, col: number): string {
  // A cell inside a merged area shows the area's top-left value (a group header over sub-columns).
  const m = sheet.merges.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  const v = m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
  return v === null ? "" : String(v).replace(/\s+/g, " ").trim();
}

/** Every column of a table's header, with its header text, for the column-mapping editor. */
export function headerChoices(sheet: SheetSnapshot, table: TrackingTable): ColumnChoice[] {
  const rows: number[] = [];
  for (let r = table.headerRow; r < table.headerRow + Math.max(1, table.headerRows); r++) rows.push(r);
  let last = 0;
  for (const r of rows) last = Math.max(last, sheet.values[r - 1]?.length ?? 0);
  for (const c of Object.values(table.columns)) if (c !== undefined) last = Math.max(last, c);
  const out: ColumnChoice[] = [];
  for (let col = 1; col <= last; col++) {
    const parts: string[] = [];
    for (const r of rows) {
      const t = textOf(sheet, r, col);
      if (t !== "" && !parts.includes(t)) parts.push(t);
    }
    out.push({ col, letter: columnLetter(col), text: parts.join(" – ") });
  }
  return out;
}
