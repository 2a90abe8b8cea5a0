import type { CellValue, SheetSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { detectHeader, isHeaderLikeRow, type HeaderLayout } from "./detect-header";
import { isBlank, readDate, type ActivityContext } from "./read-activity";
import { readHeading, type Heading } from "./read-heading";
import { FIELDS, type Field } from "./types";
import { periodRank, readTotalLabel, type TotalLabel } from "./total-label";
import { FOOTER_PATTERNS } from "./vocabulary";

/**
 * Fields whose presence makes a row an activity rather than a heading: every field but the ones a
 * heading row also fills (its code, its words, a note).
 */
const DATA_FIELDS: readonly Field[] = FIELDS.filter((f) => f !== "taskId" && f !== "activity" && f !== "note");

/** Longest first text that can still be a total row or a signature/place-date line. */
const MAX_MARKER_TEXT = 80;


/** A row's cells by field, as read (the parsers normalise what they read). */
export type RawRow = Partial<Record<Field, CellValue>>;

/** What a data row under a header is, decided once before it is handled. */
export type RowKind =
  | { kind: "blank" }
  /** The signature or place-and-date block: the table ends above it. */
  | { kind: "signature" }
  /** "Tổng cộng", "Cộng năm 2021", "Cộng quý I", "Cộng (A)": what it closes is told by its label. */
  | { kind: "total"; label: TotalLabel; raw: RawRow }
  /** The header printed again (`rows` rows of it): skipped. */
  | { kind: "repeated-header"; rows: number }
  /** The header of another table: the table ends above it. */
  | { kind: "next-table" }
  /** A heading; `period` when it names a period of time ("NĂM 2022", "Quý II"): see total-label.ts. */
  | { kind: "heading"; heading: Heading; period: number | null }
  | { kind: "activity"; raw: RawRow };

const BLANK: RowKind = { kind: "blank" };
const SIGNATURE: RowKind = { kind: "signature" };
const NEXT_TABLE: RowKind = { kind: "next-table" };
const REPEATED_HEADER_LINE: RowKind = { kind: "repeated-header", rows: 1 };

function sameColumns(a: Partial<Record<Field, number>>, b: Partial<Record<Field, number>>): boolean {
  const ka = Object.keys(a) as Field[];
  return ka.length === Object.keys(b).length && ka.every((f) => a[f] === b[f]);
}

/** Letters enough to be a label rather than a serial number ("Quý I", not "II" or "1a"). */
function isLabel(v: CellValue | undefined): boolean {
  return typeof v === "string" && v.replace(/[^\p{L}]/gu, "").length >= 3;
}

/** Row number and the section heading it sits under: all a row's kind depends on besides its cells. */
export type RowClassifier = (row: readonly CellValue[] | undefined, r: number, section: string | null) => RowKind;

/** The classifier of the rows under one header. */
export function rowClassifier(sheet: SheetSnapshot, layout: HeaderLayout, ctx: ActivityContext): RowClassifier {
  const cols = layout.columns;
  const fields = Object.keys(cols) as Field[];
  const headerActivityKey = layout.headers.activity ? foldKey(layout.headers.activity) : null;
  const headerActivityLength = layout.headers.activity?.length ?? -1;
  const firstTextCol = Math.min(...fields.map((f) => cols[f] ?? Infinity), layout.serialCol ?? Infinity);
  const textFrom = Math.max(1, firstTextCol === Infinity ? 1 : firstTextCol);

  const hasContent = (row: readonly CellValue[]): boolean => {
    for (let c = 0; c < row.length; c++) {
      // A number alone in the STT column is a blank row; a label there ("Quý I") is not.
      if (c + 1 === layout.serialCol && !isLabel(row[c])) continue;
      if (!isBlank(row[c])) return true;
    }
    return false;
  };

  /** The first text of the row, wherever it is (a total or heading may sit in any early column). */
  const firstTextOf = (row: readonly CellValue[]): string => {
    for (let c = textFrom; c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v === "string" && v.trim() !== "") return v.length <= MAX_MARKER_TEXT * 2 ? cleanText(v) : v;
    }
    return "";
  };

  return (row, r, section) => {
    if (!row || row.length === 0 || !hasContent(row)) return BLANK;

    const raw: RawRow = {};
    for (const f of fields) {
      const v = row[(cols[f] as number) - 1];
      // Kept as read: the parsers normalise what they read, and textOf() cleans the texts kept.
      raw[f] = v === undefined ? null : v;
    }
    let hasData = false;
    for (const f of DATA_FIELDS) if (!isBlank(raw[f])) hasData = true;

    const firstText = firstTextOf(row);
    // Totals and signature lines are short; long texts (activities) need no folding here.
    const firstKey = firstText.length <= MAX_MARKER_TEXT ? foldKey(firstText) : "";

    // The signature block ends the table, unless the row is a dated activity that merely starts alike.
    if (firstKey && FOOTER_PATTERNS.some((p) => p.test(firstKey)) && !(raw.date !== undefined && readDate(raw.date, ctx, null))) return SIGNATURE;

    const label = firstKey ? readTotalLabel(firstKey) : null;
    if (label) return { kind: "total", label, raw };

    if (isHeaderLikeRow(row)) {
      // A header again: repeated for printing (same columns), or another table (a sheet with one
      // table per year), which the caller reads next.
      const again = detectHeader(sheet, r);
      if (again && again.headerRow === r && sameColumns(again.columns, cols)) return { kind: "repeated-header", rows: again.headerRows };
      return NEXT_TABLE;
    }
    if (headerActivityKey && typeof raw.activity === "string" && raw.activity.length === headerActivityLength && foldKey(raw.activity) === headerActivityKey) {
      return REPEATED_HEADER_LINE;
    }

    if (!hasData) {
      // "Năm 2021", "Quý I năm 2022" alone on a row: the block of rows of that period.
      const period = firstKey ? periodRank(firstKey) : null;
      if (period !== null) return { kind: "heading", heading: { id: null, section }, period };
      const heading = readHeading(row, layout.serialCol, raw, ctx.plan, section, firstText);
      if (heading) return { kind: "heading", heading, period: null };
    }
    return { kind: "activity", raw };
  };
}
