import { FakeApiError } from "./errors";
import { MAX_COLS, MAX_ROWS, type Box } from "./model";

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B2", "A1:C3", "A:A", "1:3" (0-based, inclusive). */
export function parseAddress(address: string): Box {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
  if (m) {
    const top = Number(m[2]) - 1;
    const left = colIndex(m[1]);
    return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left };
  }
  const col = /^([A-Z]+):([A-Z]+)$/i.exec(ref);
  if (col) return { top: 0, left: colIndex(col[1]), bottom: MAX_ROWS - 1, right: colIndex(col[2]) };
  const row = /^(\d+):(\d+)$/.exec(ref);
  if (row) return { top: Number(row[1]) - 1, left: 0, bottom: Number(row[2]) - 1, right: MAX_COLS - 1 };
  throw new FakeApiError("InvalidArgument", `bad address ${address}`);
}

export function a1Of(b: Box): string {
  const a = `${colLetters(b.left)}${b.top + 1}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${colLetters(b.right)}${b.bottom + 1}`;
}
