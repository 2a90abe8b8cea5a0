import { a1, isExcelError, type CellValue } from "../snapshot";
import { isBlankText } from "../read/numbers";
import type { Activity, Field, TotalRow } from "../read/types";
import type { Finding } from "./rule";

/** Empty as the offices write it (and as the reader takes it): nothing, spaces, a lone dash or dots. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && isBlankText(v);
}

/** The 1-based column of a field in a row, when the table has it. */
export function colOf(row: Activity | TotalRow, field: Field): number | undefined {
  const c = row.columns[field];
  return typeof c === "number" && Number.isInteger(c) && c > 0 ? c : undefined;
}

export function hasColumn(row: Activity | TotalRow, field: Field): boolean {
  return colOf(row, field) !== undefined;
}

export function rawOf(row: Activity | TotalRow, field: Field): CellValue | undefined {
  return row.raw[field];
}

/** A1 address of a field's cell on the row ("" when the table has no such column). */
export function cellOf(row: Activity | TotalRow, field: Field): string {
  const c = colOf(row, field);
  return c === undefined ? "" : a1(row.row, c);
}

/** The location of a field's cell, to spread into a finding. */
export function at(row: Activity | TotalRow, field: Field): Pick<Finding, "sheet" | "row" | "col"> {
  return { sheet: row.sheet, row: row.row, col: colOf(row, field) };
}

/**
 * Written but not understood: the cell holds something (not blank, not an Excel error, which
 * cell-error reports) and the reader could not make a value of it.
 */
export function isUnreadable(row: Activity | TotalRow, field: Field, parsed: unknown): boolean {
  if (!hasColumn(row, field)) return false;
  const v = rawOf(row, field);
  return parsed === null && !isBlankCell(v) && !isExcelError(v);
}

/** A value fit for Issue.value. */
export function issueValue(v: CellValue | undefined): string | number | boolean | null {
  return v === undefined ? null : v;
}

export const isFiniteNumber = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);
