import type { Locale } from "../i18n/locale";

/**
 * A number rendered by an Excel number format code, the way Excel shows it, for the codes the
 * offices use: General, 0, 0.0, #,##0, #,##0.00, percents, literal text ("đ", \ người), currency
 * tags ([$₫-42A] shows its symbol, the locale part is dropped), colours, and sections for
 * negatives (with parentheses) and zero. Anything else (dates and times, fractions, scientific,
 * conditions such as [>100], text placeholders) gives null: the caller quotes the value its own way.
 * Separators are those of the locale (Vietnamese 1.500 and 12,5), as Excel shows them on a
 * computer set up for the language.
 */

/** A number cell's value with its own format code, for a message to quote as Excel shows it. */
export interface NumberInFormat {
  value: number;
  format: string;
}

const MARKS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

type Token =
  | { t: "lit"; s: string }
  | { t: "ph"; c: "0" | "#" | "?" }
  | { t: "comma" }
  | { t: "point" }
  | { t: "pct" }
  | { t: "general" };

/** Not a format this renderer knows: the caller falls back. */
class Unsupported extends Error {}

/** The sections of a code, split on ";" outside quotes, brackets and escapes. */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\\" || ch === "_" || ch === "*") {
      cur += code.slice(i, i + 2);
      i++;
    } else if (ch === '"' || ch === "[") {
      const close = code.indexOf(ch === '"' ? '"' : "]", i + 1);
      if (close < 0) throw new Unsupported();
      cur += code.slice(i, close + 1);
      i = close;
    } else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Characters Excel shows as themselves without quotes. */
const PLAIN = new Set(["$", "-", "+", "(", ")", ":", "^", "'", "{", "}", "<", ">", "=", "!", "&", "~", " "]);
const COLOUR = /^(black|blue|cyan|green|magenta|red|white|yellow|colou?r\d{1,2})$/i;

function bracket(inner: string): Token | null {
  if (inner.startsWith("$")) {
    // [$₫-42A]: the symbol before the dash is shown, the locale after it is not.
    const dash = inner.indexOf("-");
    const symbol = inner.slice(1, dash < 0 ? undefined : dash);
    return symbol ? { t: "lit", s: symbol } : null;
  }
  if (COLOUR.test(inner)) return null;
  throw new Unsupported(); // conditions, elapsed times, DBNum…
}

function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section.charAt(i);
    if (ch === "\\") {
      out.push({ t: "lit", s: section.slice(i + 1, i + 2) });
      i++;
    } else if (ch === "_") {
      out.push({ t: "lit", s: " " }); // the width of the next character: a space when quoted
      i++;
    } else if (ch === "*") {
      i++; // a fill to the cell's width: nothing in a quote
    } else if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      out.push({ t: "lit", s: section.slice(i + 1, close) });
      i = close;
    } else if (ch === "[") {
      const close = section.indexOf("]", i + 1);
      const tok = bracket(section.slice(i + 1, close));
      if (tok) out.push(tok);
      i = close;
    } else if (ch === "0" || ch === "#" || ch === "?") out.push({ t: "ph", c: ch });
    else if (ch === ",") out.push({ t: "comma" });
    else if (ch === ".") out.push({ t: "point" });
    else if (ch === "%") out.push({ t: "pct" });
    else if (section.slice(i, i + 7).toLowerCase() === "general") {
      out.push({ t: "general" });
      i += 6;
    } else if (PLAIN.has(ch) || ch.charCodeAt(0) > 127) out.push({ t: "lit", s: ch });
    else throw new Unsupported(); // letters (dates, times, E+), "/" (fractions, dates), "@"
  }
  return out;
}

/** A non-negative number with exactly `d` decimals, rounded half away from zero; null when too large to be exact. */
function fixed(x: number, d: number): { int: string; frac: string } | null {
  // Excel keeps 15 significant digits; shifting the decimal text avoids 1.005 * 100 = 100.49999….
  const p = x.toPrecision(15);
  const scaled = Math.round(p.includes("e") ? Number(p) * 10 ** d : Number(`${p}e${d}`));
  if (!Number.isSafeInteger(scaled)) return null;
  const s = String(scaled).padStart(d + 1, "0");
  return { int: s.slice(0, s.length - d), frac: s.slice(s.length - d) };
}

