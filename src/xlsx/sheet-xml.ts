import type { CellValue, LineSpan, MergedArea, NumberFormatRun, SheetSnapshot } from "../core/snapshot";
import { a1, isAggregateFormula, joinSpans } from "../core/snapshot";
import { NumberFormatRuns } from "../core/number-format-runs";
import { legacyRunFont, plainText, serialOfStored } from "./cell-value";
import type { SharedString } from "./shared-strings";
import type { StyleTable } from "./workbook-parts";
import { CLOSE, EMPTY, OPEN, UnsupportedXml, XmlScanner } from "./xml-scanner";
import { XlsxReadError } from "./xlsx-read-error";

/**
 * One worksheet part (xl/worksheets/sheetN.xml) -> SheetSnapshot, straight from the XML, giving
 * exactly what exceljs 4.4's full load followed by cellValueOf gives (cell-xform.js, row.js,
 * worksheet.js), without building exceljs's cells. Shapes exceljs would read differently or fail
 * on (rows or cells out of order, cells without an address, rich inline text, overlapping merges)
 * throw UnsupportedXml, and the workbook is then read by exceljs.
 */

export interface SheetSources {
  sharedStrings: readonly SharedString[];
  styles: StyleTable;
  /** The date system exceljs would use (see read-workbook.ts). */
  exceljsDate1904: boolean;
}

/** Blank rows between filled ones share this row: they cost nothing and cannot be altered. */
export const BLANK_ROW = Object.freeze([]) as unknown as CellValue[];

const MAX_COLUMN = 16384;
/** Excel's last row: a row beyond it is a damaged file (exceljs would build every row up to it). */
export const MAX_ROW = 1_048_576;

export function readSheetXml(xml: string, name: string, ownedByAddin: boolean, sources: SheetSources): SheetSnapshot {
  const x = new XmlScanner(xml);
  const rootKind = x.root("worksheet");
  const reader = new SheetReader(sources);
  let merges: MergedArea[] = [];
  let seenData = false;
  let seenMerges = false;
  let hiddenColumns: LineSpan[] = [];
  if (rootKind === OPEN) {
    for (;;) {
      if (!x.next()) throw new UnsupportedXml("unterminated worksheet");
      if (x.kind === CLOSE) break;
      if (x.name === "sheetData") {
        // exceljs keeps the last of several; a well-formed sheet has one.
        if (seenData) throw new UnsupportedXml("two sheetData");
        seenData = true;
        if (x.kind === OPEN) reader.readRows(x);
      } else if (x.name === "mergeCells") {
        if (seenMerges) throw new UnsupportedXml("two mergeCells");
        seenMerges = true;
        merges = readMerges(x);
      } else if (x.name === "cols") {
        hiddenColumns = hiddenColumns.concat(readHiddenCols(x));
      } else {
        skipOther(x);
      }
    }
  }
  const { values, legacyFonts } = reader.finish(merges);
  const sheet: SheetSnapshot = { name, values, merges, ownedByAddin };
  if (legacyFonts) sheet.legacyFonts = legacyFonts;
  const numberFormats = reader.numberFormats(values);
  if (numberFormats) sheet.numberFormats = numberFormats;
  if (reader.hiddenRows.length > 0) sheet.hiddenRows = joinSpans(reader.hiddenRows);
  if (hiddenColumns.length > 0) sheet.hiddenColumns = joinSpans(hiddenColumns);
  if (reader.aggregateFormulas) sheet.aggregateFormulas = reader.aggregateFormulas;
  return sheet;
}

/** exceljs's parseBoolean, which reads `hidden` on rows and columns. */
const isTrue = (v: string | undefined): boolean => v === "1" || v === "true";

/**
 * `<cols>`: the hidden `<col min max>` ranges, kept as ranges (one `<col min="8" max="16384">` hides
 * every column right of G: never expanded column by column).
 */
