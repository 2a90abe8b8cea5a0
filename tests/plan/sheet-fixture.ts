import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import type { SheetSpec } from "../../src/core/report/sheet-spec";

/** A written sheet as the readers see it: the spec's values on a grid, its merges. */
export function snapshotOfSpec(spec: SheetSpec): SheetSnapshot {
  const values: CellValue[][] = [];
  for (const c of spec.cells) {
    const row = (values[c.row - 1] ??= []);
    while (row.length < c.col) row.push(null);
    const v = c.value;
    row[c.col - 1] = v !== null && typeof v === "object" ? (v.result ?? null) : v;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { name: spec.name, values, merges: spec.merges.map((m) => ({ ...m })) };
}

/** A sheet from rows of cells (row 1 first), with optional merges. */
export function sheetOf(name: string, rows: CellValue[][], merges: SheetSnapshot["merges"] = []): SheetSnapshot {
  return { name, values: rows, merges };
}
