import { isExcelError, type CellValue } from "../snapshot";
import { foldKey } from "../text/normalize";
import { dayFromSerial, dayOf, endOfMonth, isRealDay, type Day } from "../time/days";
import { isBlankText } from "./numbers";
import { group } from "./regex-groups";
import type { DateSpan } from "./types";

/**
 * Dates as Vietnamese offices write them (docs/design.md#tracking-fields), always day first, never mm/dd.
 *
 * Decisions:
 * - A number cell is an Excel serial (time of day dropped), except a whole number 1900..2100,
 *   which is a year. Serial 60 of the 1900 system is Excel's phantom 29/02/1900: not a real day.
 * - A written day whose day or month is out of range ("31/02/2023", "15/13/2023") is
 *   "not-a-real-day"; a month or quarter out of range ("13/2023", "quý 5/2023") is "unreadable".
 * - "11/2023" is a month only with a four-digit year; "11/23" is not read (it could be a day).
 *   Two-digit years elsewhere are 20yy.
 * - Text around the date is ignored ("Ngày 15/11/2023 (Hội nghị)"); the first date in the text wins.
 *   A bare year needs 1900..2100; "năm 2203" is read (the period rule then reports it).
 * - A range whose start has no year takes the end's; if the start then falls after the end it is
 *   in the year before ("15/12 - 15/01/2024"). A range written backwards is "unreadable".
 * - "6 tháng đầu/cuối năm 2023" is the first/second half of the year (precision "range").
 */

export type DateParse = { ok: true; span: DateSpan } | { ok: false; reason: "unreadable" | "not-a-real-day" };

type Atom =
  | { kind: "day"; d: number; m: number; y: number | null; end: number }
  /** plain: written "2/2023" with no "tháng", so after "quý 1-" it can be a quarter. */
  | { kind: "month"; m: number; y: number | null; end: number; plain?: boolean }
  | { kind: "quarter"; q: number; y: number | null; end: number }
  | { kind: "half"; h: 1 | 2; y: number | null; end: number }
  | { kind: "year"; y: number; end: number }
  | { kind: "bare"; n: number; end: number };

const unreadable = (): DateParse => ({ ok: false, reason: "unreadable" });
const notRealDay = (): DateParse => ({ ok: false, reason: "not-a-real-day" });
const spanOf = (start: Day, end: Day, precision: DateSpan["precision"]): DateParse => ({
  ok: true,
  span: { start, end, precision },
});

/** Last day dayOf can place: 31/12/9999, the last day Excel knows. */
const MAX_DAY = dayOf(9999, 12, 31);

const okYear = (y: number): boolean => y >= 1000 && y <= 9999;
const realDay = (y: number, m: number, d: number): Day | null =>
  okYear(y) && isRealDay(y, m, d) ? dayOf(y, m, d) : null;
const yearSpan = (y: number): DateParse => spanOf(dayOf(y, 1, 1), dayOf(y, 12, 31), "year");

// A two-digit year must not be the start of "12/2023" ("tháng 3-12/2023" is March to December).
const YEAR = String.raw`(\d{4}(?!\d)|\d{2}(?!\d|\s*[/.]\s*\d))`;
// A spaced dash is a range sign, never a join to the year: "15 tháng 11 - 15 tháng 12 năm 2023".
const YEAR_JOIN = String.raw`(?:\s*,?\s*nam\s*|\s*[/.]\s*|-|,?\s+(?=\d{4}(?!\d)))`;
// Inside a date "/" and "." may be spaced, "-" may not (a spaced dash separates a range).
const SEP = String.raw`(?:\s*[/.]\s*|-)`;
// "2023/QĐ-UBND" is a document number, not a year.
const NOT_DOC_NUMBER = String.raw`(?!\d|\s*\/\s*[a-z])`;

