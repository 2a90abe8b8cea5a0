/**
 * Text normalisation for matching Vietnamese words written by hand: NFC, lower case, diacritics
 * folded (đ -> d), punctuation and spaces collapsed. Matching folds; display never does.
 * Both functions run on every cell of large sheets, so they take a fast path for the common case.
 */

/** Folded char code (lower-case a–z or digit) of every code point below U+1F00; 0 = separator. */
const FOLD = new Uint8Array(0x1f00);
(() => {
  for (let cp = 0; cp < 0x1f00; cp++) {
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) FOLD[cp] = cp;
    else if (cp >= 65 && cp <= 90) FOLD[cp] = cp + 32;
    else if (cp >= 0xc0) {
      const base = String.fromCharCode(cp).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      if (base.length === 1 && base >= "a" && base <= "z") FOLD[cp] = base.charCodeAt(0);
    }
  }
  FOLD[0x111] = 100; // đ
  FOLD[0x110] = 100; // Đ
})();
const FOLD_BUFFER = new Uint16Array(4096);

/** What sends a text down the slow path of cleanText: white space to tidy, or a combining mark (NFD). */
const NEEDS_CLEANING = /^\s|\s$|\s\s|[\t\n\r\f\v\u00a0\u200b\u2028\u2029\u3000\u202f]|[\u0300-\u036f]/;

/** Unicode NFC and trimmed, with inner runs of white space (incl. NBSP, line breaks) collapsed. */
export function cleanText(s: string): string {
  // Text typed in Excel is almost always NFC with single spaces: one scan, returned as it is.
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** Lower case, diacritics folded, đ -> d; keeps letters a–z, digits and single spaces only. */
export function foldKey(s: string): string {
  return s.length <= SHORT_TEXT ? foldShort(s) : foldLong(s);
}

const SHORT_TEXT = 16;
const ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** Short texts (ids, units, statuses): plain concatenation is cheapest. */
function foldShort(s: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue; // a combining mark (NFD input): drop it, keep the word
    const f = FOLD[c] ?? 0; // past the table: not a letter or digit
    if (f === 0) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += ASCII[f];
  }
  return out;
}

/** Long texts: one pass into a reused buffer, one string made at the end. */
function foldLong(s: string): string {
  let n = 0;
  let space = false;
  const len = Math.min(s.length, FOLD_BUFFER.length - 1);
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    const f = FOLD[c] ?? 0; // past the table: not a letter or digit
    if (f === 0) {
      space = n > 0;
      continue;
    }
    if (space) {
      FOLD_BUFFER[n++] = 32;
      space = false;
    }
    FOLD_BUFFER[n++] = f;
  }
  return String.fromCharCode.apply(null, FOLD_BUFFER.subarray(0, n) as unknown as number[]);
}

/** Lower case NFC, diacritics kept, punctuation collapsed to spaces. */
export function lowerKey(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when the text carries any Vietnamese diacritic (or đ). */
export function hasDiacritics(s: string): boolean {
  const d = s.normalize("NFD");
  return /[\u0300-\u036f]/.test(d) || /[đĐ]/.test(s);
}
