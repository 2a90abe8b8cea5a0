import type { CellStyle, PrintSetup, SheetSpec, SpecCell, SpecMerge, SpecValue } from "./sheet-spec";
import { columnWidthPt, rowHeightFor, wrapLines } from "./text-fit";

/** The most lines one row may hold: a taller row cannot break across pages and leaves a gap. */
const MAX_LINES_PER_ROW = 16;

export const DEFAULT_FONT = "Times New Roman";

/**
 * Collects the cells, merges and row heights of one report sheet. Row heights only grow: every
 * cell written with wrapping raises its row to fit the text as estimated by text-fit.
 */
export class SheetBuilder {
  private readonly cells = new Map<string, SpecCell>();
  private readonly merges: SpecMerge[] = [];
  private readonly heights: Record<number, number> = {};

  constructor(
    readonly columnWidths: readonly number[],
    readonly defaultStyle: CellStyle,
  ) {}

  /** Width in points of columns left..right. */
  widthPt(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += columnWidthPt(this.columnWidths[c - 1] ?? 8.43);
    return w;
  }

  put(row: number, col: number, value: SpecValue, style?: CellStyle): void {
    this.cells.set(`${row}:${col}`, { row, col, value, ...(style ? { style } : {}) });
  }

  /** Style only (an empty bordered cell of a table, a rule under a heading). */
  styleOnly(row: number, col: number, style: CellStyle): void {
    const existing = this.cells.get(`${row}:${col}`);
    this.cells.set(`${row}:${col}`, { row, col, value: existing?.value ?? null, style: { ...existing?.style, ...style } });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  /** The height a row has so far (0 when none was set). */
  heightOf(row: number): number {
    return this.heights[row] ?? 0;
  }

  /** Raise a row to at least this height (points). */
  atLeast(row: number, height: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, height);
  }

  private sizeOf(style: CellStyle | undefined): number {
    return style?.size ?? this.defaultStyle.size ?? 13;
  }

  /** Raise a row so that the text fits in columns left..right at the style's font. Returns the lines. */
  fit(row: number, left: number, right: number, text: string, style: CellStyle | undefined, spaceAfterPt = 0): number {
    const size = this.sizeOf(style);
    const lines = wrapLines(text, this.widthPt(left, right), { size, bold: style?.bold }).length;
    this.atLeast(row, rowHeightFor(lines, size, spaceAfterPt));
    return lines;
  }

  /** A wrapped cell of a table: written, and its row raised to fit. */
  cell(row: number, col: number, value: SpecValue, style: CellStyle): void {
    this.put(row, col, value, style);
    if (typeof value === "string" && value !== "") this.fit(row, col, col, value, style);
    else this.atLeast(row, rowHeightFor(1, this.sizeOf(style)));
  }

  /**
   * A cell merged across columns left..right of one row (a table's label over several columns),
   * its row raised to fit the text over the merged width, not the first column's.
   */
  mergedCell(row: number, left: number, right: number, value: SpecValue, style: CellStyle): void {
    this.put(row, left, value, style);
    for (let c = left + 1; c <= right; c++) this.styleOnly(row, c, style);
    this.merge(row, left, row, right);
    if (typeof value === "string" && value !== "") this.fit(row, left, right, value, style);
    else this.atLeast(row, rowHeightFor(1, this.sizeOf(style)));
  }

  /** Set a row's height exactly (a row whose cells were refitted over a merge). */
  setHeight(row: number, height: number): void {
    this.heights[row] = height;
  }

  /**
   * A text across columns left..right starting at a row, merged and wrapped; a text too long for
   * one row is split at line ends over several rows. Returns the next free row.
   */
  paragraph(row: number, left: number, right: number, text: string, style: CellStyle, spaceAfterPt = 0): number {
    const size = this.sizeOf(style);
    const lines = wrapLines(text, this.widthPt(left, right), { size, bold: style.bold });
    let r = row;
    for (let i = 0; i < lines.length; i += MAX_LINES_PER_ROW) {
      const chunk = lines.slice(i, i + MAX_LINES_PER_ROW);
      const last = i + MAX_LINES_PER_ROW >= lines.length;
      const value = lines.length <= MAX_LINES_PER_ROW ? text : chunk.join(" ");
      this.put(r, left, value, { wrap: true, v: "top", ...style });
      this.merge(r, left, r, right);
      this.atLeast(r, rowHeightFor(chunk.length, size, last ? spaceAfterPt : 0));
      r++;
    }
    return r;
  }

  build(meta: { name: string; form: SheetSpec["form"]; year: number | null; print: PrintSetup; freezeRows?: number }): SheetSpec {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name: meta.name,
      form: meta.form,
      year: meta.year,
      cells,
      merges: [...this.merges],
      columnWidths: [...this.columnWidths],
      rowHeights: { ...this.heights },
      print: meta.print,
      defaultStyle: { ...this.defaultStyle },
      ...(meta.freezeRows ? { freezeRows: meta.freezeRows } : {}),
    };
  }
}
