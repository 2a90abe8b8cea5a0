import type { CellStyle, SheetSpec, SpecValue } from "../core/report/sheet-spec";
import { columnLetter } from "../core/snapshot";

/**
 * SheetSpec -> cells of an Excel sheet through Office.js. The caller owns the batch: these
 * functions only queue commands, so that writing any number of sheets of any size costs the
 * same few context.sync() calls — values first (`queueValues`), then formats (`queueFormats`).
 *
 * User text is always written as text: every non-empty string gets a leading apostrophe, which
 * Excel keeps as the cell's "quote prefix", not as part of the value (Range.values reads the text
 * back without it). Excel converts typed text in more ways than can be listed, and by the locale
 * of the machine that opens the workbook ("Mar-24", "March 2024", "Sep 1", "1.500", "43,8%",
 * "15/11/2023", TRUE), so no text is let through unprefixed. The apostrophe is chosen over the "@"
 * number format because it works whatever format the spec gives the cell.
 */

/** Cells written by one range assignment, at most. */
const WRITE_BLOCK_CELLS = 20_000;
const POINTS_PER_CM = 72 / 2.54;

/** True when a string must carry the quote prefix to stay text: every non-empty one. */
export function needsQuotePrefix(s: string): boolean {
  return s !== "";
}

/** What to assign to Range.values / Range.formulas for a spec value. */
export function excelInput(v: SpecValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string") return needsQuotePrefix(v) ? `'${v}` : v;
  if (typeof v === "object") return v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
  if (typeof v === "number" && !Number.isFinite(v)) return "";
  return v;
}

/** The spec's extent: last row and column with a cell, a merge or a width. */
export function extentOf(spec: SheetSpec): { rows: number; cols: number } {
  let rows = 0;
  let cols = spec.columnWidths.length;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const m of spec.merges) {
    rows = Math.max(rows, m.bottom);
    cols = Math.max(cols, m.right);
  }
  return { rows, cols };
}

function address(top: number, left: number, bottom: number, right: number): string {
  const a = `${columnLetter(left)}${top}`;
  return top === bottom && left === right ? a : `${a}:${columnLetter(right)}${bottom}`;
}

/** A row block of values, ready to queue, with the bytes it adds to a request. */
export interface ValueBlock {
  bytes: number;
  queue(): void;
}

/** The values (and formulas) of the spec, in row blocks. */
export function valueBlocks(sheet: Excel.Worksheet, spec: SheetSpec): ValueBlock[] {
  const { rows, cols } = extentOf(spec);
  if (rows === 0 || cols === 0) return [];
  const grid: Array<Array<string | number | boolean>> = Array.from({ length: rows }, () => new Array(cols).fill(""));
  const hasFormula = new Array<boolean>(rows).fill(false);
  for (const c of spec.cells) {
    if (c.row < 1 || c.col < 1) continue;
    grid[c.row - 1][c.col - 1] = excelInput(c.value);
    if (c.value !== null && typeof c.value === "object") hasFormula[c.row - 1] = true;
  }
  const per = Math.max(1, Math.floor(WRITE_BLOCK_CELLS / cols));
  const blocks: ValueBlock[] = [];
  for (let r = 0; r < rows; r += per) {
    const n = Math.min(per, rows - r);
    const block = grid.slice(r, r + n);
    const formulas = hasFormula.slice(r, r + n).some(Boolean);
    blocks.push({
      bytes: JSON.stringify(block).length,
      queue: () => {
        const range = sheet.getRangeByIndexes(r, 0, n, cols);
        // Formulas only where the report code built one; constants go through values.
        if (formulas) range.formulas = block;
        else range.values = block;
      },
    });
  }
  return blocks;
}

