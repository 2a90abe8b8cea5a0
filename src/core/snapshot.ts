/**
 * A workbook as plain data: what every adapter (Office.js, exceljs) produces and every
 * computation consumes. Adapters are the only code that does I/O.
 */

/** A cell as Excel gives it. Excel errors are kept as their code, e.g. "#REF!". Blank is null. */
export type CellValue = number | string | boolean | null;

/**
 * A row with no cells, shared by every reader that lays out rows (a gap in a sheet's used range):
 * frozen, so that no reader can fill it in for everyone.
 */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/** A merged area, 1-based and inclusive. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Rows top..bottom (1-based, inclusive) of column col whose number cells show in format code: no
 * number cell between them has another format. Cells that are not numbers are left out of account.
 */
export interface NumberFormatRun {
  col: number;
  top: number;
  bottom: number;
  code: string;
}

export interface SheetSnapshot {
  name: string;
  /** values[r][c] is the cell at sheet row r+1, column c+1 (dense from A1; rows may be ragged). */
  values: CellValue[][];
  merges: MergedArea[];
  /**
   * Font names of text cells in a legacy Vietnamese font (TCVN3 ".Vn…", VNI "VNI-…"), keyed by A1
   * address. Adapters record only those (see isLegacyFontName) to keep snapshots small.
   */
  legacyFonts?: Record<string, string>;
  /**
   * The number format of number cells formatted otherwise than General (dates and times aside), as
   * runs down a column (see number-format-runs.ts); absent when the sheet has none.
   */
  numberFormats?: NumberFormatRun[];
  /** True when the add-in itself wrote this sheet (a report): readers skip it. */
  ownedByAddin?: boolean;
  /** Hidden rows (1-based, inclusive spans in order), as the sheet's rows are set; absent when none. */
  hiddenRows?: LineSpan[];
  /** Hidden columns (1-based, inclusive spans in order): `<col min max hidden>` ranges kept as ranges. */
  hiddenColumns?: LineSpan[];
  /**
   * Formulas aggregating cells of another sheet (COUNTIF(S), SUMIF(S), SUMPRODUCT, SUM over
   * 'Sheet'!…), keyed by A1 address: what makes a summary sheet. Only readers that see formulas fill it.
   */
  aggregateFormulas?: Record<string, string>;
}

/** Rows or columns from..to (1-based, inclusive). */
export interface LineSpan {
  from: number;
  to: number;
}

/** Whether line n lies in one of the spans (sorted, not overlapping): a binary search. */
export function inSpans(spans: readonly LineSpan[] | undefined, n: number): boolean {
  if (!spans || spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as LineSpan;
    if (n < s.from) hi = mid - 1;
    else if (n > s.to) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Lines (any order, repeats allowed) or spans -> sorted spans with neighbours joined. */
export function joinSpans(spans: readonly LineSpan[]): LineSpan[] {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const out: LineSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ from: s.from, to: s.to });
  }
  return out;
}

/** Formulas that add up or count another sheet's cells: a summary sheet's cells are made of them. */
const AGGREGATE_FORMULA = /\b(COUNTIFS?|SUMIFS?|SUMPRODUCT|COUNTA?|SUM|AVERAGEIFS?)\s*\(/i;

/** True when a formula text aggregates cells of another sheet ("COUNTIFS('Theo dõi'!B:B,…)"). */
export function isAggregateFormula(formula: string): boolean {
  return formula.includes("!") && AGGREGATE_FORMULA.test(formula);
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isExcelError(v: CellValue | undefined): v is string {
  return typeof v === "string" && v.length > 0 && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v);
}

/** Legacy Vietnamese fonts: TCVN3 (.VnTime, .VnArial, .VnTimeH…) and VNI (VNI-Times…). */
export function isLegacyFontName(name: string | undefined | null): boolean {
  if (!name) return false;
  const n = name.trim().toLowerCase();
  return n.startsWith(".vn") || n.startsWith("vni-") || n.startsWith("vni ");
}

export function legacyFontKind(name: string | undefined | null): "tcvn3" | "vni" | null {
  if (!name) return null;
  const n = name.trim().toLowerCase();
  if (n.startsWith(".vn")) return "tcvn3";
  if (n.startsWith("vni")) return "vni";
  return null;
}

/** 1-based column number -> letters ("A", "Z", "AA"). */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters -> 1-based column number; 0 when not letters. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** 1-based row and column -> "C12". */
export function a1(row: number, col: number): string {
  return columnLetter(col) + String(row);
}

/** The cell at a 1-based row and column, or null. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = sheet.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}
