import { cellAt, inSpans, type CellValue, type SheetSnapshot } from "../snapshot";
import { cleanText, foldKey, hasDiacritics } from "../text/normalize";
import { matchHeader, type HeaderMatch } from "./header-match";
import type { Field } from "./types";

/** Where a table's header is and which column holds which field. */
export interface HeaderLayout {
  headerRow: number;
  /** Levels of the header: a group row, a sub row, and under a sub group ("Trong đó") a third. */
  headerRows: HeaderLevels;
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
  /** "Đơn vị tính: người, triệu đồng" on a row of its own just above the header: the table's units. */
  unitLine: string | null;
  score: number;
}

export type HeaderLevels = 1 | 2 | 3;

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
/** Rows above a header searched for its unit line. */
const UNIT_LINE_ROWS = 3;
/** "Đơn vị tính: …", "ĐVT: …" followed by the units. */
const UNIT_LINE = /^(don vi tinh|dvt) \S/;

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

/**
 * The texts of a column's header levels, top first: a level merged down from the one above is
 * the same cell and gives nothing; a group merged across gives its text to each column under it.
 */
/** The texts of a column's header, top level first: there is always the top one. */
function levelTexts(sheet: SheetSnapshot, text: Text, row: number, col: number, levels: HeaderLevels): [string, ...string[]] {
  const out: [string, ...string[]] = [text(row, col)];
  for (let k = 1; k < levels; k++) out.push(mergedFromAbove(sheet, row + k, col) ? "" : text(row + k, col));
  return out;
}

