import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";
import { cleanText, foldKey, hasDiacritics } from "../text/normalize";
import { matchHeader, type HeaderMatch } from "./header-match";
import type { Field } from "./types";

/** Where a table's header is and which column holds which field. */
export interface HeaderLayout {
  headerRow: number;
  headerRows: 1 | 2;
  columns: Partial<Record<Field, number>>;
  headers: Partial<Record<Field, string>>;
  /** The STT column, if any (a row with only a number there is blank). */
  serialCol: number | null;
  /** A bare "Nam" column: year or men, to be decided from the column's contents. */
  ambiguousNamCol: number | null;
  /** Rightmost column of the header. */
  lastCol: number;
  /** The "Đến ngày" column of a "Thời gian" group over "Từ ngày | Đến ngày": the end of the date span. */
  dateEndCol: number | null;
  /** The row the search for this header started at (titles between it and the header belong to this table). */
  searchFrom: number;
  score: number;
}

export const HEADER_SEARCH_ROWS = 30;
/** Fields a header row must name to be a tracking table's header. */
const MIN_FIELDS = 2;
/** Excel's column count: cell keys are row × this + column. */
const MAX_COLUMNS = 16384;
/** Share of a second row's texts that must be header words for it to be a sub-header. */
const SUB_HEADER_SHARE = 0.8;
/** Score of a field named by a group header over a generic sub-header ("Kinh phí / Tổng số"), or by a "Nam" settled as men. */
const GROUP_FIELD_SCORE = 0.9;
/** Year labels in a row that make it a summary matrix (task × year) rather than a tracking table. */
const MIN_YEAR_LABELS = 3;
/** Share of the best header's score that the first header must reach to be chosen. */
const FIRST_HEADER_SHARE = 0.6;
/** Longest cell text that can be a header word in a data row. */
const MAX_HEADER_WORD_TEXT = 60;
/** Header words, naming at least MIN_FIELDS fields, that make a data row another table's header. */
const MIN_HEADER_WORDS = 3;

type Text = (row: number, col: number) => string;

/** Text of a header cell, looking through merged areas to their top-left cell. */
function headerTextReader(sheet: SheetSnapshot, lastRow: number): Text {
  const owner = new Map<number, [number, number]>();
  for (const m of sheet.merges) {
    if (m.top > lastRow) continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      for (let c = m.left; c <= m.right; c++) owner.set(r * MAX_COLUMNS + c, [m.top, m.left]);
    }
  }
  return (row, col) => {
    const o = owner.get(row * MAX_COLUMNS + col);
    const v: CellValue = o ? cellAt(sheet, o[0], o[1]) : cellAt(sheet, row, col);
    return typeof v === "string" ? cleanText(v) : "";
  };
}

/** True when (row, col) belongs to a merge that started on an earlier row (a vertical header cell). */
function mergedFromAbove(sheet: SheetSnapshot, row: number, col: number): boolean {
  return sheet.merges.some((m) => m.top < row && m.bottom >= row && m.left <= col && m.right >= col);
}

function hasHorizontalMergeAt(sheet: SheetSnapshot, row: number, col: number): boolean {
  return sheet.merges.some((m) => m.top === row && m.left <= col && m.right >= col && m.right > m.left);
}

function rowWidth(sheet: SheetSnapshot, row: number): number {
  return sheet.values[row - 1]?.length ?? 0;
}

interface Candidate {
  layout: HeaderLayout;
}

/** Map the columns of one header row (or a two-row header: group row + sub row). */
function mapColumns(sheet: SheetSnapshot, text: Text, row: number, two: boolean): HeaderLayout {
  const width = Math.max(rowWidth(sheet, row), two ? rowWidth(sheet, row + 1) : 0);
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const scores: Partial<Record<Field, number>> = {};
  let serialCol: number | null = null;
  let ambiguousNamCol: number | null = null;
  let dateEndCol: number | null = null;
  let lastCol = 0;
  let anyDiacritics = false;
  const groupUsed = new Set<string>();

  const assign = (field: Field, col: number, score: number, label: string): void => {
    const prev = scores[field];
    if (prev !== undefined && prev >= score) return;
    columns[field] = col;
    headers[field] = label;
    scores[field] = score;
  };

  for (let c = 1; c <= width; c++) {
    const top = text(row, c);
    const sub = two && !mergedFromAbove(sheet, row + 1, c) ? text(row + 1, c) : "";
    if (top || sub) lastCol = c;
    if (hasDiacritics(top) || hasDiacritics(sub)) anyDiacritics = true;
    let m: HeaderMatch;
    let label = top;
    if (sub) {
      const sm = matchHeader(sub);
      const gm = matchHeader(top);
      label = top && top !== sub ? `${top} / ${sub}` : sub;
      const groupKey = `${top}|${gm.field ?? ""}`;
      if (gm.field === "date" && groupUsed.has(groupKey) && /^(den|toi)( ngay)?$/.test(foldKey(sub))) {
        dateEndCol = c;
        continue;
      }
      if (gm.field && (sm.field === null || sm.generic) && !groupUsed.has(groupKey)) {
        // "Tổng số" under "Kinh phí" is the budget; under "Số người tham gia" the participants.
        groupUsed.add(groupKey);
        m = { ...gm, score: Math.max(gm.score, GROUP_FIELD_SCORE) };
      } else if (sm.field === "budgetSource" || (gm.field === "budget" && /ngu[oồ]n/i.test(sub))) {
        m = { ...sm, field: "budgetSource", score: GROUP_FIELD_SCORE };
      } else {
        m = sm;
      }
    } else {
      m = matchHeader(top);
    }
    if (m.serial) {
      if (serialCol === null) serialCol = c;
      continue;
    }
    if (!m.field) continue;
    if (m.ambiguousNam) {
      ambiguousNamCol = c;
      continue;
    }
    assign(m.field, c, m.score, label);
  }
  if (ambiguousNamCol !== null && anyDiacritics && columns.male === undefined) {
    // The row is written with diacritics, so a bare "Nam" is men ("Năm" would keep its breve).
    assign("male", ambiguousNamCol, GROUP_FIELD_SCORE, text(row, ambiguousNamCol) || text(row + 1, ambiguousNamCol));
    ambiguousNamCol = null;
  }
  let score = 0;
  for (const s of Object.values(scores)) score += s ?? 0;
  return { headerRow: row, headerRows: two ? 2 : 1, columns, headers, serialCol, ambiguousNamCol, lastCol, dateEndCol, searchFrom: row, score };
}

