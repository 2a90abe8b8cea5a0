import { columnLetter, isExcelError, type CellValue } from "../snapshot";
import { isBlankText } from "../read/numbers";
import { FIELDS, type Field } from "../read/types";
import type { Columns, Finding } from "./rule";

/** Where a row is: an activity or a total row. */
interface Located {
  sheet: string;
  row: number;
}

/**
 * Text starting with a letter or a digit is never blank: this spares almost every written cell
 * the reader's blank pattern (whose characters all lie outside these ranges).
 */
function startsWithWordChar(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x1680) || (c >= 0x1e00 && c < 0x2000);
}

/** Empty as the offices write it (and as the reader takes it): nothing, spaces, a lone dash or dots. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && !startsWithWordChar(v) && isBlankText(v);
}

/** A column number as the table gives it, when it is a real one (1-based, whole). */
export function realColumn(c: number | undefined): number | undefined {
  return typeof c === "number" && Number.isInteger(c) && c > 0 ? c : undefined;
}

function resolveColumns(columns: Partial<Record<Field, number>>): Columns {
  const out: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const c = realColumn(columns[f]);
    if (c !== undefined) out[f] = c;
  }
  return out;
}

/**
 * Resolves row columns for one run. The activities of a table share one columns object, so this
 * is one lookup per table; a Map per run (not a global cache) so that edited data is seen afresh.
 */
export function columnResolver(): (columns: Partial<Record<Field, number>>) => Columns {
  const seen = new Map<object, Columns>();
  let lastIn: object | null = null;
  let lastOut: Columns = {};
  return (columns) => {
    if (columns === lastIn) return lastOut;
    let c = seen.get(columns);
    if (c === undefined) seen.set(columns, (c = resolveColumns(columns)));
    lastIn = columns;
    lastOut = c;
    return c;
  };
}

const letters: string[] = [];

/** a1() for a real column, its letters remembered: every finding names its cell twice. */
export function addressOf(row: number, col: number): string {
  let l = letters[col];
  if (l === undefined) letters[col] = l = columnLetter(col);
  return l + String(row);
}

/** A1 address of a column's cell on the row ("" when the table has no such column). */
export function cellOf(row: Located, col: number | undefined): string {
  return col === undefined ? "" : addressOf(row.row, col);
}

/** A finding on a cell of the row (on the row alone when the column is missing). */
export function findingAt(row: Located, col: number | undefined, message: string, value?: Finding["value"]): Finding {
  return { sheet: row.sheet, row: row.row, col, value, message };
}

/**
 * Written but not understood: the cell holds something (not blank, not an Excel error, which
 * cell-error reports) and the reader could not make a value of it.
 */
export function isUnreadable(cols: Columns, raw: Partial<Record<Field, CellValue>>, field: Field, parsed: unknown): boolean {
  if (parsed !== null || cols[field] === undefined) return false;
  const v = raw[field];
  return !isBlankCell(v) && !isExcelError(v);
}

/** A value fit for Issue.value. */
export function issueValue(v: CellValue | undefined): string | number | boolean | null {
  return v === undefined ? null : v;
}

export const isFiniteNumber = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);
