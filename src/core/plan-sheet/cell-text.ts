import type { CellValue } from "../snapshot";
import { cleanText } from "../text/normalize";

/** A cell as text: cleaned (white space, NFC), a number as written; "" for a blank. */
export function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? cleanText(v) : String(v);
}

/** "a; b" or lines: the items, cleaned, without blanks. */
export function splitList(s: string): string[] {
  return s
    .split(/[;\n]/)
    .map((x) => cleanText(x))
    .filter((x) => x !== "");
}
