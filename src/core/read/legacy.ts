/**
 * Text typed in the legacy Vietnamese 8-bit encodings TCVN3 (.VnTime…) and VNI (VNI-Times…),
 * read back as Unicode NFC. Excel gives each legacy byte as the Latin-1 character of that code, so
 * conversion works on char codes 0x00–0xFF. Detection runs on every text cell of a sheet: text
 * that is ASCII or already Unicode Vietnamese is rejected by one precompiled regex test.
 */
import { legacyFontKind } from "../snapshot";
import {
  TCVN3_BYTES,
  TCVN3_UNUSED_LETTERS,
  VNI_ACCENT_BYTES,
  VNI_BASES,
  VNI_SINGLE_BYTES,
  VNI_UNUSED_LETTERS,
} from "./legacy-tables";

export type LegacyEncoding = "tcvn3" | "vni";

// ---------------------------------------------------------------------------------------------
// Lookup tables, built once.

/** Unicode letter for each TCVN3 byte, "" where the byte is kept as it is. */
const TCVN3_LETTER: string[] = new Array<string>(256).fill("");
for (const [code, letter] of TCVN3_BYTES) TCVN3_LETTER[code] = letter;

/** Unicode letter for each VNI single-byte letter. */
const VNI_LETTER: string[] = new Array<string>(256).fill("");
for (const [code, letter] of VNI_SINGLE_BYTES) VNI_LETTER[code] = letter;

/** base code << 8 | accent code -> composed letter, for every valid pair in either case. */
const VNI_PAIR = new Map<number, string>();
/** Accent bytes, by code: 1 when the byte is a VNI accent. */
const VNI_ACCENT = new Uint8Array(256);
for (const [lower, upper, group, marks] of VNI_ACCENT_BYTES) {
  VNI_ACCENT[lower] = 1;
  VNI_ACCENT[upper] = 1;
  for (const base of VNI_BASES[group]) {
    const b = base.charCodeAt(0);
    // ơ/ư are themselves VNI single bytes: compose onto the letter they stand for.
    const letter = VNI_LETTER[b] || base;
    const composed = (letter + marks).normalize("NFC");
    VNI_PAIR.set((b << 8) | lower, composed);
    VNI_PAIR.set((b << 8) | upper, composed);
  }
}

function charClass(chars: string): string {
  let out = "";
  for (const ch of chars) out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  return out;
}

/** Anything outside ASCII; most cells fail this test and cost nothing more. */
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Letters and marks no legacy byte can produce: Vietnamese letters outside Latin-1 and combining
 * diacritics (exceljs keeps NFD text as NFD). Text holding one is Unicode.
 */
const UNICODE_VIETNAMESE = /[\u0300-\u036f]|[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const TCVN3_UNUSED = new RegExp("[" + charClass(TCVN3_UNUSED_LETTERS) + "]");
const VNI_UNUSED = new RegExp("[" + charClass(VNI_UNUSED_LETTERS) + "]");
const TCVN3_USED = new RegExp("[" + charClass(TCVN3_BYTES.map(([c]) => String.fromCharCode(c)).join("")) + "]");
/** A VNI single-byte letter, or a base letter followed by an accent byte it can take. */
const VNI_USED = new RegExp(
  [
    "[" + charClass(VNI_SINGLE_BYTES.map(([c]) => String.fromCharCode(c)).join("")) + "]",
    ...(["tone", "circumflex", "breve"] as const).map((group) => {
      const accents = VNI_ACCENT_BYTES.filter(([, , g]) => g === group).map(([l, u]) => String.fromCharCode(l, u));
      return "[" + charClass(VNI_BASES[group]) + "][" + charClass(accents.join("")) + "]";
    }),
  ].join("|"),
);

// ---------------------------------------------------------------------------------------------
// Conversion

/** Convert TCVN3 text to Unicode NFC. upper=true for the .Vn…H fonts. */
export function convertTcvn3(s: string, upper = false): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1 || c > 0xfe) continue;
    const letter = TCVN3_LETTER[c];
    if (!letter) continue;
    out += s.slice(from, i) + letter;
    from = i + 1;
  }
  out += s.slice(from);
  // The H fonts draw upper-case glyphs for the lower-case bytes (and for ASCII a–z).
  if (upper) out = out.toUpperCase();
  return out.normalize("NFC");
}

