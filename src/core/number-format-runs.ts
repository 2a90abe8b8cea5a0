import type { NumberFormatRun, SheetSnapshot } from "./snapshot";
import { isKeptNumberFormat } from "./text/excel-number-format";

/**
 * Builds a sheet's number-format runs as a reader meets its number cells, row by row (rows in
 * ascending order; columns in any order). A column formatted alike from top to bottom is one run,
 * so a large table costs a handful of runs, and a sheet with no formats costs nothing.
 */
export class NumberFormatRuns {
  private readonly out: NumberFormatRun[] = [];
  /** The run still open in each column. */
  private readonly open = new Map<number, NumberFormatRun>();
  /** Whether each code met is kept, decided once per code. */
  private readonly kept = new Map<string, boolean>();

  /** A number cell at 1-based row and column, with its format code (General or a date closes the column's run). */
  add(row: number, col: number, code: string | null | undefined): void {
    if (code === null || code === undefined || code === "General" || !this.keeps(code)) {
      if (this.open.size > 0) this.open.delete(col);
      return;
    }
    const run = this.open.get(col);
    if (run && run.code === code && row > run.bottom) {
      run.bottom = row;
      return;
    }
    const next = { col, top: row, bottom: row, code };
    this.out.push(next);
    this.open.set(col, next);
  }

  private keeps(code: string): boolean {
    let k = this.kept.get(code);
    if (k === undefined) this.kept.set(code, (k = isKeptNumberFormat(code)));
    return k;
  }

  /** The runs, or undefined when there are none (the snapshot then has no field). */
  runs(): NumberFormatRun[] | undefined {
    return this.out.length > 0 ? this.out : undefined;
  }
}

/** Runs by column, sorted by top, built once per runs array. */
const byColumn = new WeakMap<readonly NumberFormatRun[], Map<number, NumberFormatRun[]>>();

function indexOf(runs: readonly NumberFormatRun[]): Map<number, NumberFormatRun[]> {
  let index = byColumn.get(runs);
  if (index === undefined) {
    index = new Map();
    for (const r of runs) {
      const list = index.get(r.col);
      if (list) list.push(r);
      else index.set(r.col, [r]);
    }
    for (const list of index.values()) list.sort((a, b) => a.top - b.top);
    byColumn.set(runs, index);
  }
  return index;
}

/** The format code of the number cell at a 1-based row and column, or null (General, or unknown). */
export function numberFormatIn(runs: readonly NumberFormatRun[] | undefined, row: number, col: number): string | null {
  if (!runs || runs.length === 0) return null;
  const list = indexOf(runs).get(col);
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid] as NumberFormatRun;
    if (row < r.top) hi = mid - 1;
    else if (row > r.bottom) lo = mid + 1;
    else return r.code;
  }
  return null;
}

/** The format code of a sheet's number cell, or null. */
export function numberFormatAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  return numberFormatIn(sheet.numberFormats, row, col);
}
