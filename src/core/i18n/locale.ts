/**
 * Message catalogues: every text a user reads comes from a catalogue, Vietnamese by default and
 * English as the second language. The core keeps what the core says (rules, reports, status labels,
 * field names, functions, plan loading) in src/core/i18n; each front end keeps its own texts
 * beside it (src/cli, src/taskpane/messages, src/xlsx, src/excel). A catalogue is, per locale, a
 * record of message functions that take one parameter object (none for a fixed text).
 */

export type Locale = "vi" | "en";
export const DEFAULT_LOCALE: Locale = "vi";

export type MessageFn<P> = (params: P) => string;

/** A catalogue: for each locale, the same keys. The type makes a missing English text a compile error. */
export type Catalogue<K extends string, P extends Record<K, unknown>> = Record<
  Locale,
  { [k in K]: MessageFn<P[k]> }
>;

export function isLocale(s: unknown): s is Locale {
  return s === "vi" || s === "en";
}

/** Marks of a number: Vietnamese groups thousands with "." and writes decimals with ",". */
const NUMBER_MARKS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/** The word before the last item of a list. */
const AND: Record<Locale, string> = { vi: " và ", en: " and " };

/** Items as a sentence lists them: "a, b và c". */
export function listText(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join("");
  return items.slice(0, -1).join(", ") + AND[locale] + items[items.length - 1];
}

/** Vietnamese number formatting: "1.500", "12,5". */
export function formatNumber(n: number, locale: Locale, maxFractionDigits = 2): string {
  const fixed = Number.isInteger(n) ? String(n) : n.toFixed(maxFractionDigits).replace(/0+$/, "").replace(/\.$/, "");
  // split always gives at least one part; the default only satisfies the type.
  const [int = "", frac] = fixed.split(".");
  const neg = int.startsWith("-");
  const digits = neg ? int.slice(1) : int;
  const { group, decimal } = NUMBER_MARKS[locale];
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? "-" : "") + grouped + (frac ? decimal + frac : "");
}

export function formatPercent(ratio: number, locale: Locale, fractionDigits = 1): string {
  return formatNumber(Math.round(ratio * 100 * 10 ** fractionDigits) / 10 ** fractionDigits, locale, fractionDigits) + " %";
}
