import ExcelJS from "exceljs";
import type { CellValue, LineSpan, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { a1, isAggregateFormula, joinSpans } from "../core/snapshot";
import { NumberFormatRuns } from "../core/number-format-runs";
import { cellValueOf, legacyFontOf } from "./cell-value";
import { ownedSheetNames } from "./owned-sheets";
import { BLANK_ROW } from "./sheet-xml";
import { keptNumberFormat } from "./workbook-parts";
import { XlsxReadError } from "./xlsx-read-error";

/**
 * .xlsx -> WorkbookSnapshot through exceljs's full load: the reader for the workbooks the direct
 * reader (read-direct.ts) leaves aside, and the reference it is tested against. Failures are
 * XlsxReadError.
 */
export async function loadWithExcelJS(bytes: Buffer, declaredDate1904: boolean): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  keepRawFormulaResults(workbook);
  try {
    // exceljs types its parameter as its own Buffer interface (an ArrayBuffer); a Node Buffer is what it wants.
    await quietly(() => workbook.xlsx.load(bytes as unknown as ArrayBuffer));
  } catch (e) {
    throw new XlsxReadError(isZipError(e) ? "notXlsx" : "contentUnreadable", undefined, e);
  }

  try {
    // exceljs made its Dates with its own reading of date1904, which only understands "1"; the
    // serials are recovered with that same flag, while the snapshot reports the workbook's own.
    const exceljsDate1904 = workbook.properties?.date1904 === true;
    const owned = ownedSheetNames(workbook);
    const sheets = workbook.worksheets.map((ws) => readSheet(ws, exceljsDate1904, owned.has(ws.name)));
    return { sheets, date1904: exceljsDate1904 || declaredDate1904 };
  } catch (e) {
    throw new XlsxReadError("contentUnreadable", undefined, e);
  }
}

function readSheet(ws: ExcelJS.Worksheet, exceljsDate1904: boolean, ownedByAddin: boolean): SheetSnapshot {
  const values: CellValue[][] = [];
  let legacyFonts: Record<string, string> | undefined;
  const formats = new NumberFormatRuns();

  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let out: CellValue[] | null = null;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = cellValueOf(cell, exceljsDate1904);
      if (v === null) return;
      if (out === null) out = [];
      while (out.length < col - 1) out.push(null);
      out.push(v);
      if (typeof v === "number") formats.add(rowNumber, col, keptNumberFormat(cell.numFmt));
      if (typeof v === "string") {
        const font = legacyFontOf(cell);
        if (font !== null) (legacyFonts ??= {})[a1(rowNumber, col)] = font;
      }
    });
    if (out === null) return;
    while (values.length < rowNumber - 1) values.push(BLANK_ROW);
    values.push(out);
  });

  const sheet: SheetSnapshot = { name: ws.name, values, merges: mergesOf(ws), ownedByAddin };
  if (legacyFonts) sheet.legacyFonts = legacyFonts;
  const numberFormats = formats.runs();
  if (numberFormats) sheet.numberFormats = numberFormats;
  Object.assign(sheet, visibilityOf(ws));
  const formulas = aggregateFormulasOf(ws);
  if (formulas) sheet.aggregateFormulas = formulas;
  return sheet;
}

/** exceljs's rows and columns as it keeps them (a column definition over a range is one Column per column already). */
interface ExceljsLines {
  _rows?: Array<{ hidden?: boolean; number: number } | undefined>;
  _columns?: Array<{ hidden?: boolean } | undefined>;
}