const PLAIN_DAY = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$/;
const RE_ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y;
const RE_DMY = new RegExp(String.raw`(\d{1,2})(?:\s*([/.])\s*(\d{1,2})\s*\2\s*|-(\d{1,2})-)` + YEAR, "y");
const RE_TEXT_DAY = new RegExp(String.raw`(\d{1,2})\s*thang\s*(\d{1,2})(?!\d)(?:` + YEAR_JOIN + YEAR + ")?", "y");
const RE_HALF = /6\s*thang\s*(dau|cuoi)(?:\s*nam)?(?:\s*,?\s*(\d{4})(?!\d))?/y;
const RE_DM = new RegExp(String.raw`(\d{1,2})` + SEP + String.raw`(\d{1,2})(?!\d)`, "y");
const RE_MONTH_YEAR = new RegExp(String.raw`(\d{1,2})` + SEP + String.raw`(\d{4})` + NOT_DOC_NUMBER, "y");
const RE_BARE_YEAR = new RegExp(String.raw`(\d{4})` + NOT_DOC_NUMBER, "y");
const RE_BARE = /(\d{1,2})(?!\d)/y;
const RE_MONTH = new RegExp(String.raw`(?:thang|thg|t)\.?\s*(\d{1,2})(?!\d)(?:` + YEAR_JOIN + YEAR + ")?", "y");
const RE_QUARTER = new RegExp(
  String.raw`(?:quy|q)\.?\s*(iv|iii|ii|i|\d{1,2})(?![a-z\d])(?:` + YEAR_JOIN + YEAR + ")?",
  "y",
);
const RE_NAM_YEAR = /nam\s*(\d{4})(?!\d)/y;
const RE_RANGE_SEP = /\s*(?:-+>?|=>|den(?:\s*het)?(?![a-z])|toi(?![a-z]))\s*(?:ngay\s*)?/y;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// Times of day are dropped: "15/11/2023 08:00", "8h30 ngày 15/11/2023", "8 giờ 30 phút".
const TIME =
  /(?<!\d)\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm))?(?!\d)|(?<![\d/.-])\d{1,2}\s*(?:h|gio)(?:\s*\d{1,2}(?!\d)\s*(?:phut|ph|p)?)?(?![a-z\d])/g;

function yearOfText(s: string | undefined): number | null {
  if (s === undefined) return null;
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}

function at(re: RegExp, t: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(t);
}

/** Every reading of a date piece that starts at t[i], most specific first. */
function atomsAt(t: string, i: number): Atom[] {
  const out: Atom[] = [];
  let m: RegExpExecArray | null;
  const c = t.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    if ((m = at(RE_ISO, t, i)))
      out.push({ kind: "day", d: +group(m, 4), m: +group(m, 3), y: +group(m, 1), end: i + m[0].length });
    // Group 3 or 4: the month follows "/" or "." (3) or sits between dashes (4).
    if ((m = at(RE_DMY, t, i)))
      out.push({ kind: "day", d: +group(m, 1), m: +(m[3] ?? group(m, 4)), y: yearOfText(m[5]), end: i + m[0].length });
    if ((m = at(RE_HALF, t, i)))
      out.push({ kind: "half", h: m[1] === "dau" ? 1 : 2, y: yearOfText(m[2]), end: i + m[0].length });
    if ((m = at(RE_TEXT_DAY, t, i)))
      out.push({ kind: "day", d: +group(m, 1), m: +group(m, 2), y: yearOfText(m[3]), end: i + m[0].length });
    if ((m = at(RE_DM, t, i))) out.push({ kind: "day", d: +group(m, 1), m: +group(m, 2), y: null, end: i + m[0].length });
    if ((m = at(RE_MONTH_YEAR, t, i)))
      out.push({ kind: "month", m: +group(m, 1), y: +group(m, 2), end: i + m[0].length, plain: true });
    if ((m = at(RE_BARE_YEAR, t, i))) {
      const y = +group(m, 1);
      if (y >= 1900 && y <= 2100) out.push({ kind: "year", y, end: i + m[0].length });
    }
    if ((m = at(RE_BARE, t, i))) out.push({ kind: "bare", n: +group(m, 1), end: i + m[0].length });
  } else {
    if ((m = at(RE_MONTH, t, i))) out.push({ kind: "month", m: +group(m, 1), y: yearOfText(m[2]), end: i + m[0].length });
    if ((m = at(RE_QUARTER, t, i))) {
      const q = group(m, 1);
      out.push({ kind: "quarter", q: ROMAN[q] ?? +q, y: yearOfText(m[2]), end: i + m[0].length });
    }
    if ((m = at(RE_NAM_YEAR, t, i))) out.push({ kind: "year", y: +group(m, 1), end: i + m[0].length });
  }
  return out;
}