function groupDigits(s: string, group: string): string {
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Excel's General: up to 10 significant digits, no grouping. */
function general(x: number, locale: Locale): string {
  const s = String(Number(x.toPrecision(10)));
  if (s.includes("e")) throw new Unsupported();
  return s.replace(".", MARKS[locale].decimal);
}

/** The digits of the number block: placeholders, grouping, scaling commas, decimals. */
function renderNumber(x: number, block: Token[], percents: number, locale: Locale): string {
  const point = block.findIndex((t) => t.t === "point");
  const intPart = point < 0 ? block : block.slice(0, point);
  const fracPart = point < 0 ? [] : block.slice(point + 1);
  if (fracPart.some((t) => t.t !== "ph")) throw new Unsupported();
  const intPh: string[] = [];
  let grouping = false;
  let scale = 0;
  for (const t of intPart) {
    if (t.t === "ph") {
      if (scale > 0) grouping = true; // a comma between placeholders groups thousands
      scale = 0;
      intPh.push(t.c);
    } else if (t.t === "comma") scale++;
    else throw new Unsupported();
  }
  if (scale > 0 && intPh.length === 0) throw new Unsupported();
  const fracPh = fracPart.map((t) => (t as { c: string }).c);
  const scaled = (x * 100 ** percents) / 1000 ** scale;
  const f = fixed(scaled, fracPh.length);
  if (f === null) throw new Unsupported();
  const { group, decimal } = MARKS[locale];
  const digits = f.int === "0" ? "" : f.int;
  // Placeholders take the digits from the right; the leftmost takes any digits left over.
  let head = digits.slice(0, Math.max(0, digits.length - intPh.length));
  const own: string[] = [];
  for (let j = 0; j < intPh.length; j++) {
    const ph = intPh[intPh.length - 1 - j];
    const k = digits.length - 1 - j;
    own.unshift(k >= 0 ? digits.charAt(k) : ph === "0" ? "0" : ph === "?" ? " " : "");
  }
  head += own.join("");
  const lead = /^ */.exec(head)?.[0] ?? "";
  let int = head.slice(lead.length);
  if (grouping) int = groupDigits(int, group);
  const frac = f.frac.split("");
  for (let i = frac.length - 1; i >= 0 && frac[i] === "0" && fracPh[i] !== "0"; i--) frac[i] = fracPh[i] === "?" ? " " : "";
  return lead + int + (point < 0 ? "" : decimal + frac.join(""));
}

function renderSection(x: number, toks: Token[], locale: Locale): string {
  const numeric = toks.map((t, i) => (t.t === "ph" || t.t === "point" || t.t === "comma" ? i : -1)).filter((i) => i >= 0);
  const percents = toks.filter((t) => t.t === "pct").length;
  const generals = toks.filter((t) => t.t === "general").length;
  if (generals > 1 || (generals === 1 && numeric.length > 0)) throw new Unsupported();
  const from = numeric[0] ?? -1;
  const to = numeric[numeric.length - 1] ?? -1;
  if (numeric.length > 0 && !toks.slice(from, to + 1).some((t) => t.t === "ph")) throw new Unsupported();
  let out = "";
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (i === from) {
      out += renderNumber(x, toks.slice(from, to + 1), percents, locale);
      i = to;
    } else if (t.t === "lit") out += t.s;
    else if (t.t === "pct") out += "%";
    else if (t.t === "general") out += general(x * 100 ** percents, locale);
    else throw new Unsupported(); // literal text inside the digits ("000-000")
  }
  return out;
}

/** `value` as Excel shows it in a cell formatted with `code`; null when the code is not one this knows. */
export function formatByExcelCode(value: number, code: string, locale: Locale): string | null {
  if (!Number.isFinite(value)) return null;
  try {
    const all = sections(code);
    if (all.length > 4) return null;
    // One section serves every number (negatives get a sign); two: the second is for negatives;
    // three: the third is for zero. A fourth is for text.
    const numberSections = all.length >= 4 ? all.slice(0, 3) : all;
    let section = numberSections[0] ?? "";
    let x = value;
    let sign = value < 0 ? "-" : "";
    if (value < 0 && numberSections.length >= 2) {
      section = numberSections[1] ?? "";
      x = -value;
      sign = "";
    } else if (value === 0 && numberSections.length >= 3) section = numberSections[2] ?? "";
    const text = renderSection(Math.abs(x), tokens(section), locale);
    return (sign + text).trim();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/**
 * True for a format worth keeping with a number cell: not General, and not a date or a time
 * (those are quoted as dd/mm/yyyy by the rules that read them).
 */
export function isKeptNumberFormat(code: string | null | undefined): code is string {
  if (typeof code !== "string") return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/general/gi, "");
  if (bare.trim() === "" || bare.trim() === "@") return false;
  if (/\[(h+|m+|s+)\]/i.test(bare)) return false;
  const outside = bare.replace(/\[[^\]]*\]/g, "");
  return !/[dmyhsgbe]/i.test(outside.replace(/E[+-]/g, "")) && !/AM\/PM|A\/P/i.test(outside);
}

/** A number a message quotes: plain (the message formats it for the locale) or with its cell's own format. */
export type ShownNumber = number | NumberInFormat;

/** The number itself. */
export function numberOf(x: ShownNumber): number {
  return typeof x === "number" ? x : x.value;
}

/** The text of a number in its cell's format, as Excel shows it; null for a plain number or a format this cannot render. */
export function formattedText(x: ShownNumber, locale: Locale): string | null {
  return typeof x === "number" ? null : formatByExcelCode(x.value, x.format, locale);
}
