import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";
import { cleanText, hasDiacritics } from "../text/normalize";
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
  score: number;
}

export const HEADER_SEARCH_ROWS = 30;
const MIN_FIELDS = 2;

type Text = (row: number, col: number) => string;

/** Text of a header cell, looking through merged areas to their top-left cell. */
function headerTextReader(sheet: SheetSnapshot, lastRow: number): Text {
  const owner = new Map<number, [number, number]>();
  for (const m of sheet.merges) {
    if (m.top > lastRow) continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      for (let c = m.left; c <= m.right; c++) owner.set(r * 16384 + c, [m.top, m.left]);
    }
  }
  return (row, col) => {
    const o = owner.get(row * 16384 + col);
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
      if (gm.field && (sm.field === null || sm.generic) && !groupUsed.has(groupKey)) {
        // "Tổng số" under "Kinh phí" is the budget; under "Số người tham gia" the participants.
        groupUsed.add(groupKey);
        m = { ...gm, score: Math.max(gm.score, 0.9) };
      } else if (sm.field === "budgetSource" || (gm.field === "budget" && /ngu[oồ]n/i.test(sub))) {
        m = { ...sm, field: "budgetSource", score: 0.9 };
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
    assign("male", ambiguousNamCol, 0.9, text(row, ambiguousNamCol) || text(row + 1, ambiguousNamCol));
    ambiguousNamCol = null;
  }
  let score = 0;
  for (const s of Object.values(scores)) score += s ?? 0;
  return { headerRow: row, headerRows: two ? 2 : 1, columns, headers, serialCol, ambiguousNamCol, lastCol, score };
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
  return underGroup > 0 || (cells >= 2 && headerLike / cells >= 0.8);
}

/**
 * The best header row within the first rows of a sheet (DESIGN §4): the one whose cells match the
 * most fields, read as a two-row header where the row below completes it. Null when nothing in
 * the sheet looks like a tracking table.
 */
export function detectHeader(sheet: SheetSnapshot): HeaderLayout | null {
  const limit = Math.min(HEADER_SEARCH_ROWS, sheet.values.length);
  const text = headerTextReader(sheet, limit + 1);
  let best: Candidate | null = null;
  for (let r = 1; r <= limit; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    let single = mapColumns(sheet, text, r, false);
    if (Object.keys(single.columns).length === 0 && single.serialCol === null) continue;
    if (r < sheet.values.length && looksLikeSubHeader(sheet, text, r)) {
      const two = mapColumns(sheet, text, r, true);
      if (two.score > single.score) single = two;
    }
    const fields = Object.keys(single.columns).length + (single.ambiguousNamCol !== null ? 1 : 0);
    if (fields < MIN_FIELDS) continue;
    if (!best || single.score > best.layout.score) best = { layout: single };
  }
  return best ? best.layout : null;
}