/** Hidden rows and columns as spans, as the direct reader gives them. */
function visibilityOf(ws: ExcelJS.Worksheet): Pick<SheetSnapshot, "hiddenRows" | "hiddenColumns"> {
  const lines = ws as unknown as ExceljsLines;
  const rows: LineSpan[] = [];
  for (const r of lines._rows ?? []) if (r?.hidden) rows.push({ from: r.number, to: r.number });
  const cols: LineSpan[] = [];
  (lines._columns ?? []).forEach((c, i) => {
    if (c?.hidden) cols.push({ from: i + 1, to: i + 1 });
  });
  const out: Pick<SheetSnapshot, "hiddenRows" | "hiddenColumns"> = {};
  if (rows.length > 0) out.hiddenRows = joinSpans(rows);
  if (cols.length > 0) out.hiddenColumns = joinSpans(cols);
  return out;
}

/** Formula texts as written (not shared formulas' copies) that aggregate another sheet's cells. */
function aggregateFormulasOf(ws: ExcelJS.Worksheet): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const f = (cell.model as { formula?: unknown }).formula;
      if (typeof f === "string" && isAggregateFormula(f)) (out ??= {})[a1(r, c)] = f;
    });
  });
  return out;
}

interface MergeRange {
  model: { top: number; left: number; bottom: number; right: number };
}

/** Merged areas, from exceljs's own index (worksheet.model would rebuild every row's model). */
function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const index = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  if (!index) return ws.model.merges.map(parseArea).filter((m): m is MergedArea => m !== null);
  const merges: MergedArea[] = [];
  for (const range of Object.values(index)) {
    if (!range) continue;
    const { top, left, bottom, right } = range.model;
    merges.push({ top, left, bottom, right });
  }
  return merges.sort((x, y) => x.top - y.top || x.left - y.left);
}

function parseArea(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

type CellModel = { type?: number; result?: unknown; text?: unknown } | null | undefined;
type SheetModel = { rows?: Array<{ cells?: CellModel[] } | null | undefined> } | null | undefined;
type LoadModel = { worksheets?: SheetModel[] };
type Reconcile = (this: unknown, model: LoadModel, options: unknown) => void;

/**
 * exceljs turns the cached result of a formula in a date-formatted cell into a Date even when it
 * is an error, a text or a boolean (giving Invalid Date, or a day of 1899 for TRUE). Date columns
 * full of =DATE(...) or =IF(...,"chưa có",...) are common in tracking sheets, so the raw
 * non-numeric results are saved just before exceljs reconciles its model and put back after.
 * This hooks a method of this one workbook's XLSX reader (exceljs is pinned at 4.4.0; the tests
 * on date-formatted formula cells fail if it changes).
 */
function keepRawFormulaResults(workbook: ExcelJS.Workbook): void {
  const reader = workbook.xlsx as unknown as { reconcile?: Reconcile };
  const original = reader.reconcile;
  if (typeof original !== "function") return;
  reader.reconcile = function (this: unknown, model: LoadModel, options: unknown) {
    const saved: Array<[NonNullable<CellModel>, unknown]> = [];
    for (const sheet of model.worksheets ?? []) {
      for (const row of sheet?.rows ?? []) {
        for (const cell of row?.cells ?? []) {
          if (cell && cell.type === ExcelJS.ValueType.Formula && cell.result !== undefined && typeof cell.result !== "number") {
            saved.push([cell, cell.result]);
          }
        }
      }
    }
    original.call(this, model, options);
    for (const [cell, result] of saved) {
      // A hyperlink on a formula cell turns it into a Hyperlink cell whose text is the result.
      if (cell.type === ExcelJS.ValueType.Hyperlink) cell.text = result;
      else cell.result = result;
    }
  };
}

/**
 * Runs exceljs with its console messages silenced: it warns on stderr about things it repairs
 * (a sheet name over 31 characters prints two lines), and nothing but the command's own line may
 * reach the user.
 */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const saved = { warn: console.warn, log: console.log, error: console.error, info: console.info };
  const silent = (): void => undefined;
  console.warn = console.log = console.error = console.info = silent;
  try {
    return await run();
  } finally {
    Object.assign(console, saved);
  }
}

function isZipError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /zip|central directory|end of data|corrupted|signature|compression|crc32/i.test(message);
}
