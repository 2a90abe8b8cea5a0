/**
 * Text normalisation for matching Vietnamese words written by hand: NFC, lower case, diacritics
 * folded (đ -> d), punctuation and spaces collapsed. Matching folds; display never does.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Unicode NFC and trimmed, with inner runs of white space (incl. NBSP, line breaks) collapsed. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/** Lower case, diacritics folded, đ -> d; keeps letters, digits and spaces only. */
export function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
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
