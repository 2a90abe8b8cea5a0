/**
 * What Excel stores for a string assigned to Range.values, as if typed (the Range.values
 * documentation: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula"; other input is parsed like typing). The fake
 * converts what either a Vietnamese (d/m/y, "1.500", "43,8%") or an English (m/d/y, "Mar-24",
 * "March 2024", "Sep 1") Excel would convert, because the same workbook is opened under both:
 * anything either one turns into a number, a date or a boolean is not text any more.
 * A leading apostrophe (the quote prefix) or the text number format "@" keeps the input as text.
 */

export interface Stored {
  value: unknown;
  formula?: string;
  quotePrefix?: boolean;
  /** Set when Excel converted the input: what the cell shows (roughly the input). */
  converted?: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y < 100 ? 2000 + y : y, m - 1, d);
  return Math.floor(t / 86_400_000) + 25569;
}

const THIS_YEAR = 2026;

function asDate(s: string): number | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = m[3] ? Number(m[3]) : THIS_YEAR;
    // d/m (Vietnamese) or m/d (English): either makes it a date.
    return serial(y, b, a) ?? serial(y, a, b);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`^${MONTH}[\\s,/-]*(\\d{1,4})(?:[\\s,/-]+(\\d{2,4}))?$`, "i").exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    const n = Number(m[2]);
    if (m[3]) return serial(Number(m[3]), month, n);
    return n >= 1 && n <= 31 ? serial(THIS_YEAR, month, n) : serial(n, month, 1);
  }
  m = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH}(?:[\\s,-]+(\\d{2,4}))?$`, "i").exec(s);
  if (m) return serial(m[3] ? Number(m[3]) : THIS_YEAR, MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
  return null;
}

function asNumber(s: string): number | null {
  const m = /^([+-]?)(\d[\d.,\s]*)(%?)$/.exec(s) ?? /^()(\d*[.,]\d+)(%?)$/.exec(s) ?? /^([+-]?)(\d+(?:[.,]\d+)?[eE][+-]?\d+)()$/.exec(s);
  if (!m) return null;
  const body = m[2].replace(/\s/g, "");
  const candidates = [
    body.replace(/\./g, "").replace(",", "."), // 1.500,5
    body.replace(/,/g, ""), // 1,500.5
  ];
  for (const c of candidates) {
    if (!/^\d*\.?\d+(e[+-]?\d+)?$/i.test(c)) continue;
    const n = Number(c) * (m[1] === "-" ? -1 : 1);
    if (Number.isFinite(n)) return m[3] === "%" ? n / 100 : n;
  }
  return null;
}

function asTime(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?$/i.exec(s);
  if (!m) return null;
  const h = Number(m[1]) % 24;
  return (h + Number(m[2]) / 60 + Number(m[3] ?? 0) / 3600) / 24;
}

/** What Excel stores for an input assigned to Range.values (or Range.formulas). */
export function excelStores(input: unknown, textFormat = false): Stored {
  if (typeof input !== "string") return { value: input };
  if (textFormat) return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (/^[=+\-@]/.test(input) && asNumber(input.trim()) === null) return { value: "#FORMULA", formula: input };
  const s = input.trim();
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true", converted: true };
  const n = asNumber(s) ?? asDate(s) ?? asTime(s);
  if (n !== null) return { value: n, converted: true };
  return { value: input };
}
