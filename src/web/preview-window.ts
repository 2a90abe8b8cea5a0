import { cellAt, columnLetter, columnNumber, type CellValue, type SheetSnapshot } from "../core/snapshot";

/**
 * The part of a sheet the cell preview shows: a few rows around the cell, the table's header row
 * above them when it is further up, and the columns the rows use (at most MAX_COLS, around the cell).
 */

export const ROWS_AROUND = 3;
export const MAX_COLS = 12;

export interface PreviewWindow {
  rows: number[];
  cols: number[];
  target: { row: number; col: number };
  /** The header row of the table (shown first, apart from the rows around the cell), if found. */
  headerRow: number | null;
  value(row: number, col: number): CellValue;
  letter(col: number): string;
}

export function parseCell(cell: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(cell);
  return m ? { col: columnNumber(m[1].toUpperCase()), row: Number(m[2]) } : null;
}

function filledCols(sheet: SheetSnapshot, row: number): number[] {
  const r = sheet.values[row - 1] ?? [];
  const out: number[] = [];
  r.forEach((v, i) => {
    if (v !== null && v !== "") out.push(i + 1);
  });
  return out;
}

/** The header row: the nearest row above with text in at least half of the columns this row fills. */
function findHeaderRow(sheet: SheetSnapshot, row: number): number | null {
  const used = filledCols(sheet, row);
  if (used.length < 2) return null;
  for (let r = row - 1; r >= Math.max(1, row - 5000); r--) {
    const texts = used.filter((c) => typeof cellAt(sheet, r, c) === "string").length;
    const filled = filledCols(sheet, r);
    // A row of column numbers "(1) (2) (3)…" under the header is not the header.
    const numbering = filled.every((c) => /^\(?\d+\)?$/.test(String(cellAt(sheet, r, c)).trim()));
    if (texts >= Math.ceil(used.length / 2) && !numbering && filled.every((c) => typeof cellAt(sheet, r, c) === "string")) return r;
  }
  return null;
}

export function previewWindow(sheet: SheetSnapshot, cell: string): PreviewWindow | null {
  const target = parseCell(cell);
  if (!target) return null;
  const first = Math.max(1, target.row - ROWS_AROUND);
  const rows: number[] = [];
  for (let r = first; r <= target.row + ROWS_AROUND; r++) rows.push(r);
  const header = findHeaderRow(sheet, target.row);
  const headerRow = header !== null && header < first ? header : null;
  const colSet = new Set<number>([target.col]);
  for (const r of [...rows, ...(headerRow ? [headerRow] : [])]) for (const c of filledCols(sheet, r)) colSet.add(c);
  let cols = [...colSet].sort((a, b) => a - b);
  const lo = cols[0];
  const hi = cols[cols.length - 1];
  // Contiguous columns from the leftmost to the rightmost used, trimmed around the cell.
  cols = [];
  for (let c = lo; c <= hi; c++) cols.push(c);
  if (cols.length > MAX_COLS) {
    const at = cols.indexOf(target.col);
    const start = Math.min(Math.max(0, at - Math.floor(MAX_COLS / 2)), cols.length - MAX_COLS);
    cols = cols.slice(start, start + MAX_COLS);
  }
  return { rows, cols, target, headerRow, value: (r, c) => cellAt(sheet, r, c), letter: columnLetter };
}

export function displayValue(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  return v;
}
