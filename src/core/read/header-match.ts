import { foldKey, hasDiacritics, lowerKey } from "../text/normalize";
import type { Field } from "./types";
import { GENERIC_SUBHEADERS, HEADER_WORDS, SERIAL_HEADERS } from "./vocabulary";

/** How one header cell reads: its field (null: none), how sure, and whether it is the năm/nam clash. */
export interface HeaderMatch {
  field: Field | null;
  /** 1 exact, 0.8 a known phrase followed by more words, 0.6 a weak word ("nhiệm vụ"). */
  score: number;
  /** Folded "nam" without diacritics: year or men, decided by the column's contents. */
  ambiguousNam: boolean;
  serial: boolean;
  generic: boolean;
}

const WEAK = new Set(["nhiem vu", "ten nhiem vu", "nv", "cong viec", "tong", "cong", "so luong", "sl", "nguon", "phoi hop", "can cu", "ngay thang", "thoi diem", "san pham"]);

const EXACT = new Map<string, Field>();
const PHRASES: Array<{ key: string; field: Field }> = [];
for (const [field, words] of Object.entries(HEADER_WORDS) as Array<[Field, readonly string[]]>) {
  for (const w of words) {
    const k = foldKey(w);
    if (k === "nam") continue; // resolved by diacritics or contents
    if (!EXACT.has(k)) EXACT.set(k, field);
    PHRASES.push({ key: k, field });
  }
}
// Longest phrase first, so "don vi phoi hop" wins over "don vi".
PHRASES.sort((a, b) => b.key.length - a.key.length);

const NONE: HeaderMatch = { field: null, score: 0, ambiguousNam: false, serial: false, generic: false };

/** Strip a parenthesised part ("Kinh phí (triệu đồng)") and a leading "Trong đó:" cue. */
function headerCore(text: string): string {
  return text.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ");
}

export function matchHeader(text: string): HeaderMatch {
  const core = headerCore(text);
  const k = foldKey(core);
  if (k === "") return NONE;
  if (SERIAL_HEADERS.has(k)) return { ...NONE, serial: true };
  if (k.length > 60) return NONE; // a sentence, not a header
  const generic = GENERIC_SUBHEADERS.has(k);
  if (k === "nam") {
    // "Năm" (year) keeps its breve; "Nam" (men) has no diacritic at all, so a bare "Nam" is only
    // certain when the rest of the header row is written with diacritics (decided by the caller).
    if (lowerKey(core) === "năm") return { field: "year", score: 1, ambiguousNam: false, serial: false, generic };
    if (hasDiacritics(core)) return NONE;
    return { field: "male", score: 0.7, ambiguousNam: true, serial: false, generic };
  }
  const exact = EXACT.get(k);
  if (exact) return { field: exact, score: WEAK.has(k) ? 0.6 : 1, ambiguousNam: false, serial: false, generic };
  for (const p of PHRASES) {
    if (k.startsWith(p.key + " ")) {
      return { field: p.field, score: WEAK.has(p.key) ? 0.5 : 0.8, ambiguousNam: false, serial: false, generic };
    }
  }
  return NONE;
}
