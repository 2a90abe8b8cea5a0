/**
 * Shared layout of the tables B01–B03: title lines, a two-row header with grouped columns, the
 * column-number row "(1) (2) …" of Vietnamese forms, bordered data rows and the notes under it.
 */
import type { Locale } from "../i18n/locale";
import { shareOfWomen, type Figures } from "../progress";
import { percentText } from "./format";
import type { OrgProfile } from "../profile/profile";
import { tableHeader } from "./admin-blocks";
import type { SheetBuilder } from "./sheet-builder";
import type { CellStyle, SpecValue } from "./sheet-spec";
import { rowHeightFor } from "./text-fit";

export const TABLE_SIZE = 12;

/** Whole numbers with thousands separators; zero shows as a dash, as Vietnamese tables do. */
export const COUNT_FORMAT = '#,##0;-#,##0;"-"';
/** Triệu đồng with up to three decimals. */
export const MONEY_FORMAT = '#,##0.0##;-#,##0.0##;"-"';
/** Progress ratios of B03 (numbers); the shares of women in B01/B02 are text (peopleValues), one style per table. */
export const PERCENT_FORMAT = "0.0%";

/** "percent": a ratio written as a number in percent format; "share": a share written as text. */
export type ColumnKind = "text" | "center" | "count" | "money" | "percent" | "share";

export interface TableColumn {
  head: string;
  width: number;
  kind: ColumnKind;
  /** Columns sharing a group get a merged heading above their own ("Người tham gia"). */
  group?: string;
}

export function styleOf(kind: ColumnKind, extra: CellStyle = {}): CellStyle {
  const base: CellStyle = { size: TABLE_SIZE, border: true, wrap: true, v: "middle" };
  switch (kind) {
    case "text":
      return { ...base, h: "left", ...extra };
    case "center":
      return { ...base, h: "center", ...extra };
    case "count":
      return { ...base, h: "center", numberFormat: COUNT_FORMAT, ...extra };
    case "money":
      return { ...base, h: "center", numberFormat: MONEY_FORMAT, ...extra };
    case "share":
      return { ...base, h: "center", ...extra };
    default:
      return { ...base, h: "center", numberFormat: PERCENT_FORMAT, ...extra };
  }
}

/** Centred title lines over the whole table width: the title in bold, the others in italics. */
export function titleLines(b: SheetBuilder, row: number, lastCol: number, title: string, lines: string[]): number {
  b.put(row, 1, title, { bold: true, size: 14, h: "center", v: "middle", wrap: true });
  b.merge(row, 1, row, lastCol);
  b.fit(row, 1, lastCol, title, { bold: true, size: 14 });
  let r = row + 1;
  for (const l of lines) {
    b.put(r, 1, l, { italic: true, size: 13, h: "center", v: "top", wrap: true });
    b.merge(r, 1, r, lastCol);
    b.fit(r, 1, lastCol, l, { italic: true, size: 13 });
    r++;
  }
  return r;
}

/**
 * The header (two rows: group headings over their columns, other headings merged down) and the
 * column-number row. Returns the row after them; the header occupies rows row..row+2.
 */
export function tableHead(b: SheetBuilder, row: number, cols: readonly TableColumn[]): number {
  const head: CellStyle = { size: TABLE_SIZE, bold: true, border: true, wrap: true, h: "center", v: "middle" };
  for (const [i, c] of cols.entries()) {
    const col = i + 1;
    if (c.group === undefined) {
      b.put(row, col, c.head, head);
      b.styleOnly(row + 1, col, head);
      b.merge(row, col, row + 1, col);
      b.fit(row, col, col, c.head, head);
      continue;
    }
    b.put(row + 1, col, c.head, head);
    b.fit(row + 1, col, col, c.head, head);
    const first = cols.findIndex((x) => x.group === c.group);
    if (first === i) {
      let last = i;
      while (last + 1 < cols.length && cols[last + 1]?.group === c.group) last++;
      b.put(row, col, c.group, head);
      for (let k = col + 1; k <= last + 1; k++) b.styleOnly(row, k, head);
      b.merge(row, col, row, last + 1);
      b.fit(row, col, last + 1, c.group, head);
    }
  }
  // A merged-down heading needs both rows together to hold it; give the second row one line.
  b.atLeast(row + 1, rowHeightFor(1, TABLE_SIZE));
  const numbers: CellStyle = { size: 11, italic: true, border: true, h: "center", v: "middle" };
  cols.forEach((_, i) => b.put(row + 2, i + 1, `(${i + 1})`, numbers));
  b.atLeast(row + 2, rowHeightFor(1, 11));
  return row + 3;
}

/** One bordered row of values in the columns' styles, its height fitted to the longest text. */
export function dataRow(b: SheetBuilder, row: number, cols: readonly TableColumn[], values: readonly SpecValue[], extra: CellStyle = {}): void {
  cols.forEach((c, i) => {
    const v = values[i] ?? null;
    b.cell(row, i + 1, v, styleOf(c.kind, extra));
  });
}

/** A notes line under the table, in italics across its width. */
export function footNote(b: SheetBuilder, row: number, lastCol: number, text: string): number {
  return b.paragraph(row, 1, lastCol, text, { italic: true, size: 11, h: "left", v: "top", wrap: true }, 2);
}

/**
 * Total, women, share of women, ethnic minority: the people columns of B01 and B02. The share is
 * over the activities that recorded women, written as text ("43,4%") like `noData` where people
 * took part but none recorded them: one style in the column, never a number beside a text.
 */
export function peopleValues(f: Figures, noData: string, locale: Locale = "vi"): SpecValue[] {
  const share = shareOfWomen(f);
  return [f.participants, f.female, share !== null ? percentText(share, locale) : f.participants > 0 ? noData : null, f.ethnicMinority];
}

/**
 * A row whose label spans the first columns (a total row, B03's summary rows): the label merged
 * over columns 1..labelTo and fitted to their width, the other values in their columns' styles.
 */
export function labelledRow(b: SheetBuilder, row: number, cols: readonly TableColumn[], labelTo: number, values: readonly SpecValue[], extra: CellStyle = {}): void {
  b.mergedCell(row, 1, labelTo, values[0] ?? null, styleOf("text", extra));
  cols.forEach((c, i) => {
    if (i < labelTo) return;
    b.cell(row, i + 1, values[i] ?? null, styleOf(c.kind, extra));
  });
}

/** What opens every table form: the issuing body and form label, the title lines, the table head. */
export interface TableFormTop {
  profile: OrgProfile;
  formLabel: string;
  /** Columns spanned by the issuing body (left) and the form label (right). */
  left: [number, number];
  right: [number, number];
  title: string;
  /** Lines under the title: "(Kèm theo Báo cáo số …)", "Số liệu tính đến ngày …". */
  lines: string[];
}

/** Writes the top of a table form; returns the next free row and the rows of the table head. */
export function openTableForm(
  b: SheetBuilder,
  cols: readonly TableColumn[],
  top: TableFormTop,
): { row: number; headTop: number; headBottom: number } {
  let row = tableHeader(b, 1, top.left, top.right, top.profile, top.formLabel);
  b.atLeast(row, 8);
  row++;
  row = titleLines(b, row, cols.length, top.title, top.lines);
  b.atLeast(row, 8);
  row++;
  const headTop = row;
  row = tableHead(b, row, cols);
  return { row, headTop, headBottom: row - 1 };
}