function readHiddenCols(x: XmlScanner): LineSpan[] {
  const out: LineSpan[] = [];
  if (x.kind !== OPEN) return out;
  while (x.next()) {
    if (x.kind === CLOSE) {
      if (x.name !== "cols") throw new UnsupportedXml(`</${x.name}> in cols`);
      return out;
    }
    if (x.name !== "col") throw new UnsupportedXml(`<${x.name}> in cols`);
    const min = Number(x.attr("min"));
    const max = Number(x.attr("max"));
    if (isTrue(x.attr("hidden")) && Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) out.push({ from: min, to: Math.min(max, MAX_COLUMN) });
    x.skipElement();
  }
  throw new UnsupportedXml("unterminated cols");
}

/** Skips an element exceljs does not need here; sheetData or mergeCells inside it would be read by exceljs. */
function skipOther(x: XmlScanner): void {
  if (x.kind !== OPEN) return;
  let depth = 1;
  while (depth > 0) {
    if (!x.next()) throw new UnsupportedXml("unterminated element");
    if (x.kind === CLOSE) depth--;
    else if (x.name === "sheetData" || x.name === "mergeCells") throw new UnsupportedXml(`nested ${x.name}`);
    else if (x.kind === OPEN) depth++;
  }
}

class SheetReader {
  private readonly values: CellValue[][] = [];
  private legacyFonts: Record<string, string> | undefined;
  private readonly sources: SheetSources;
  /**
   * Number cells in rows and columns where a kept number format was met: row, column, and the
   * format's index in formatCodes (-1: General). Played into runs once merged areas have blanked
   * their covered cells, which exceljs never reports as numbers.
   */
  private readonly formatCells: number[] = [];
  private readonly formatCodes: string[] = [];
  private readonly formattedColumns = new Set<number>();
  /** Rows set hidden (`<row hidden="1">`), one span each, in order. */
  readonly hiddenRows: LineSpan[] = [];
  aggregateFormulas: Record<string, string> | undefined;

  constructor(sources: SheetSources) {
    this.sources = sources;
  }

  readRows(x: XmlScanner): void {
    let lastRow = 0;
    while (x.next()) {
      if (x.kind === CLOSE) {
        if (x.name !== "sheetData") throw new UnsupportedXml(`</${x.name}> in sheetData`);
        return;
      }
      if (x.name !== "row") throw new UnsupportedXml(`<${x.name}> in sheetData`);
      const r = x.attr("r");
      const rowNumber = r !== undefined && /^[1-9]\d*$/.test(r) ? Number(r) : 0;
      if (rowNumber > MAX_ROW) throw new XlsxReadError("rowOutOfRange", { row: rowNumber });
      // exceljs files rows by number (a later duplicate replaces an earlier one); Excel writes them in order.
      if (rowNumber <= lastRow) throw new UnsupportedXml("row without a number, or out of order");
      lastRow = rowNumber;
      if (isTrue(x.attr("hidden"))) this.hiddenRows.push({ from: rowNumber, to: rowNumber });
      // exceljs resolves a row's style too, and fails where a cell's would (styles without cellXfs).
      const rowStyle = x.attr("s");
      if (rowStyle) this.sources.styles.of(rowStyle);
      if (x.kind === OPEN) this.readCells(x, rowNumber);
    }
    throw new UnsupportedXml("unterminated sheetData");
  }

  private readCells(x: XmlScanner, rowNumber: number): void {
    let out: CellValue[] | null = null;
    let lastCol = 0;
    while (x.next()) {
      if (x.kind === CLOSE) {
        if (x.name !== "row") throw new UnsupportedXml(`</${x.name}> in row`);
        if (out !== null) {
          while (this.values.length < rowNumber - 1) this.values.push(BLANK_ROW);
          this.values.push(out);
        }
        return;
      }
      if (x.name !== "c") throw new UnsupportedXml(`<${x.name}> in row`);
      const col = columnOf(x.attr("r"));
      // Cells without an address, or out of order, are placed by exceljs in ways not worth copying.
      if (col <= lastCol) throw new UnsupportedXml("cell without an address, or out of order");
      lastCol = col;
      const s = x.attr("s");
      const t = x.attr("t");
      if (x.kind === EMPTY) continue; // no value: blank
      const v = this.readCell(x, s, t, rowNumber, col);
      if (v === null) continue;
      if (out === null) out = [];
      while (out.length < col - 1) out.push(null);
      out.push(v);
    }
    throw new UnsupportedXml("unterminated row");
  }

