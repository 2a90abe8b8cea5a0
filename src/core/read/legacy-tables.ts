/**
 * Byte tables of the two legacy Vietnamese 8-bit encodings found in old workbooks. Excel hands
 * their bytes over as the Windows-1252 / Latin-1 character of the same code, so every byte here is
 * named by that code (0xAD arrives as U+00AD, the soft hyphen).
 */

/**
 * TCVN3 ("ABC"): the VN3 character set of TCVN 5712:1993, used by the .Vn… fonts. VN3 holds the
 * 7 plain upper-case letters Ă Â Ê Ô Ơ Ư Đ and every lower-case letter with its five tones; it has
 * no upper-case toned vowels (those were typed in the .Vn…H fonts, whose glyphs for the same bytes
 * are upper case). ASCII is unchanged. Codes VN3 leaves unused are listed in TCVN3_UNUSED_LETTERS.
 */
export const TCVN3_BYTES: ReadonlyArray<readonly [code: number, letter: string]> = [
  // Plain upper case
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  // Plain lower case
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  // a: grave, hook, tilde, acute, dot
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  // ă
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  // â
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  // e
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  // ê
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  // i
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  // o
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  // ô
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  // ơ
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  // u
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  // ư
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  // y
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];

/**
 * Latin-1 letters at codes VN3 leaves unused (the full TCVN 5712 VN1 set puts upper-case toned
 * vowels there). TCVN3 text never holds them; Unicode text often does ("HOÀN THÀNH", "Hoà").
 */
export const TCVN3_UNUSED_LETTERS = "ÀÁÂÃÄÅÍÙÚÛàðÿ";

/**
 * VNI Windows (VNI Software's 8-bit encoding for the VNI-… fonts). Most vowels are an ASCII base
 * letter followed by one accent byte; a few letters are single bytes. Upper-case letters take the
 * upper-case accent byte (AÙ = Á), lower-case the lower-case one (aù = á).
 */
export const VNI_SINGLE_BYTES: ReadonlyArray<readonly [code: number, letter: string]> = [
  [0xd1, "Đ"], [0xf1, "đ"],
  [0xd4, "Ơ"], [0xf4, "ơ"],
  [0xd6, "Ư"], [0xf6, "ư"],
  // i and ỵ are single bytes; Í í Ì ì (0xCD 0xED 0xCC 0xEC) are the same as in Latin-1.
  [0xc6, "Ỉ"], [0xe6, "ỉ"],
  [0xd3, "Ĩ"], [0xf3, "ĩ"],
  [0xd2, "Ị"], [0xf2, "ị"],
  [0xce, "Ỵ"], [0xee, "ỵ"],
];

/** Which base letters an accent byte may follow. */
export type VniAccentGroup = "tone" | "circumflex" | "breve";

/** Base letters of each group; ơ and ư (0xF4/0xD4, 0xF6/0xD6) take tones like plain vowels. */
export const VNI_BASES: Readonly<Record<VniAccentGroup, string>> = {
  tone: "aeouyAEOUY\u00f4\u00f6\u00d4\u00d6",
  circumflex: "aeoAEO",
  breve: "aA",
};

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const CIRCUMFLEX = "\u0302";
const TILDE = "\u0303";
const BREVE = "\u0306";
const HOOK = "\u0309";
const DOT = "\u0323";

/**
 * The accent bytes, lower-case code then upper-case code, with the diacritics each stands for
 * (as combining marks, composed by NFC onto the base letter).
 */
export const VNI_ACCENT_BYTES: ReadonlyArray<
  readonly [lower: number, upper: number, group: VniAccentGroup, marks: string]
> = [
  [0xf9, 0xd9, "tone", ACUTE],
  [0xf8, 0xd8, "tone", GRAVE],
  [0xfb, 0xdb, "tone", HOOK],
  [0xf5, 0xd5, "tone", TILDE],
  [0xef, 0xcf, "tone", DOT],
  [0xe2, 0xc2, "circumflex", CIRCUMFLEX],
  [0xe1, 0xc1, "circumflex", CIRCUMFLEX + ACUTE],
  [0xe0, 0xc0, "circumflex", CIRCUMFLEX + GRAVE],
  [0xe5, 0xc5, "circumflex", CIRCUMFLEX + HOOK],
  [0xe3, 0xc3, "circumflex", CIRCUMFLEX + TILDE],
  [0xe4, 0xc4, "circumflex", CIRCUMFLEX + DOT],
  [0xea, 0xca, "breve", BREVE],
  [0xe9, 0xc9, "breve", BREVE + ACUTE],
  [0xe8, 0xc8, "breve", BREVE + GRAVE],
  [0xfa, 0xda, "breve", BREVE + HOOK],
  [0xfc, 0xdc, "breve", BREVE + TILDE],
  [0xeb, 0xcb, "breve", BREVE + DOT],
];

/** Latin-1 letters VNI never uses for Vietnamese (ý is "yù" in VNI); their presence means Unicode. */
export const VNI_UNUSED_LETTERS = "ÇÐÝÞßçðýþÿ";
