/**
 * Writes the body of BC paragraph by paragraph on the document grid, and remembers which rows
 * must stay with the next one (headings, the closing line) for the page breaks.
 */
import type { SheetBuilder } from "./sheet-builder";
import type { CellStyle } from "./sheet-spec";
import { textWidthPt, wrapLines } from "./text-fit";

export const BODY_SIZE = 14;
const SPACE_AFTER_PT = 3;
/** First-line indent of a paragraph (about 1 cm): no-break spaces, which justification does not stretch. */
const INDENT = "\u00a0".repeat(8);
const BODY: CellStyle = { size: BODY_SIZE, h: "justify", v: "top", wrap: true };

export class Body {
  /** Rows that must be printed on the same page as the row after them. */
  readonly keepWithNext = new Set<number>();

  constructor(
    private readonly b: SheetBuilder,
    public row: number,
    private readonly cols: [number, number],
  ) {}

  /** Lines of text still to be kept with the last heading (at least two follow a heading on its page). */
  private need = 0;

  para(text: string, style: CellStyle = {}): void {
    const first = this.row;
    this.row = this.b.paragraph(this.row, this.cols[0], this.cols[1], INDENT + text, { ...BODY, ...style }, SPACE_AFTER_PT);
    if (this.need > 0) {
      this.need -= wrapLines(INDENT + text, this.b.widthPt(this.cols[0], this.cols[1]), { size: BODY_SIZE, bold: style.bold }).length;
      if (this.need > 0) for (let r = first; r < this.row; r++) this.keepWithNext.add(r);
    }
  }

  /** A heading: kept on the page of at least two lines of the text that follows it. */
  heading(text: string, style: CellStyle): void {
    const first = this.row;
    this.need = 0;
    this.para(text, style);
    for (let r = first; r < this.row; r++) this.keepWithNext.add(r);
    this.need = 2;
  }

  list(lines: readonly string[]): void {
    for (const l of lines) this.para(l);
  }

  /** Dotted lines across the text width, for what only staff can write. */
  dots(n: number): void {
    this.need = 0;
    const room = this.b.widthPt(this.cols[0], this.cols[1]) * 0.95;
    const count = Math.max(10, Math.floor(room / textWidthPt(".", { size: BODY_SIZE })));
    for (let i = 0; i < n; i++) {
      this.row = this.b.paragraph(this.row, this.cols[0], this.cols[1], ".".repeat(count), { ...BODY, h: "left" }, SPACE_AFTER_PT);
    }
  }

  blank(heightPt = 8): void {
    this.b.atLeast(this.row, heightPt);
    this.row++;
  }

  /** Keep every row from `from` to the current one together with the next. */
  keepFrom(from: number): void {
    for (let r = from; r < this.row; r++) this.keepWithNext.add(r);
  }
}
