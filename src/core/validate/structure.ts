import { isExcelError, type CellValue } from "../snapshot";
import { FIELDS, type Field } from "../read/types";
import type { MissingColumnKind, RuleMessages } from "../i18n/rules-messages";
import type { Severity } from "./issue";
import type { Columns, DataRule, Finding, Rule, RowRule } from "./rule";
import { cellOf, findingAt } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const STRUCTURE_DESCRIPTORS = {
  noTrackingTable: { code: "no-tracking-table", severity: "error", family: "structure", listed: 1, report: "data-problem" },
  missingColumn: { code: "missing-column", severity: "error", family: "structure", listed: 2, report: "data-problem" },
  cellError: { code: "cell-error", severity: "error", family: "structure", listed: 3, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/** The workbook has no recognisable tracking table. */
export const noTrackingTable: DataRule = {
  ...STRUCTURE_DESCRIPTORS.noTrackingTable,
  check({ data, msg }, out) {
    if (data.tables.length === 0) out.push({ message: msg.noTrackingTable({ sheets: data.sheetsRead }) });
  },
};

const REQUIRED: ReadonlyArray<{ kind: MissingColumnKind; severity: Severity; present: (c: Partial<Record<string, number>>) => boolean }> = [
  { kind: "activity", severity: "error", present: (c) => c.activity !== undefined },
  { kind: "dateOrYear", severity: "error", present: (c) => c.date !== undefined || c.year !== undefined },
  { kind: "participants", severity: "warning", present: (c) => c.participants !== undefined },
  { kind: "female", severity: "warning", present: (c) => c.female !== undefined },
];

/** A required field has no column: activity, date-or-year (errors); participants, female (warnings). */
export const missingColumn: DataRule = {
  ...STRUCTURE_DESCRIPTORS.missingColumn,
  check({ data, msg }, out) {
    for (const t of data.tables) {
      for (const r of REQUIRED) {
        if (r.present(t.columns)) continue;
        out.push({
          message: msg.missingColumn({ sheet: t.sheet, headerRow: t.headerRow, kind: r.kind }),
          sheet: t.sheet,
          row: t.headerRow,
          severity: r.severity,
        });
      }
    }
  },
};

/** Any Excel error among the row's cells: for-in over rows of one shape is the cheapest scan. */
function hasExcelError(raw: Partial<Record<Field, CellValue>>): boolean {
  for (const f in raw) if (isExcelError(raw[f as Field])) return true;
  return false;
}

function errorCells(row: { sheet: string; row: number; raw: Partial<Record<Field, CellValue>> }, cols: Columns, msg: RuleMessages, out: Finding[]): void {
  if (!hasExcelError(row.raw)) return;
  for (const f of FIELDS) {
    const v = row.raw[f];
    if (!isExcelError(v) || cols[f] === undefined) continue;
    out.push(findingAt(row, cols[f], msg.cellError({ cell: cellOf(row, cols[f]), field: f, value: v }), v));
  }
}

/**
 * A field cell (of an activity or a total row) holds an Excel error. The runner then drops every
 * other issue on that cell: the error is the one thing to fix there.
 */
export const cellError: RowRule = {
  ...STRUCTURE_DESCRIPTORS.cellError,
  rows: ({ msg }) => ({
    activity: (a, cols, out) => errorCells(a, cols, msg, out),
    total: (t, _table, cols, out) => errorCells(t, cols, msg, out),
  }),
};

export const STRUCTURE_RULES: readonly Rule[] = [noTrackingTable, missingColumn, cellError];
