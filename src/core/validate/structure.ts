import { isExcelError } from "../snapshot";
import { FIELDS, type Activity, type TotalRow } from "../read/types";
import type { MissingColumnKind } from "../i18n/rules-messages";
import type { Severity } from "./issue";
import type { Finding, Rule, RuleContext } from "./rule";
import { at, cellOf, colOf } from "./cells";

/** The workbook has no recognisable tracking table. */
export const noTrackingTable: Rule = {
  code: "no-tracking-table",
  severity: "error",
  *check({ data, msg }) {
    if (data.tables.length === 0) yield { message: msg.noTrackingTable({ sheets: data.sheetsRead }) };
  },
};

const REQUIRED: ReadonlyArray<{ kind: MissingColumnKind; severity: Severity; present: (c: Partial<Record<string, number>>) => boolean }> = [
  { kind: "activity", severity: "error", present: (c) => c.activity !== undefined },
  { kind: "dateOrYear", severity: "error", present: (c) => c.date !== undefined || c.year !== undefined },
  { kind: "participants", severity: "warning", present: (c) => c.participants !== undefined },
  { kind: "female", severity: "warning", present: (c) => c.female !== undefined },
];

/** A required field has no column: activity, date-or-year (errors); participants, female (warnings). */
export const missingColumn: Rule = {
  code: "missing-column",
  severity: "error",
  *check({ data, msg }) {
    for (const t of data.tables) {
      for (const r of REQUIRED) {
        if (r.present(t.columns)) continue;
        yield {
          message: msg.missingColumn({ sheet: t.sheet, headerRow: t.headerRow, kind: r.kind }),
          sheet: t.sheet,
          row: t.headerRow,
          severity: r.severity,
        };
      }
    }
  },
};

function* errorCells(row: Activity | TotalRow, ctx: RuleContext): Iterable<Finding> {
  for (const f of FIELDS) {
    if (colOf(row, f) === undefined) continue;
    const v = row.raw[f];
    if (isExcelError(v)) yield { ...at(row, f), value: v, message: ctx.msg.cellError({ cell: cellOf(row, f), field: f, value: v }) };
  }
}

/**
 * A field cell (of an activity or a total row) holds an Excel error. The runner then drops every
 * other issue on that cell: the error is the one thing to fix there.
 */
export const cellError: Rule = {
  code: "cell-error",
  severity: "error",
  *check(ctx) {
    for (const t of ctx.data.tables) {
      for (const a of t.activities) yield* errorCells(a, ctx);
      for (const total of t.totals) yield* errorCells(total, ctx);
    }
  },
};

export const STRUCTURE_RULES: readonly Rule[] = [noTrackingTable, missingColumn, cellError];