  /** The children of one `<c>` and its value, as cell-xform.js parses and reconciles them. */
  private readCell(x: XmlScanner, s: string | undefined, t: string | undefined, rowNumber: number, col: number): CellValue {
    let formula = false;
    let raw: string | undefined;
    for (;;) {
      if (!x.next()) throw new UnsupportedXml("unterminated c");
      if (x.kind === CLOSE) {
        if (x.name !== "c") throw new UnsupportedXml(`</${x.name}> in c`);
        break;
      }
      switch (x.name) {
        case "v":
          if (x.kind === OPEN) raw = appendText(x, "v", raw);
          break;
        case "f":
          // A formula is a non-empty text or a t= (shared, array): `<f t="shared" si="0"/>`.
          if (x.attr("t")) formula = true;
          if (x.kind === OPEN) {
            if (!x.next() || x.kind !== CLOSE || x.name !== "f") throw new UnsupportedXml("element in f");
            if (x.hasText()) {
              formula = true;
              const text = x.text();
              if (isAggregateFormula(text)) (this.aggregateFormulas ??= {})[a1(rowNumber, col)] = text;
            }
          }
          break;
        case "is":
          if (x.kind === OPEN) raw = readInline(x, raw);
          break;
        default:
          throw new UnsupportedXml(`<${x.name}> in c`);
      }
    }
    if (raw === undefined) return null;
    const style = this.sources.styles.of(s);
    let v: CellValue;
    let shared: SharedString | undefined;
    switch (formula ? `=${t ?? ""}` : t) {
      case "s":
        shared = this.sources.sharedStrings[parseInt(raw, 10)];
        if (shared === undefined) throw new UnsupportedXml("shared string index"); // exceljs fails on it
        v = shared.value;
        break;
      case "str":
      case "=str":
        // exceljs decodes entities once more in these (a quirk kept so both readers agree).
        v = plainText(xmlDecodeAgain(raw));
        break;
      case "inlineStr":
        v = plainText(raw);
        break;
      case "b":
      case "=b":
        v = parseInt(raw, 10) !== 0;
        break;
      case "e":
      case "=e":
        v = raw;
        break;
      default: {
        const n = parseFloat(raw);
        v = style.date ? serialOfStored(n, this.sources.exceljsDate1904) : Number.isFinite(n) ? n : null;
      }
    }
    if (typeof v === "number" && (style.numFmt || this.formattedColumns.has(col))) this.noteFormat(rowNumber, col, style.numFmt ?? null);
    if (typeof v === "string") {
      const font = shared?.runs ? legacyRunFont(shared.runs, (run) => run.font, style.font) : style.legacyFont;
      if (font !== null) (this.legacyFonts ??= {})[a1(rowNumber, col)] = font;
    }
    return v;
  }

  private noteFormat(row: number, col: number, code: string | null): void {
    let index = -1;
    if (code !== null) {
      this.formattedColumns.add(col);
      index = this.formatCodes.indexOf(code);
      if (index < 0) index = this.formatCodes.push(code) - 1;
    }
    this.formatCells.push(row, col, index);
  }

  /** The number-format runs of the finished rows (only cells still holding a number count). */
  numberFormats(values: readonly CellValue[][]): NumberFormatRun[] | undefined {
    if (this.formatCodes.length === 0) return undefined;
    const runs = new NumberFormatRuns();
    const cells = this.formatCells;
    for (let i = 0; i < cells.length; i += 3) {
      const row = cells[i];
      const col = cells[i + 1];
      if (typeof values[row - 1]?.[col - 1] !== "number") continue;
      runs.add(row, col, cells[i + 2] < 0 ? null : this.formatCodes[cells[i + 2]]);
    }
    return runs.runs();
  }