/** Map the columns of a header of one to three rows (group row, sub rows). */
function mapColumns(sheet: SheetSnapshot, text: Text, row: number, levels: HeaderLevels): HeaderLayout {
  let width = 0;
  for (let k = 0; k < levels; k++) width = Math.max(width, rowWidth(sheet, row + k));
  const columns: Partial<Record<Field, number>> = {};
  const headers: Partial<Record<Field, string>> = {};
  const scores: Partial<Record<Field, number>> = {};
  let serialCol: number | null = null;
  let ambiguousNamCol: number | null = null;
  let dateEndCol: number | null = null;
  let lastCol = 0;
  let anyDiacritics = false;
  const groupUsed = new Set<string>();
  const hiddenFor: Partial<Record<Field, boolean>> = {};

  // A hidden column is mapped only when no visible column fits: a visible one always wins over it.
  const assign = (field: Field, col: number, score: number, label: string): void => {
    const hidden = inSpans(sheet.hiddenColumns, col);
    const prev = scores[field];
    if (prev !== undefined) {
      const prevHidden = hiddenFor[field] === true;
      if (hidden && !prevHidden) return;
      if (hidden === prevHidden && prev >= score) return;
    }
    hiddenFor[field] = hidden;
    columns[field] = col;
    headers[field] = label;
    scores[field] = score;
  };

  for (let c = 1; c <= width; c++) {
    const texts = levelTexts(sheet, text, row, c, levels);
    const top = texts[0];
    // The deepest level names the column; a middle "Trong đó" (of which) only groups the ones below.
    const below = texts.slice(1).filter((t, i, all) => t !== "" && t !== top && all.indexOf(t) === i);
    const sub = below.length > 0 ? below[below.length - 1] : "";
    if (top || sub) lastCol = c;
    if (texts.some((t) => hasDiacritics(t))) anyDiacritics = true;
    let m: HeaderMatch;
    let label = top;
    if (sub) {
      const sm = matchHeader(sub);
      let group = top;
      let gm = matchHeader(top);
      const [middle] = below;
      if (!gm.field && below.length > 1 && middle !== undefined) {
        // A group named only on the middle level ("Kinh phí" under "Kết quả thực hiện").
        const mm = matchHeader(middle);
        if (mm.field) {
          group = middle;
          gm = mm;
        }
      }
      label = [top, ...below].filter((t) => t !== "").join(" / ");
      const groupKey = `${group}|${gm.field ?? ""}`;
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
    const namText = levelTexts(sheet, text, row, ambiguousNamCol, levels).find((t) => t !== "") ?? "";
    assign("male", ambiguousNamCol, GROUP_FIELD_SCORE, namText);
    ambiguousNamCol = null;
  }
  let score = 0;
  for (const v of Object.values(scores)) score += v ?? 0;
  return { headerRow: row, headerRows: levels, columns, headers, serialCol, ambiguousNamCol, lastCol, dateEndCol, searchFrom: row, unitLine: null, score };
}

/**
 * Row r+1 reads as a sub-header under row r. `strict` (a third level) also wants header words,
 * not only a group above: a row of labels under a group may be data.
 */
function looksLikeSubHeader(sheet: SheetSnapshot, text: Text, row: number, strict = false): boolean {
  const next = sheet.values[row];
  if (next && (isColumnNumberRow(next) || unitLineOf(next) !== null)) return false;
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
  if (strict) return headerLike > 0 && (underGroup > 0 || (cells >= 2 && headerLike / cells >= SUB_HEADER_SHARE));
  return underGroup > 0 || (cells >= 2 && headerLike / cells >= SUB_HEADER_SHARE);
}

/**
 * A row of year labels ("Năm 2021 | Năm 2022 | …") is the header of a summary matrix (task × year),
 * not of a tracking table: such sheets are not read as activities.
 */
function isYearMatrixHeader(sheet: SheetSnapshot, text: Text, row: number, levels: HeaderLevels): boolean {
  let width = 0;
  for (let k = 0; k < levels; k++) width = Math.max(width, rowWidth(sheet, row + k));
  let years = 0;
  for (let c = 1; c <= width; c++) {
    for (let k = 0; k < levels; k++) {
      const t = text(row + k, c);
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
  const text = headerTextReader(sheet, limit + 2);
  const candidates: Candidate[] = [];
  for (let r = from; r <= limit; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;
    // "Đơn vị tính: người, triệu đồng" names the units, not the columns.
    if (unitLineOf(row) !== null) continue;
    let best = mapColumns(sheet, text, r, 1);
    if (Object.keys(best.columns).length === 0 && best.serialCol === null) continue;
    if (r < sheet.values.length && looksLikeSubHeader(sheet, text, r)) {
      const two = mapColumns(sheet, text, r, 2);
      // A sub-row that only splits a group ("Từ ngày | Đến ngày") adds no field but is still header.
      if (two.score >= best.score) best = two;
      if (best.headerRows === 2 && r + 1 < sheet.values.length && looksLikeSubHeader(sheet, text, r + 1, true)) {
        // "Số người tham gia" → "Tổng số" / "Trong đó" → "Nữ", "DTTS".
        const three = mapColumns(sheet, text, r, 3);
        if (three.score >= best.score) best = three;
      }
    }
    const fields = Object.keys(best.columns).length + (best.ambiguousNamCol !== null ? 1 : 0);
    if (fields < MIN_FIELDS) continue;
    if (isYearMatrixHeader(sheet, text, r, best.headerRows)) continue;
    candidates.push({ layout: { ...best, searchFrom: from, unitLine: unitLineAbove(sheet, r, from) } });
  }
  if (candidates.length === 0) return null;
  // The first header that is nearly as good as the best: a second table further down may have more
  // columns, but the first one still comes first; a title line naming a field or two does not.
  const strongest = candidates.reduce((a, c) => (c.layout.score > a.layout.score ? c : a));
  return (candidates.find((c) => c.layout.score >= FIRST_HEADER_SHARE * strongest.layout.score) ?? strongest).layout;
}

/** The unit line a row consists of ("Đơn vị tính: người, triệu đồng", "ĐVT: triệu đồng"), or null. */
export function unitLineOf(row: readonly CellValue[]): string | null {
  let line: string | null = null;
  for (const v of row) {
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string" || v.length > MAX_HEADER_WORD_TEXT || line !== null) return null;
    const t = cleanText(v);
    if (!UNIT_LINE.test(foldKey(t))) return null;
    line = t;
  }
  return line;
}

/** The unit line within a few rows above a header (not above where the search started). */
function unitLineAbove(sheet: SheetSnapshot, headerRow: number, from: number): string | null {
  for (let r = headerRow - 1; r >= Math.max(from, headerRow - UNIT_LINE_ROWS); r--) {
    const row = sheet.values[r - 1];
    const line = row ? unitLineOf(row) : null;
    if (line) return line;
  }
  return null;
}

/** A row of column numbers under a header: "(1) (2) (3)…", "1 2 3…" or "A B C…". */
export function isColumnNumberRow(row: readonly CellValue[]): boolean {
  let n = 0;
  for (const v of row) {
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
    const t = String(v).trim();
    if (!/^\(?(\d{1,2}|[A-Z])\)?(\s*=\s*[\d+\-*/() ]+)?$/.test(t)) return false;
    n++;
  }
  return n >= 3;
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
