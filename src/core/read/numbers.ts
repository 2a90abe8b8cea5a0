import { isExcelError, type CellValue } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";

/**
 * Numbers as Vietnamese offices write them (docs/design.md#tracking-fields): "." groups thousands and "," marks the
 * decimal ("1.500,5" is 1500.5), a trailing unit word is allowed ("12 người", "3,5 tr").
 *
 * Decisions:
 * - A single "." or "," followed by exactly three digits, after a first group of 1–3 digits that
 *   does not start with 0, groups thousands: "1.500" and "1,500" are both 1500. Vietnamese writes
 *   decimals as "1,5"; three decimals after a comma are rare, while "1,500" is a common
 *   English-style paste. "0,500" and "0.500" are 0.5 (a leading 0 is never a thousands group).
 * - Otherwise one separator is a decimal point, whichever it is: "1,5" and "1.5" are 1.5.
 * - With both "." and ",", the last one is the decimal mark and the other must group by three.
 * - "(12)" is not read: it could be an accounting negative or a remark; the user is asked.
 * - "khoảng 20", "gần 20", "hơn 20", "trên 20", "ước 20" read as 20: the figure as written.
 * - "không" / "không có" (none) is 0, so that "Nữ: không" is a real zero, not a missing value.
 * - Spelled-out numbers ("hai mươi"), percentages, ranges ("12-15") are not numbers.
 */

export type NumberParse =
  | {
      ok: true;
      value: number;
      /**
       * Set when the cell itself names a money unit ("5 triệu", "1.500.000đ"): the multiplier to
       * triệu đồng. It then replaces the unit of the column header for this cell.
       */
      unitScale?: number;
    }
  | { ok: false };

/** True for text that only holds a placeholder for "nothing": "", "-", "–", "—", "…", "...". */
export function isBlankText(s: string): boolean {
  return /^[\s\u00a0\u200b\-\u2010-\u2015\u2212_.\u2026\u00b7]*$/.test(s);
}

/** Lower case, diacritics folded (đ -> d), punctuation kept, white space collapsed. */
function foldKeepPunctuation(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}

/** Unit words after a number, folded and without spaces or dots -> money scale (undefined: a count). */
const UNIT_WORDS: ReadonlyMap<string, number | undefined> = new Map<string, number | undefined>([
  // people
  ["nguoi", undefined],
  ["ng", undefined],
  ["luot", undefined],
  ["luotnguoi", undefined],
  ["nguoiluot", undefined],
  ["nguoithamgia", undefined],
  ["luotnguoithamgia", undefined],
  ["daibieu", undefined],
  ["db", undefined],
  ["hocvien", undefined],
  ["thanhvien", undefined],
  ["canhan", undefined],
  ["nu", undefined],
  ["phunu", undefined],
  ["nam", undefined],
  ["dtts", undefined],
  ["nguoidtts", undefined],
  // money, as a multiplier to triệu đồng
  ["trieu", 1],
  ["trieudong", 1],
  ["tr", 1],
  ["trd", 1],
  ["trdong", 1],
  ["ty", 1000],
  ["ti", 1000],
  ["tydong", 1000],
  ["tidong", 1000],
  ["nghin", 0.001],
  ["ngan", 0.001],
  ["nghindong", 0.001],
  ["ngandong", 0.001],
  ["ngd", 0.001],
  ["k", 0.001],
  ["dong", 1e-6],
  ["d", 1e-6],
  ["vnd", 1e-6],
]);

const PLAIN_INTEGER = /^[+-]?\d{1,15}$/;
const APPROXIMATELY = /^(?:khoang|gan|hon|tren|uoc tinh|uoc|xap xi|~|≈)\s*/;
const NONE = new Set(["khong", "khong co"]);
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?![\d.,])/;
const TOKEN = /^\d(?:[\d.,]*\d)?/;

function groupedBy(sep: "." | ","): RegExp {
  return sep === "." ? /^[1-9]\d{0,2}(?:\.\d{3})+$/ : /^[1-9]\d{0,2}(?:,\d{3})+$/;
}

