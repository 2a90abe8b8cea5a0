import { cellAt, type SheetSnapshot } from "../snapshot";
import { cleanText } from "../text/normalize";
import type { HeaderLayout } from "./detect-header";
import { isBlank } from "./read-activity";
import type { Field } from "./types";

/** Rows under the header looked at to tell a year column from a men column. */
const NAM_SAMPLE_ROWS = 200;
/** Whole numbers in this range read as years. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/**
 * "Nam" with no diacritics anywhere in the header: a year column if it holds mostly years, else men.
 * Assigns the column in `layout` unless that field already has one.
 */
export function resolveAmbiguousNam(sheet: SheetSnapshot, layout: HeaderLayout, firstRow: number): void {
  const col = layout.ambiguousNamCol;
  if (col === null) return;
  let years = 0;
  let others = 0;
  for (let r = firstRow; r < Math.min(sheet.values.length, firstRow + NAM_SAMPLE_ROWS) + 1; r++) {
    const v = cellAt(sheet, r, col);
    if (isBlank(v)) continue;
    const y = typeof v === "number" ? v : Number(String(v).trim());
    if (Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR) years++;
    else others++;
  }
  const field: Field = years > others && layout.columns.year === undefined ? "year" : "male";
  if (layout.columns[field] === undefined) {
    layout.columns[field] = col;
    layout.headers[field] = cleanText(String(cellAt(sheet, layout.headerRow, col) ?? "Nam"));
  }
}