/** Months first..last of one scale (1 month or 3 for quarters) as a span, checking the numbers. */
function monthsSpan(
  first: number,
  yFirst: number | null,
  last: number,
  yLast: number,
  perUnit: number,
  units: number,
  precision: DateSpan["precision"],
): DateParse {
  if (first < 1 || first > units || last < 1 || last > units) return unreadable();
  let ys = yFirst ?? yLast;
  if (yFirst === null && first > last) ys -= 1;
  if (!okYear(ys) || !okYear(yLast)) return unreadable();
  const start = dayOf(ys, (first - 1) * perUnit + 1, 1);
  const end = endOfMonth(yLast, last * perUnit);
  return start <= end ? spanOf(start, end, precision) : unreadable();
}

/** A range "a1 – a2", or null when the two pieces do not make one. */
function combine(a1: Atom, a2: Atom, fallback: number | null): DateParse | null {
  if (a2.kind === "bare" || a2.kind === "half" || a1.kind === "half") return null;
  const y2 = a2.y ?? fallback;
  if (y2 === null) return null;
  switch (a2.kind) {
    case "day": {
      if (a1.kind !== "day" && (a1.kind !== "bare" || a1.n < 1 || a1.n > 31)) return null;
      const d1 = a1.kind === "day" ? a1.d : a1.n;
      const m1 = a1.kind === "day" ? a1.m : a2.m;
      let y1 = a1.kind === "day" ? a1.y : y2;
      // A start without a year lies before its end: "15/12 - 15/01/2024" starts in 2023.
      if (y1 === null) y1 = m1 > a2.m || (m1 === a2.m && d1 > a2.d) ? y2 - 1 : y2;
      const start = realDay(y1, m1, d1);
      const end = realDay(y2, a2.m, a2.d);
      if (start === null || end === null) return notRealDay();
      return start <= end ? spanOf(start, end, "range") : unreadable();
    }
    case "month":
      if (a1.kind === "month") return monthsSpan(a1.m, a1.y, a2.m, y2, 1, 12, "range");
      if (a1.kind === "bare" && a1.n >= 1 && a1.n <= 12) return monthsSpan(a1.n, null, a2.m, y2, 1, 12, "range");
      if (a1.kind === "quarter" && a2.plain) return monthsSpan(a1.q, a1.y, a2.m, y2, 3, 4, "range");
      return null;
    case "quarter":
      if (a1.kind === "quarter") return monthsSpan(a1.q, a1.y, a2.q, y2, 3, 4, "range");
      if (a1.kind === "bare" && a1.n >= 1 && a1.n <= 4) return monthsSpan(a1.n, null, a2.q, y2, 3, 4, "range");
      return null;
    case "year":
      if (a1.kind !== "year") return null;
      return a1.y <= y2 && okYear(a1.y) && okYear(y2) ? spanOf(dayOf(a1.y, 1, 1), dayOf(y2, 12, 31), "range") : unreadable();
  }
}

/** One piece standing alone, or null when it is not a date by itself (a bare number, no year). */
function single(a: Atom, fallback: number | null): DateParse | null {
  if (a.kind === "bare") return null;
  if (a.kind === "year") return okYear(a.y) ? yearSpan(a.y) : unreadable();
  const y = a.y ?? fallback;
  if (y === null) return null;
  switch (a.kind) {
    case "day": {
      const d = realDay(y, a.m, a.d);
      return d === null ? notRealDay() : spanOf(d, d, "day");
    }
    case "month":
      return monthsSpan(a.m, y, a.m, y, 1, 12, "month");
    case "quarter":
      return monthsSpan(a.q, y, a.q, y, 3, 4, "quarter");
    case "half":
      if (!okYear(y)) return unreadable();
      return a.h === 1
        ? spanOf(dayOf(y, 1, 1), dayOf(y, 6, 30), "range")
        : spanOf(dayOf(y, 7, 1), dayOf(y, 12, 31), "range");
  }
}

const isDigitAt = (t: string, i: number): boolean => i >= 0 && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57;
const isAlnumAt = (t: string, i: number): boolean => i >= 0 && /[a-z0-9]/.test(t.charAt(i));