/** Row r+1 reads as the sub-header of a two-row header under row r. */
function looksLikeSubHeader(sheet: SheetSnapshot, text: Text, row: number): boolean {
  const width = rowWidth(sheet, row + 1);
  let cells = 0;
  let headerLike = 0;
  let underGroup = 0;
  for (let c = 1; c <= width; c++) {
    if (mergedFromAbove(sheet, row + 1, c)) continue;
    const v = cellAt(sheet, row + 1, c);
    if (v === null || v === "") continue;
    if (typeof v !== "string") return false; // numbers or dates: a data row
    cells++;
    const m = matchHeader(cleanText(v));
    if (m.field || m.serial || m.generic) headerLike++;
    if (hasHorizontalMergeAt(sheet, row, c)) underGroup++;
  }
  if (cells === 0) return false;
  return underGroup > 0 || (cells >= 2 && headerLike / cells >= SUB_HEADER_SHARE);
}

/**
 * A row of year labels ("Năm 2021 | Năm 2022 | …") is the header of a summary matrix (task × year),
 * not of a tracking table: such sheets are not read as activities.
 */
function isYearMatrixHeader(sheet: SheetSnapshot, text: Text, row: number, two: boolean): boolean {
  const width = Math.max(rowWidth(sheet, row), two ? rowWidth(sheet, row + 1) : 0);
  let years = 0;
  for (let c = 1; c <= width; c++) {
    for (const t of two ? [text(row, c), text(row + 1, c)] : [text(row, c)]) {
      if (/^(nam )?20\d\d$/.test(foldKey(t))) {
        years++;
        break;
      }
    }
  }
  return years >= MIN_YEAR_LABELS;
}

/**
 * The best header row within HEADER_SEARCH_ROWS rows from `from` (`from` > 1 looks for a further table
 * below another one): the row whose cells match the most fields, read as a two-row header where the
 * row below completes it. Null when nothing there looks like a tracking table.
 */
export function detectHeader(sheet: SheetSnapshot, from = 1): HeaderLayout | null {
  const limit = Math.min(from - 1 + HEADER_SEARCH_ROWS, sheet.values.length);
  const text = headerTextReader(sheet, limit + 1);
  const candidates: Candidate[] = [];
  for (let r = from; r <= limit; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    let single = mapColumns(sheet, text, r, false);
    if (Object.keys(single.columns).length === 0 && single.serialCol === null) continue;
    if (r < sheet.values.length && looksLikeSubHeader(sheet, text, r)) {
      const two = mapColumns(sheet, text, r, true);
      // A sub-row that only splits a group ("Từ ngày | Đến ngày") adds no field but is still header.
      if (two.score >= single.score) single = two;
    }
    const fields = Object.keys(single.columns).length + (single.ambiguousNamCol !== null ? 1 : 0);
    if (fields < MIN_FIELDS) continue;
    if (isYearMatrixHeader(sheet, text, r, single.headerRows === 2)) continue;
    candidates.push({ layout: { ...single, searchFrom: from } });
  }
  if (candidates.length === 0) return null;
  // The first header that is nearly as good as the best: a second table further down may have more
  // columns, but the first one still comes first; a title line naming a field or two does not.
  const top = Math.max(...candidates.map((c) => c.layout.score));
  return (candidates.find((c) => c.layout.score >= FIRST_HEADER_SHARE * top) as Candidate).layout;
}

/**
 * A row inside a table's data that opens another table: three or more cells that are header words
 * naming at least two fields, and no number. Cheap to reject: most rows hold a number or a long text.
 */
export function isHeaderLikeRow(row: readonly CellValue[]): boolean {
  let words = 0;
  const fields = new Set<string>();
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    if (v.length > MAX_HEADER_WORD_TEXT) return false;
    const m = matchHeader(cleanText(v));
    if (m.field) fields.add(m.field);
    if (m.field || m.serial) words++;
  }
  return words >= MIN_HEADER_WORDS && fields.size >= MIN_FIELDS;
}
