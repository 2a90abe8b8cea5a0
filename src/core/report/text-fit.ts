/**
 * How much room a text takes in a cell, estimated from Times New Roman advance widths. Excel and
 * LibreOffice never grow a row to fit wrapped text in merged cells (and not always elsewhere), so
 * the report sets every row height itself; erring on the large side costs a little white space,
 * erring on the small side would clip a line of the printed report.
 */

/** Advance widths in thousandths of an em (Times New Roman regular), for the base letters. */
const LOWER: Record<string, number> = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
};
const UPPER: Record<string, number> = {
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
};
const OTHER: Record<string, number> = {
  " ": 250, ".": 250, ",": 250, ":": 278, ";": 278, "-": 333, "–": 500, "—": 1000, "(": 333, ")": 333,
  "/": 278, '"': 408, "'": 180, "“": 444, "”": 444, "%": 833, "&": 778, "…": 1000, "!": 333, "?": 444,
  "+": 564, "=": 564, "*": 500, "_": 500, "@": 921, "#": 500, "\u00a0": 250, "\u2002": 500, "\u2003": 1000,
};
const COMBINING = /[\u0300-\u036f]/g;

/** Width of one character in em. Vietnamese letters take their base letter's width. */
function charEm(ch: string): number {
  const base = ch.normalize("NFD").replace(COMBINING, "");
  const c = base === "đ" ? "d" : base === "Đ" ? "D" : base;
  if (c.length === 0) return 0;
  if (c >= "0" && c <= "9") return 0.5;
  const w = LOWER[c] ?? UPPER[c] ?? OTHER[c];
  return (w ?? 560) / 1000;
}

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** Width of a text in points at a font (bold runs about 6 % wider). */
export function textWidthPt(text: string, font: FontSpec): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * font.size * (font.bold ? 1.06 : 1);
}

/** Excel column width units (at the default 7-pixel digit) -> points. */
export function columnWidthPt(units: number): number {
  return units * 7 * 0.75;
}

/** Centimetres -> Excel column width units. */
export function cmToColumnUnits(cm: number): number {
  return Math.round(((cm / 2.54) * 96) / 7 * 100) / 100;
}

/** Cell padding Excel leaves on each side, in points. */
const PADDING_PT = 2;
/**
 * The font's own advance widths, unhinted, are about 5 % wider than LibreOffice sets Liberation
 * Serif (metric-compatible with Times New Roman): counting 96 % of them still keeps a little room
 * for a renderer with wider glyphs, without the blank line under every paragraph that ends near
 * the margin that the full widths gave.
 */
const SAFETY = 0.96;

/**
 * The lines a text wraps into in a cell of the given width (points), greedy by words as Excel
 * wraps; explicit line breaks are kept; a word longer than the line is cut.
 */
export function wrapLines(text: string, widthPt: number, font: FontSpec): string[] {
  const room = Math.max(1, widthPt - 2 * PADDING_PT);
  const fits = (s: string): boolean => textWidthPt(s, font) * SAFETY <= room;
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== "") out.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * Like wrapLines, but a text that needs two lines is broken where both lines come out most even
 * ("SỞ DÂN TỘC / VÀ TÔN GIÁO", not "SỞ DÂN TỘC VÀ TÔN / GIÁO"), as headings are set by hand.
 */
export function balancedLines(text: string, widthPt: number, font: FontSpec): string[] {
  const greedy = wrapLines(text, widthPt, font);
  if (greedy.length !== 2 || text.includes("\n")) return greedy;
  const words = text.split(" ");
  const room = widthPt - 2 * PADDING_PT;
  let best = greedy;
  let bestWidth = Math.max(...greedy.map((l) => textWidthPt(l, font)));
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const w = Math.max(...lines.map((l) => textWidthPt(l, font)));
    if (w * SAFETY <= room && w < bestWidth) {
      best = lines;
      bestWidth = w;
    }
  }
  return best;
}

/** Height of one line of text in points (Times New Roman with room for stacked Vietnamese marks). */
export function lineHeightPt(size: number): number {
  return size * 1.32;
}

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT_PT = 409;

/** Row height for a number of lines, with a little air above and below. */
export function rowHeightFor(lines: number, size: number, spaceAfterPt = 0): number {
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil((Math.max(1, lines) * lineHeightPt(size) + 3 + spaceAfterPt) * 4) / 4);
}