/** Queue the values (and formulas) of the spec, in row blocks. */
export function queueValues(sheet: Excel.Worksheet, spec: SheetSpec): void {
  for (const b of valueBlocks(sheet, spec)) b.queue();
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/** A run of cells on one row with the same style. */
interface Run {
  row: number;
  from: number;
  to: number;
  style: CellStyle;
}

/** Cells of the same style next to each other on a row become one range: a few dozen format commands per sheet. */
function styleRuns(spec: SheetSpec): Run[] {
  const byRow = new Map<number, Array<{ col: number; style: CellStyle; key: string }>>();
  for (const c of spec.cells) {
    if (!c.style || Object.keys(c.style).length === 0) continue;
    const list = byRow.get(c.row) ?? [];
    list.push({ col: c.col, style: c.style, key: JSON.stringify(c.style, Object.keys(c.style).sort()) });
    byRow.set(c.row, list);
  }
  const runs: Run[] = [];
  for (const [row, list] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.col - b.col);
    let cur: (Run & { key: string }) | null = null;
    for (const c of list) {
      if (cur && cur.key === c.key && c.col === cur.to + 1) {
        cur.to = c.col;
        continue;
      }
      if (cur) runs.push(cur);
      cur = { row, from: c.col, to: c.col, style: c.style, key: c.key };
    }
    if (cur) runs.push(cur);
  }
  return runs;
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number, withIndent: boolean): void {
  const f = range.format;
  if (style.font !== undefined) f.font.name = style.font;
  if (style.size !== undefined) f.font.size = style.size;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.underline !== undefined) f.font.underline = style.underline ? "Single" : "None";
  if (style.h !== undefined) f.horizontalAlignment = H_ALIGN[style.h];
  if (style.v !== undefined) f.verticalAlignment = V_ALIGN[style.v];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.indent !== undefined && withIndent) f.indentLevel = style.indent;
  if (style.numberFormat !== undefined) {
    const nf = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(nf));
  }
  const edges = new Set<keyof typeof EDGES>();
  if (style.border) for (const e of Object.keys(EDGES) as Array<keyof typeof EDGES>) edges.add(e);
  for (const [e, on] of Object.entries(style.edges ?? {}) as Array<[keyof typeof EDGES, boolean | undefined]>) if (on) edges.add(e);
  const thin = (b: Excel.RangeBorder): void => {
    b.style = "Continuous";
    b.weight = "Thin";
  };
  for (const e of edges) thin(f.borders.getItem(EDGES[e]));
  if (style.border) {
    if (cols > 1) thin(f.borders.getItem("InsideVertical"));
    if (rows > 1) thin(f.borders.getItem("InsideHorizontal"));
  }
}

/** Excel column width in characters (of the default font's digit, 7 px) -> points. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export interface FormatOptions {
  /** ExcelApi 1.9: page layout, indent levels. Without it the sheet is written without print setup. */
  pageLayout: boolean;
}

/** Queue the look of the sheet: default style, styles, merges, sizes, freeze panes and print setup. */
export function queueFormats(sheet: Excel.Worksheet, spec: SheetSpec, opts: FormatOptions): void {
  const { rows, cols } = extentOf(spec);
  if (rows > 0 && cols > 0 && Object.keys(spec.defaultStyle).length > 0) {
    applyStyle(sheet.getRangeByIndexes(0, 0, rows, cols), spec.defaultStyle, rows, cols, opts.pageLayout);
  }
  for (const run of styleRuns(spec)) {
    applyStyle(sheet.getRange(address(run.row, run.from, run.row, run.to)), run.style, 1, run.to - run.from + 1, opts.pageLayout);
  }
  for (const m of spec.merges) sheet.getRange(address(m.top, m.left, m.bottom, m.right)).merge(false);
  spec.columnWidths.forEach((w, i) => {
    if (w > 0) sheet.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = columnWidthPoints(w);
  });
  for (const [row, h] of Object.entries(spec.rowHeights)) {
    if (h > 0) sheet.getRange(`A${row}`).format.rowHeight = h;
  }
  if (spec.freezeRows && spec.freezeRows > 0) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (opts.pageLayout) queuePrintSetup(sheet, spec);
}

function queuePrintSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const p = spec.print;
  const pl = sheet.pageLayout;
  pl.paperSize = "A4";
  pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  pl.topMargin = p.margins.top * POINTS_PER_CM;
  pl.bottomMargin = p.margins.bottom * POINTS_PER_CM;
  pl.leftMargin = p.margins.left * POINTS_PER_CM;
  pl.rightMargin = p.margins.right * POINTS_PER_CM;
  pl.headerMargin = p.margins.header * POINTS_PER_CM;
  pl.footerMargin = p.margins.footer * POINTS_PER_CM;
  if (p.printArea) pl.setPrintArea(p.printArea);
  if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
  if (p.centerHorizontally !== undefined) pl.centerHorizontally = p.centerHorizontally;
  // One page wide, as many pages tall as needed (0: not constrained).
  if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // A fixed scale keeps the manual page breaks, which "fit to" would drop.
  else if (p.scale !== undefined) pl.zoom = { scale: p.scale };
  if (p.pageNumbers && p.pageNumbersAt === "footer") {
    pl.headersFooters.defaultForAllPages.centerFooter = "&P";
  } else if (p.pageNumbers) {
    const hf = pl.headersFooters;
    hf.state = "FirstAndDefault";
    hf.firstPage.centerHeader = "";
    hf.defaultForAllPages.centerHeader = "&P";
  }
  // Worksheet.horizontalPageBreaks (ExcelApi 1.9, as the page layout): a break above the range's top-left cell.
  for (const r of p.rowBreaks ?? []) if (r > 1) sheet.horizontalPageBreaks.add(`A${r}`);
}