/** Where a date may begin: not inside a number or a word, not in the middle of "15/11/2023". */
function startsHere(t: string, i: number): boolean {
  if (isDigitAt(t, i)) {
    if (isDigitAt(t, i - 1)) return false;
    return !("/.-".includes(t[i - 1] ?? " ") && isDigitAt(t, i - 2));
  }
  const ch = t[i];
  return (ch === "t" || ch === "q" || ch === "n") && !isAlnumAt(t, i - 1);
}

function readAt(t: string, i: number, fallback: number | null): DateParse | null {
  const atoms = atomsAt(t, i);
  if (atoms.length === 0) return null;
  // The reading that covers the most text wins, a single date on a tie: "01-05/3/2023" is days
  // 1–5 of March, while "05-11-2023" is 5 November, not May to November.
  let best: DateParse | null = null;
  let bestEnd = -1;
  for (const a1 of atoms) {
    const sep = at(RE_RANGE_SEP, t, a1.end);
    if (!sep || sep[0].length === 0) continue;
    const j = a1.end + sep[0].length;
    if (j >= t.length) continue;
    for (const a2 of atomsAt(t, j)) {
      const r = combine(a1, a2, fallback);
      if (r) {
        if (a2.end > bestEnd) [best, bestEnd] = [r, a2.end];
        break;
      }
    }
  }
  for (const a of atoms) {
    const r = single(a, fallback);
    if (r) {
      if (a.end >= bestEnd) best = r;
      break;
    }
  }
  return best;
}

/** Lower case, diacritics folded, dashes unified, times of day removed. */
function foldDateText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[\u2010-\u2015\u2212\u2192~÷]/g, "-")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .replace(TIME, " ")
    .trim();
}

function fromSerial(v: number, date1904: boolean): DateParse {
  if (!Number.isFinite(v)) return unreadable();
  if (Number.isInteger(v) && v >= 1900 && v <= 2100) return yearSpan(v);
  if (v < (date1904 ? 0 : 1)) return unreadable();
  if (!date1904 && Math.floor(v) === 60) return notRealDay();
  const d = dayFromSerial(v, date1904);
  return d <= MAX_DAY ? spanOf(d, d, "day") : unreadable();
}

/**
 * A date cell as a span of days. null for a blank cell (null, "", "-", white space) and for an
 * Excel error (#REF!…), which another rule reports. `fallbackYear` (e.g. from the row's year
 * column) completes a date written without one: "15/11", "tháng 11", "quý IV".
 */
export function parseDateCell(v: CellValue, date1904: boolean, fallbackYear?: number | null): DateParse | null {
  if (v === null) return null;
  if (typeof v === "number") return fromSerial(v, date1904);
  if (typeof v === "boolean") return unreadable();
  if (isExcelError(v)) return null;
  if (isBlankText(v)) return null;
  // Fast path for the usual "15/11/2023"; everything else goes through the full reading.
  const plain = PLAIN_DAY.exec(v);
  if (plain) {
    const d = realDay(+group(plain, 4), +group(plain, 3), +group(plain, 1));
    return d === null ? notRealDay() : spanOf(d, d, "day");
  }
  const t = foldDateText(v);
  const fallback =
    fallbackYear !== undefined && fallbackYear !== null && Number.isInteger(fallbackYear) && okYear(fallbackYear)
      ? fallbackYear
      : null;
  if (fallback === null && !/\d/.test(t)) return unreadable();
  for (let i = 0; i < t.length; i++) {
    if (!startsHere(t, i)) continue;
    const r = readAt(t, i, fallback);
    if (r) return r;
  }
  return unreadable();
}

/**
 * A year cell: 2023, "2023", "Năm 2023" -> 2023; null for blank or an Excel error; undefined when
 * the cell holds something that is not a year (2023.5, "abc", TRUE).
 */
export function parseYearCell(v: CellValue): number | null | undefined {
  if (v === null) return null;
  if (typeof v === "boolean") return undefined;
  if (typeof v === "number") return Number.isInteger(v) && okYear(v) ? v : undefined;
  if (isExcelError(v) || isBlankText(v)) return null;
  const m = /^(?:nam )?(\d{4})$/.exec(foldKey(v));
  if (!m) return undefined;
  const y = Number(m[1]);
  return okYear(y) ? y : undefined;
}
