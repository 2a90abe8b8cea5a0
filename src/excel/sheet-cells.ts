import type { Visibility } from "./read-visibility";
import { a1, columnNumber, isLegacyFontName, type CellValue, type MergedArea } from "../core/snapshot";
import { NumberFormatRuns } from "../core/number-format-runs";
import type { Block, UsedArea } from "./read-requests";

/** What is known of one sheet while it is read. */
export interface SheetPlan {
  name: string;
  owned: boolean;
  /** null: the sheet has no value. */
  used: UsedArea | null;
  /** The font of the whole used range; null when its cells use several fonts. */
  font: string | null;
  /** For a sheet with several fonts: each column's font (null: mixed within the column). */
  columnFonts: Array<string | null> | null;
  values: CellValue[][];
  merges: MergedArea[];
  legacyFonts: Record<string, string>;
  /** The number formats of its number cells, made when the first block is stored. */
  numberFormats?: NumberFormatRuns;
  /** Hidden rows and columns, once the used range is known (see read-visibility.ts). */
  visibility?: Visibility;
}

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const HAS_COMBINING = /[\u0300-\u036f]/;

/** A cell as the snapshot keeps it: "" is blank; text in NFC (Excel keeps what was typed or pasted). */
export function cellOfExcel(v: unknown): CellValue {
  if (typeof v === "string") {
    if (v === "") return null;
    return HAS_COMBINING.test(v) ? v.normalize("NFC") : v;
  }
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return null;
}

/** Split an address list on commas outside quotes (sheet names may hold commas). */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** "Sheet1!A1:B2, 'My sheet'!C3" -> merged areas (1-based, inclusive). */
export function parseAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const p of splitAreas(address)) {
    const ref = p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) continue;
    const left = columnNumber(m[1]);
    const top = Number(m[2]);
    const right = m[3] ? columnNumber(m[3]) : left;
    const bottom = m[4] ? Number(m[4]) : top;
    if (right > left || bottom > top) out.push({ top, left, bottom, right });
  }
  return out;
}

/** Store a block's values: rows dense from column A, trailing blanks cut, the sheet ending at its last non-blank row. */
export function storeValues(p: SheetPlan, b: Block, values: unknown[][]): void {
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    let last = -1;
    const row: CellValue[] = new Array(b.col + src.length).fill(null);
    for (let c = 0; c < src.length; c++) {
      const v = cellOfExcel(src[c]);
      if (v !== null) {
        row[b.col + c] = v;
        last = b.col + c;
      }
    }
    const at = b.row + i;
    while (p.values.length < at) p.values.push(EMPTY_ROW);
    if (last < 0) {
      p.values[at] = EMPTY_ROW;
      continue;
    }
    row.length = last + 1;
    p.values[at] = row;
  }
  let end = p.values.length;
  while (end > 0 && p.values[end - 1].length === 0) end--;
  p.values.length = end;
}

/** Note the number format of each number cell of a block (read with its values, in the same request). */
export function storeNumberFormats(p: SheetPlan, b: Block, values: unknown[][], formats: unknown[][]): void {
  const runs = (p.numberFormats ??= new NumberFormatRuns());
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const fmt = formats[i];
    for (let c = 0; c < src.length; c++) {
      const v = src[c];
      if (typeof v !== "number" || !Number.isFinite(v)) continue;
      const code = fmt?.[c];
      runs.add(b.row + i + 1, b.col + c + 1, typeof code === "string" ? code : null);
    }
  }
}

export function columnHasText(p: SheetPlan, col: number): boolean {
  return p.values.some((row) => typeof row[col] === "string");
}

/** Record the text cells of a one-column block whose own font is a legacy one. */
export function storeCellFonts(p: SheetPlan, b: Block, props: Excel.CellProperties[][]): void {
  for (let i = 0; i < props.length; i++) {
    const name = props[i][0]?.format?.font?.name;
    const row = b.row + i;
    if (typeof name === "string" && isLegacyFontName(name) && typeof p.values[row]?.[b.col] === "string") p.legacyFonts[a1(row + 1, b.col + 1)] = name;
  }
}

/** Text cells in a sheet-wide or column-wide legacy font. */
export function applyUniformFonts(p: SheetPlan): void {
  const used = p.used;
  if (!used) return;
  const fontOf = (col: number): string | null => (p.font !== null ? p.font : (p.columnFonts?.[col - used.col] ?? null));
  if (p.font !== null && !isLegacyFontName(p.font)) return;
  if (p.font === null && !p.columnFonts?.some((f) => isLegacyFontName(f))) return;
  p.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== "string") continue;
      const f = fontOf(c);
      if (f !== null && isLegacyFontName(f)) p.legacyFonts[a1(r + 1, c + 1)] = f;
    }
  });
}