/** Convert VNI Windows text to Unicode NFC. */
export function convertVni(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) continue;
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    const pair = next >= 0xc0 && next <= 0xff && VNI_ACCENT[next] ? VNI_PAIR.get((c << 8) | next) : undefined;
    if (pair !== undefined) {
      out += s.slice(from, i) + pair;
      from = i + 2;
      i++;
      continue;
    }
    const letter = c >= 0xc0 ? VNI_LETTER[c] : "";
    if (!letter) continue;
    out += s.slice(from, i) + letter;
    from = i + 1;
  }
  out += s.slice(from);
  return out.normalize("NFC");
}

// ---------------------------------------------------------------------------------------------
// Detection without a font: evidence scores. Text is taken as legacy only on a strong sign; weak
// signs (which foreign words can also show: "naïve", "août", "Israël") only weigh between the two
// encodings. Every sign rests on a character that is not a Vietnamese letter, so Unicode
// Vietnamese never scores, whatever its letters.

const STRONG = 1000;
const WEAK = 1;

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** ASCII or Latin-1 letter (× and ÷ are not). */
function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** A letter, or a TCVN3 byte that is a letter in TCVN3 though a symbol in Latin-1. */
function isTcvn3Letter(c: number): boolean {
  return isLatinLetter(c) || (c >= 0xa1 && c <= 0xfe && TCVN3_LETTER[c] !== "");
}

/** Tone + circumflex/breve groups, for the pair signs below. */
const VNI_TONE_BASE = new Uint8Array(256);
const VNI_CIRCUMFLEX_BASE = new Uint8Array(256);
for (const ch of VNI_BASES.tone) VNI_TONE_BASE[ch.charCodeAt(0)] = 1;
for (const ch of VNI_BASES.circumflex) VNI_CIRCUMFLEX_BASE[ch.charCodeAt(0)] = 1;

function tcvn3Score(s: string): number {
  if (TCVN3_UNUSED.test(s)) return 0;
  let score = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1 || c > 0xff) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    const p = isTcvn3Letter(prev);
    const q = isTcvn3Letter(next);
    switch (c) {
      case 0xb8: // ¸ á: a cedilla never stands beside a letter in real text
        if (p || q) score += STRONG;
        break;
      case 0xb5: // µ à ("5µm": no letter before)
      case 0xb6: // ¶ ả
      case 0xb9: // ¹ ạ
      case 0xac: // ¬ ơ
        if (p) score += STRONG;
        else if (q) score += WEAK;
        break;
      case 0xb7: // · ã; also the Catalan l·l
        if (p && !q) score += STRONG;
        else if (p || q) score += WEAK;
        break;
      case 0xa8: // ¨ ă
      case 0xa9: // © â
        // ă and â never end a syllable: a letter must follow.
        if (q) score += p || c === 0xa8 ? STRONG : WEAK;
        break;
      case 0xbb: // » ằ  (ằ ẳ ẵ ắ inside a word; not a closing guillemet or a fraction)
      case 0xbc: // ¼ ẳ
      case 0xbd: // ½ ẵ
      case 0xbe: // ¾ ắ
        if (p && q) score += STRONG;
        break;
      case 0xaa: // ª ê
      case 0xab: // « ô
        if (p && q) score += STRONG;
        else if (p || q) score += WEAK;
        break;
      case 0xae: // ® đ, which only starts a syllable ("Brand®" has it after)
        if (q) score += p ? WEAK : STRONG;
        break;
      case 0xa1: // ¡ Ă
      case 0xa2: // ¢ Â
      case 0xa3: // £ Ê
      case 0xa4: // ¤ Ô
      case 0xa5: // ¥ Ơ
      case 0xa6: // ¦ Ư
      case 0xa7: // § Đ
        if (q) score += STRONG;
        else if (p) score += WEAK;
        break;
      case 0xad: // soft hyphen ư; "ươ" (ư then a toned or plain ơ) is unmistakable
        if (next === 0xac || (next >= 0xea && next <= 0xee)) score += STRONG;
        else if (p || q) score += WEAK;
        break;
      case 0xc7: // Ç ầ   upper-case Latin-1 letters after a lower-case one: "NghiÖp", "hiÖn"
      case 0xcb: // Ë ậ
      case 0xce: // Î ẻ
      case 0xcf: // Ï ẽ
      case 0xd0: // Ð é
      case 0xd1: // Ñ ẹ
      case 0xd6: // Ö ệ
      case 0xd7: // × ì
      case 0xd8: // Ø ỉ
      case 0xde: // Þ ị
        if (isAsciiLower(prev)) score += STRONG;
        break;
      case 0xdf: // ß ò; also German
        if (p) score += WEAK;
        break;
    }
  }
  return score;
}

