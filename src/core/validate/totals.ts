import { parseNumberCell } from "../read/numbers";
import { NUMBER_FIELDS, type NumberField, type TotalRow, type TrackingTable } from "../read/types";
import { isExcelError } from "../snapshot";
import type { RuleMessages } from "../i18n/rules-messages";
import type { Columns, Finding, Rule, RowRule } from "./rule";
import { cellOf, findingAt, isBlankCell, isFiniteNumber } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const TOTAL_DESCRIPTORS = {
  totalMismatch: { code: "total-mismatch", severity: "error", family: "totals", listed: 22, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/**
 * A total cell's value in the activities' unit (budget in triệu đồng, like Activity.budget), and
 * the factor back to the unit the user reads in the sheet; null when blank or not a number.
 */
function totalOf(table: TrackingTable, t: TotalRow, f: NumberField): { value: number; toSheet: number } | null {
  const v = t.raw[f];
  if (v === undefined || isBlankCell(v) || isExcelError(v)) return null;
  const p = parseNumberCell(v);
  if (!p || !p.ok || !Number.isFinite(p.value)) return null;
  if (f !== "budget") return { value: p.value, toSheet: 1 };
  // A cell that names its own money unit ("15 triệu") overrides the header's.
  if (p.unitScale !== undefined) return { value: p.value * p.unitScale, toSheet: 1 };
  const scale = table.budgetScale > 0 ? table.budgetScale : 1;
  return { value: p.value * scale, toSheet: 1 / scale };
}

function checkTotal(table: TrackingTable, t: TotalRow, cols: Columns, msg: RuleMessages, out: Finding[]): void {
  const covered = table.activities.slice(Math.max(0, t.from), Math.max(0, t.to));
  for (const f of NUMBER_FIELDS) {
    if (cols[f] === undefined) continue;
    const total = totalOf(table, t, f);
    if (total === null) continue;
    let sum = 0;
    let readable = true;
    for (const a of covered) {
      const v = a[f];
      if (isFiniteNumber(v)) sum += v;
      // A covered cell that cannot be read (reported by its own rule) leaves the sum unknown.
      else if (!isBlankCell(a.raw[f])) readable = false;
    }
    if (!readable) continue;
    // Floating point, and the reader's rounding of each budget to the đồng (1e-6 triệu).
    const tolerance = 1e-9 * Math.max(1, Math.abs(sum), Math.abs(total.value)) + (f === "budget" ? 1e-6 * (covered.length + 1) : 0);
    if (Math.abs(total.value - sum) <= tolerance) continue;
    const shownTotal = total.value * total.toSheet;
    const message = msg.totalMismatch({
      cell: cellOf(t, cols[f]),
      field: f,
      total: shownTotal,
      sum: sum * total.toSheet,
      fromRow: covered.length > 0 ? covered[0].row : t.row,
      toRow: covered.length > 0 ? covered[covered.length - 1].row : t.row,
    });
    out.push(findingAt(t, cols[f], message, shownTotal));
  }
}

/** A "Tổng cộng" row whose figure differs from the sum of the rows it covers (TotalRow.from/to). */
export const totalMismatch: RowRule = {
  ...TOTAL_DESCRIPTORS.totalMismatch,
  rows: ({ msg }) => ({ total: (t, table, cols, out) => checkTotal(table, t, cols, msg, out) }),
};

export const TOTAL_RULES: readonly Rule[] = [totalMismatch];