/** The value of a run of digits with "." and "," in it, or null when the separators make no sense. */
function readDigits(tok: string): number | null {
  const hasDot = tok.includes(".");
  const hasComma = tok.includes(",");
  if (!hasDot && !hasComma) return Number(tok);
  if (hasDot && hasComma) {
    const decimal = tok.lastIndexOf(",") > tok.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const at = tok.indexOf(decimal);
    if (at !== tok.lastIndexOf(decimal)) return null;
    const int = tok.slice(0, at);
    if (!groupedBy(group).test(int)) return null;
    return Number(int.split(group).join("") + "." + tok.slice(at + 1));
  }
  const sep = hasDot ? "." : ",";
  const at = tok.indexOf(sep);
  if (at !== tok.lastIndexOf(sep)) return groupedBy(sep).test(tok) ? Number(tok.split(sep).join("")) : null;
  const int = tok.slice(0, at);
  const rest = tok.slice(at + 1);
  if (rest.length === 3 && /^[1-9]\d{0,2}$/.test(int)) return Number(int + rest);
  return Number(int + "." + rest);
}

function readText(text: string): NumberParse {
  let t = foldKeepPunctuation(text);
  if (t.startsWith("kh") && NONE.has(foldKey(t))) return { ok: true, value: 0 };
  t = t.replace(APPROXIMATELY, "");
  let sign = 1;
  if (t.startsWith("+") || t.startsWith("-")) {
    if (t.startsWith("-")) sign = -1;
    t = t.slice(1);
  }
  let value: number | null;
  let rest: string;
  const spaced = SPACE_GROUPED.exec(t);
  if (spaced) {
    value = Number(spaced[0].replace(/ /g, ""));
    rest = t.slice(spaced[0].length);
  } else {
    const tok = TOKEN.exec(t);
    if (!tok) return { ok: false };
    value = readDigits(tok[0]);
    rest = t.slice(tok[0].length);
  }
  if (value === null || !Number.isFinite(value)) return { ok: false };
  // A remark in brackets and closing punctuation after the unit do not change the figure.
  const unit = rest
    .replace(/\s*\([^()]*\)\s*$/, "")
    .replace(/[\s.;,:]+$/, "")
    .replace(/[\s.]/g, "");
  const signed = sign * value + 0; // + 0 turns -0 into 0
  if (unit === "") return { ok: true, value: signed };
  if (!UNIT_WORDS.has(unit)) return { ok: false };
  const scale = UNIT_WORDS.get(unit);
  return scale === undefined ? { ok: true, value: signed } : { ok: true, value: signed, unitScale: scale };
}

/** null for a blank cell ("", "-", "–", "—", white space) and for Excel errors (reported elsewhere). */
export function parseNumberCell(v: CellValue): NumberParse | null {
  if (v === null) return null;
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
  if (typeof v === "boolean") return { ok: false };
  if (isExcelError(v)) return null;
  // Fast path for the usual plain figure; everything else goes through the full reading.
  if (PLAIN_INTEGER.test(v)) return { ok: true, value: Number(v) + 0 };
  const s = cleanText(v);
  if (isBlankText(s)) return null;
  return readText(s);
}

/**
 * Multiplier from a budget header's unit to triệu đồng. A header without a unit is taken as
 * triệu đồng, the unit these reports use (Biểu 01 "Kinh phí (triệu đồng)").
 */
export function budgetScaleFromHeader(header: string): number {
  return moneyUnitScale(header) ?? 1;
}

/** The money unit a text names, as a factor to triệu đồng; null when it names none. */
export function moneyUnitScale(text: string): number | null {
  const k = ` ${foldKey(text)} `;
  if (/ 1 ?000 ?000 ?000 ?(?:d|dong|vnd)? /.test(k)) return 1000;
  if (/ 1 ?000 ?000 ?(?:d|dong|vnd)? /.test(k)) return 1;
  if (/ (?:trieu|tr|trd|trdong) /.test(k)) return 1;
  if (/ (?:ty|ti|tydong|tidong) /.test(k)) return 1000;
  if (/ 1 ?000 ?(?:d|dong|vnd)? /.test(k) || / (?:nghin|ngan|ngd|nghind|ngand|ng d) /.test(k)) return 0.001;
  if (/ (?:dong|d|vnd) /.test(k)) return 1e-6;
  return null;
}
