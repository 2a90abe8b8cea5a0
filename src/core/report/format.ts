/**
 * How figures and dates are written in the prose of a report (Vietnamese administrative usage:
 * "1.500", "12,5", "55,9%", "15/11/2024", "tháng 5/2024", "quý IV/2021").
 */
import { DATE_WORDS } from "../i18n/date-words";
import { formatNumber, listText, type Locale } from "../i18n/locale";
import type { Window } from "../plan/model";
import type { DateSpan } from "../read/types";
import { viDateOf, ymdOf, type Day } from "../time/days";

/** A whole count: "1.500". */
export function countText(n: number, locale: Locale = "vi"): string {
  return formatNumber(Math.round(n), locale);
}

/** Money in triệu đồng, up to three decimals: "12,5". */
export function moneyText(n: number, locale: Locale = "vi"): string {
  return formatNumber(Math.round(n * 1000) / 1000, locale, 3);
}

/** A ratio as a percentage with one decimal, no space: "55,9%" (whole numbers without decimals). */
export function percentText(ratio: number, locale: Locale = "vi"): string {
  return formatNumber(Math.round(ratio * 1000) / 10, locale, 1) + "%";
}

/** A share of a whole, or null when the whole is zero. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** "15/11/2024". */
export const dayText = (d: Day): string => viDateOf(d);

/** "15/11" (day and month, two digits each). */
function dayMonth(d: Day): string {
  return viDateOf(d).slice(0, 5);
}

/** A date as the sheet meant it: a day, a month, a quarter, a year or a range. */
export function spanText(span: DateSpan, locale: Locale = "vi"): string {
  const s = ymdOf(span.start);
  const e = ymdOf(span.end);
  const words = DATE_WORDS[locale];
  switch (span.precision) {
    case "day":
      return viDateOf(span.start);
    case "month":
      return words.month(s);
    case "quarter":
      return words.quarter({ quarter: Math.floor((s.month - 1) / 3) + 1, year: s.year });
    case "year":
      return words.year(s);
    default:
      if (span.start === span.end) return viDateOf(span.start);
      return s.year === e.year ? `${dayMonth(span.start)} - ${viDateOf(span.end)}` : `${viDateOf(span.start)} - ${viDateOf(span.end)}`;
  }
}

/** A campaign window in a year: "01/03 - 31/03/2024". */
export function windowText(w: Window): string {
  return `${dayMonth(w.start)} - ${viDateOf(w.end)}`;
}

/** Years as a list: "2021, 2022 và 2024". */
export function yearsText(years: readonly number[], locale: Locale = "vi"): string {
  return listText(years.map(String), locale);
}

/** Text from a user's cell, made fit to sit inside a sentence: trimmed, no trailing full stop or semicolon. */
export function clause(s: string): string {
  return s.trim().replace(/[\s.;,:]+$/u, "");
}

/** Roman numeral for small numbers (section numbering of the report). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Vietnamese letters for sub-items: a, b, c, d, đ, e, g, h, i, k… (as administrative texts number them). */
const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
export function letter(i: number): string {
  return LETTERS[i] ?? String(i + 1);
}