function vniScore(s: string): number {
  if (VNI_UNUSED.test(s)) return 0;
  let score = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xc0 || c > 0xff) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    switch (c) {
      case 0xf6: // ö ư, followed by a tone: "chöùc", "ngöôøi"
      case 0xd6:
        if (next >= 0xc0 && next <= 0xff && VNI_ACCENT[next]) score += STRONG;
        break;
      case 0xf1: // ñ đ at the start of a word ("ñoäng"); Spanish has it inside words
      case 0xd1:
        if (!isLatinLetter(prev) && isAsciiLetter(next)) score += STRONG;
        break;
      case 0xf8: // ø grave after a vowel: "Hoaøn"
      case 0xd8:
        if (VNI_TONE_BASE[prev]) score += STRONG;
        break;
      case 0xe4: // ä circumflex + dot: "Vieät"
      case 0xc4:
      case 0xe5: // å circumflex + hook: "toå"
      case 0xc5:
        if (VNI_CIRCUMFLEX_BASE[prev]) score += STRONG;
        break;
      case 0xfb: // û hook: also French "août"
      case 0xdb:
      case 0xef: // ï dot: also "naïve", "Haïti"
      case 0xcf:
        if (VNI_TONE_BASE[prev]) score += WEAK;
        break;
      case 0xeb: // ë breve + dot: also "Israël"
      case 0xcb:
      case 0xfc: // ü breve + tilde
      case 0xdc:
        if (prev === 0x61 || prev === 0x41) score += WEAK;
        break;
    }
  }
  return score;
}

/**
 * Which legacy encoding this text is in, or null for ordinary Unicode text. fontHint comes from
 * the cell's font name (".VnTime" -> "tcvn3", "VNI-Times" -> "vni"), or null when unknown.
 */
export function detectLegacyEncoding(s: string, fontHint: LegacyEncoding | null): LegacyEncoding | null {
  if (typeof s !== "string" || !NON_ASCII.test(s) || UNICODE_VIETNAMESE.test(s)) return null;
  if (fontHint === "tcvn3") return !TCVN3_UNUSED.test(s) && TCVN3_USED.test(s) ? "tcvn3" : null;
  if (fontHint === "vni") return !VNI_UNUSED.test(s) && VNI_USED.test(s) ? "vni" : null;
  // No font: only strong evidence, and never when both readings are equally likely.
  const t = tcvn3Score(s);
  const v = vniScore(s);
  if (t >= STRONG && t > v) return "tcvn3";
  if (v >= STRONG && v > t) return "vni";
  return null;
}

/** The legacy encoding a font name implies, and whether it is a TCVN3 upper-case (…H) font. */
export function legacyFont(fontName: string | null | undefined): { encoding: LegacyEncoding; upper: boolean } | null {
  if (typeof fontName !== "string") return null;
  const encoding = legacyFontKind(fontName);
  if (!encoding) return null;
  // .VnTimeH, .VnArialH, .VnArial NarrowH…: the family name ends in a capital H.
  return { encoding, upper: encoding === "tcvn3" && fontName.trim().endsWith("H") };
}

/**
 * Detect and convert in one go: null when the text is not legacy, else the converted text and its
 * encoding. fontName is the raw font name (may be undefined).
 */
export function decodeLegacyText(
  s: string,
  fontName?: string | null,
): { text: string; encoding: LegacyEncoding } | null {
  const font = legacyFont(fontName);
  const encoding = detectLegacyEncoding(s, font ? font.encoding : null);
  if (!encoding) return null;
  const text = encoding === "tcvn3" ? convertTcvn3(s, font?.encoding === "tcvn3" && font.upper) : convertVni(s);
  return { text, encoding };
}
