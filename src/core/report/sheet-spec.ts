/**
 * A report sheet as neutral data: what to write, how it looks and how it prints. Both writers
 * (exceljs for .xlsx, Office.js for the open workbook) turn the same SheetSpec into a sheet.
 * Rows and columns are 1-based.
 */
import type { FormCode } from "./form-descriptors";

export type HAlign = "left" | "center" | "right" | "justify";
export type VAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; default 13 (ND 30/2020 body text). */
  size?: number;
  /** Default "Times New Roman". */
  font?: string;
  h?: HAlign;
  v?: VAlign;
  wrap?: boolean;
  /** Thin borders on all four sides. */
  border?: boolean;
  /**
   * Thin borders on these sides only (added to `border`): the short rules under the agency name,
   * the motto and the subject line of an ND 30/2020 header.
   */
  edges?: { top?: boolean; bottom?: boolean; left?: boolean; right?: boolean };
  /** Left indent in Excel indent steps (about one character each), for nested rows of a table. */
  indent?: number;
  /** Excel number format, e.g. "#,##0", "0.0%", "@". */
  numberFormat?: string;
  /** Fill colour as "#RRGGBB" (used sparingly: header rows). */
  fill?: string;
}

/**
 * A cell value. Strings are always written as text, never as formulas, even when they begin with
 * "=", "+", "-" or "@" (user text must not become a formula). A formula is written only when it is
 * given as { formula }, which report code builds itself and never from user text.
 */
export type SpecValue = string | number | boolean | null | { formula: string; result?: number };

export interface SpecCell {
  row: number;
  col: number;
  value: SpecValue;
  style?: CellStyle;
}

export interface SpecMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Margins in centimetres (ND 30/2020: top 2–2.5, bottom 2–2.5, left 3–3.5, right 1.5–2). */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** e.g. "A1:M40" */
  printArea: string;
  /** Rows repeated at the top of every printed page, e.g. [7, 8]; null for none. */
  repeatRows: [number, number] | null;
  /**
   * Fit all columns on one page width. Excel ignores manual page breaks under "fit to", so a sheet
   * with `rowBreaks` prints at a fixed `scale` instead.
   */
  fitToWidth: boolean;
  /** Print scale in percent when not fitting to width (10–400). */
  scale?: number;
  /** Centre on the page horizontally. */
  centerHorizontally?: boolean;
  /**
   * Page numbers centred in the top margin, none on the first page (ND 30/2020 for documents of
   * more than one page).
   */
  pageNumbers?: boolean;
  /** Where page numbers go: the top margin (ND 30/2020 documents, from page 2) or the foot of every page (tables). */
  pageNumbersAt?: "header" | "footer";
  /** Rows that start a new page (manual page breaks, page-breaks.ts). */
  rowBreaks?: number[];
}

export interface SheetSpec {
  /** The sheet name, e.g. "BC 2024", "B01 2024", "B03 2021-2025". */
  name: string;
  /** The form this sheet is (form-descriptors.ts), or "KT", the working sheet of what was left out. */
  form: FormCode | "KT" | "plan";
  /** On the KT sheet: how many values (or rows) the report's figures left out. */
  leftOut?: number;
  /** The year, or null for the whole period. */
  year: number | null;
  cells: SpecCell[];
  merges: SpecMerge[];
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points by row number (only rows that need one). */
  rowHeights: Record<number, number>;
  print: PrintSetup;
  /** Default style of every written cell (font, size). */
  defaultStyle: CellStyle;
  /** Rows kept in view on screen when scrolling (a table's header), counted from row 1. */
  freezeRows?: number;
}
