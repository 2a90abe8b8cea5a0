/**
 * Manual page breaks from the estimated row heights (text-fit.ts): a row marked to stay with the
 * next (a heading, a table's group row, the closing line before the signature) starts a new page
 * together with what follows when they would not fit at the foot of the current one. Every page
 * end is made a manual break, so that the printed pages follow this count exactly; since heights
 * are estimated on the tall side, a page never holds more than it is given here.
 */
import { ND30_MARGINS, PRINTABLE_WIDTH_CM } from "./page-setup";
import { columnWidthPt } from "./text-fit";
import type { SheetSpec } from "./sheet-spec";

const PT_PER_CM = 72 / 2.54;
/** Excel's height of a row no one set, at the report fonts. */
const DEFAULT_ROW_PT = 15;
/** Room kept free on each page for what the estimate cannot know (rounding, a renderer's leading). */
const SLACK = 0.97;

/** The height a page gives to rows (A4 less the ND 30/2020 top and bottom margins), in points. */
export function pageBodyHeightPt(orientation: "portrait" | "landscape"): number {
  const paperCm = orientation === "portrait" ? 29.7 : 21;
  return (paperCm - ND30_MARGINS.top - ND30_MARGINS.bottom) * PT_PER_CM * SLACK;
}

export interface PageFlow {
  /** Row heights in points by row number; a row not listed has Excel's default height. */
  heights: Readonly<Record<number, number>>;
  firstRow: number;
  lastRow: number;
  /** Rows that must be on the same page as the row after them. */
  keepWithNext: ReadonlySet<number>;
  pageHeightPt: number;
  /** Rows repeated at the top of every page after the first (a table's head). */
  repeatRows?: [number, number] | null;
}

/** The rows that start a new page, in order (the first page's start is not listed). */
export function pageBreaks(flow: PageFlow): number[] {
  const h = (r: number): number => flow.heights[r] ?? DEFAULT_ROW_PT;
  let repeat = 0;
  if (flow.repeatRows) for (let r = flow.repeatRows[0]; r <= flow.repeatRows[1]; r++) repeat += h(r);
  const breaks: number[] = [];
  let used = 0;
  let room = flow.pageHeightPt;
  const newPage = (r: number): void => {
    breaks.push(r);
    used = 0;
    room = flow.pageHeightPt - repeat;
  };
  let r = flow.firstRow;
  while (r <= flow.lastRow) {
    let end = r;
    while (flow.keepWithNext.has(end) && end < flow.lastRow) end++;
    let block = 0;
    for (let k = r; k <= end; k++) block += h(k);
    if (used > 0 && used + block > room && block <= flow.pageHeightPt - repeat) newPage(r);
    for (let k = r; k <= end; k++) {
      if (used > 0 && used + h(k) > room) newPage(k);
      used += h(k);
    }
    r = end + 1;
  }
  return breaks;
}

/**
 * The print scale at which the columns fill the page width (at most 100 %): "fit to width" in a
 * form Excel keeps manual page breaks with.
 */
export function widthScale(spec: SheetSpec): number {
  const lastCol = spec.columnWidths.length;
  let total = 0;
  for (let c = 0; c < lastCol; c++) total += columnWidthPt(spec.columnWidths[c] ?? 8.43);
  const room = (spec.print.orientation === "portrait" ? PRINTABLE_WIDTH_CM.portrait : PRINTABLE_WIDTH_CM.landscape) * PT_PER_CM;
  // A few percent under the exact fit: renderers round column widths up (LibreOffice spilled the
  // last column of a 16 cm BC onto a page of its own at 99 %).
  return Math.max(10, Math.min(95, Math.floor((room / total) * 95)));
}

/**
 * The spec with manual page breaks over its print area (rows 1 to the area's last row), printed
 * at the scale that fits its width instead of "fit to width", which would drop the breaks.
 */
export function withPageBreaks(spec: SheetSpec, keepWithNext: ReadonlySet<number>): SheetSpec {
  const lastRow = Number(/(\d+)$/.exec(spec.print.printArea)?.[1] ?? "0");
  const scale = widthScale(spec);
  const rowBreaks = pageBreaks({
    heights: spec.rowHeights,
    firstRow: 1,
    lastRow,
    keepWithNext,
    pageHeightPt: (pageBodyHeightPt(spec.print.orientation) * 100) / scale,
    repeatRows: spec.print.repeatRows,
  });
  return { ...spec, print: { ...spec.print, fitToWidth: false, scale, rowBreaks } };
}
