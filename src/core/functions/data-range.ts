import { isExcelError, type CellValue, type WorkbookSnapshot } from "../snapshot";
import type { DataRows } from "./types";

/**
 * A `data` argument (a range as Excel passes it to a custom function) as a one-sheet workbook
 * snapshot, and a cheap key of its content so that a thousand cells over the same range share one
 * reading.
 */

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * A cell of a range argument as a snapshot cell. Blank is null: Excel passes an empty cell as "",
 * null, or — Excel on Windows, for `any` matrices — 0 (office-js issues 4702 and 5262). A 0 is read
 * as blank too: counts and budgets sum the same, and a 0 would otherwise be read as a date, a task
 * or a status in every empty cell of the table.
 */
export function cellOfArgument(v: unknown): CellValue {
  switch (typeof v) {
    case "string":
      return v === "" ? null : v;
    case "number":
      return v === 0 || !Number.isFinite(v) ? null : v;
    case "boolean":
      return v;
    case "object": {
      // An error value (allowErrorForDataTypeAny) arrives as { code: "#N/A" }-like objects.
      const code = v !== null ? (v as { code?: unknown }).code : undefined;
      return typeof code === "string" && isExcelError(code) ? code : null;
    }
    default:
      return null;
  }
}

/** The range as the only sheet of a snapshot: rows trimmed of trailing blanks, like the adapters give. */
export function snapshotOfRows(rows: DataRows, sheetName: string): WorkbookSnapshot {
  const values: CellValue[][] = [];
  let lastRow = -1;
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    let last = -1;
    const row: CellValue[] = new Array(src.length);
    for (let c = 0; c < src.length; c++) {
      const v = cellOfArgument(src[c]);
      row[c] = v;
      if (v !== null) last = c;
    }
    if (last < 0) {
      values.push(EMPTY_ROW);
      continue;
    }
    row.length = last + 1;
    values.push(row);
    lastRow = r;
  }
  values.length = lastRow + 1;
  return { sheets: [{ name: sheetName, values, merges: [] }] };
}

// Two independent 32-bit FNV-1a style hashes (different offsets and primes): a 64-bit key.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/**
 * A key of the range's content: its shape and every cell, typed (the number 1 and the text "1"
 * differ). It reads each cell once — far less than the reading and analysis it saves, and less
 * than Excel's own cost of passing the range to the function.
 */
export function contentKey(rows: DataRows): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ rows.length;
  const mix = (x: number): void => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b ^ x, 0x5bd1e995) ^ (b >>> 15);
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    mix(0x7fff0000 | row.length);
    for (let c = 0; c < row.length; c++) {
      const v = cellOfArgument(row[c]);
      if (v === null) {
        mix(1);
      } else if (typeof v === "number") {
        F64[0] = v;
        mix(2);
        mix(U32[0]);
        mix(U32[1]);
      } else if (typeof v === "boolean") {
        mix(v ? 3 : 4);
      } else {
        mix(5 + v.length * 8);
        for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
      }
    }
  }
  return `${rows.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