  /** The rows, with the covered cells of merged areas blanked (as exceljs and Excel report them). */
  finish(merges: readonly MergedArea[]): { values: CellValue[][]; legacyFonts: Record<string, string> | undefined } {
    const values = this.values;
    let fonts = this.legacyFonts;
    for (const m of merges) {
      const lastRow = Math.min(m.bottom, values.length);
      for (let r = m.top; r <= lastRow; r++) {
        const row = values[r - 1];
        const lastCol = Math.min(m.right, row.length);
        let changed = false;
        for (let c = m.left; c <= lastCol; c++) {
          if ((r === m.top && c === m.left) || row[c - 1] === null) continue;
          row[c - 1] = null;
          changed = true;
          if (fonts) delete fonts[a1(r, c)];
        }
        if (!changed) continue;
        while (row.length > 0 && row[row.length - 1] === null) row.pop();
        if (row.length === 0) values[r - 1] = BLANK_ROW;
      }
    }
    while (values.length > 0 && values[values.length - 1] === BLANK_ROW) values.pop();
    if (fonts && Object.keys(fonts).length === 0) fonts = undefined;
    return { values, legacyFonts: fonts };
  }
}

/** The text of `<name>…</name>` added to what the cell already had (exceljs concatenates). */
function appendText(x: XmlScanner, name: string, before: string | undefined): string | undefined {
  if (!x.next() || x.kind !== CLOSE || x.name !== name) throw new UnsupportedXml(`element in ${name}`);
  if (!x.hasText()) return before;
  return (before ?? "") + x.text();
}

/** `<is>`: plain `<t>` texts only; runs or phonetic text would be read by exceljs in odd ways. */
function readInline(x: XmlScanner, before: string | undefined): string | undefined {
  let raw = before;
  while (x.next()) {
    if (x.kind === CLOSE) {
      if (x.name !== "is") throw new UnsupportedXml(`</${x.name}> in is`);
      return raw;
    }
    if (x.name !== "t") throw new UnsupportedXml(`<${x.name}> in is`);
    if (x.kind === OPEN) raw = appendText(x, "t", raw);
  }
  throw new UnsupportedXml("unterminated is");
}

/** Column number of a cell address "B7" (letters then digits, as exceljs accepts); 0 when there is none. */
function columnOf(ref: string | undefined): number {
  if (ref === undefined) return 0;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (i === 0 || i === ref.length) throw new UnsupportedXml(`cell address ${ref}`);
  for (let j = i; j < ref.length; j++) {
    const c = ref.charCodeAt(j);
    if (c < 48 || c > 57) throw new UnsupportedXml(`cell address ${ref}`);
  }
  if (col > MAX_COLUMN) throw new UnsupportedXml(`cell address ${ref}`);
  return col;
}

/** `<mergeCells>`: areas in file order, sorted by top then left, as the snapshot gives them. */
function readMerges(x: XmlScanner): MergedArea[] {
  const merges: MergedArea[] = [];
  if (x.kind === OPEN) {
    while (x.next()) {
      if (x.kind === CLOSE) {
        if (x.name !== "mergeCells") throw new UnsupportedXml(`</${x.name}> in mergeCells`);
        break;
      }
      if (x.name !== "mergeCell") throw new UnsupportedXml(`<${x.name}> in mergeCells`);
      merges.push(areaOf(x.attr("ref")));
      x.skipElement();
    }
  }
  merges.sort((p, q) => p.top - q.top || p.left - q.left);
  // exceljs refuses overlapping areas (the whole load fails); let it say so.
  for (let i = 0; i < merges.length; i++) {
    const m = merges[i];
    for (let j = i + 1; j < merges.length && merges[j].top <= m.bottom; j++) {
      const n = merges[j];
      if (n.left <= m.right && n.right >= m.left) throw new UnsupportedXml("overlapping merged areas");
    }
  }
  return merges;
}

function areaOf(ref: string | undefined): MergedArea {
  const m = ref === undefined ? null : /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(ref);
  if (!m) throw new UnsupportedXml(`merged area ${ref}`);
  const c1 = columnOf(m[1] + m[2]);
  const c2 = columnOf(m[3] + m[4]);
  const r1 = Number(m[2]);
  const r2 = Number(m[4]);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** exceljs's utils.xmlDecode: the five named entities only. */
function xmlDecodeAgain(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&([a-z]*);/g, (c) => XML_NAMED[c] ?? c);
}

const XML_NAMED: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' };
