import { parseNumberCell } from "../read/numbers";
import { NUMBER_FIELDS, type Activity, type NumberField, type TotalRow, type TrackingData, type TrackingTable } from "../read/types";
import { isExcelError } from "../snapshot";
import type { RuleMessages } from "../i18n/rules-messages";
import type { Columns, DataRule, Finding, Rule, RowRule } from "./rule";
import { checkSummaries } from "./summary-check";
import { cellOf, findingAt, isBlankCell, isFiniteNumber } from "./cells";
import type { RuleDescriptor } from "./descriptor";
import { inFormatOf, shownNumber } from "./shown-number";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const TOTAL_DESCRIPTORS = {
  totalMismatch: { code: "total-mismatch", severity: "error", family: "totals", listed: 22, report: "data-problem" },
  summaryMismatch: { code: "summary-mismatch", severity: "warning", family: "totals", listed: 29, report: "data-problem" },
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

/** Cells typed as text named in one message: enough to find them, short enough to read. */
const MAX_TEXT_CELLS_NAMED = 5;

/** Within floating point, and the reader's rounding of each budget to the đồng (1e-6 triệu). */
function same(a: number, b: number, f: NumberField, cells: number): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) + (f === "budget" ? 1e-6 * (cells + 1) : 0);
  return Math.abs(a - b) <= tolerance;
}

/** The stated figures of the subtotals a total may add up instead of the rows; null when one is blank or unreadable. */
function sumOfParts(table: TrackingTable, t: TotalRow, f: NumberField): number | null {
  if (!t.parts || t.parts.length === 0) return null;
  let sum = 0;
  for (const i of t.parts) {
    const part = table.totals[i];
    const v = part ? totalOf(table, part, f) : null;
    if (v === null) return null;
    sum += v.value;
  }
  return sum;
}

/**
 * The hidden rows a total closes: after the last row before its scope (the activity before it, or
 * an earlier total ending where it starts) and above the total itself.
 */
function hiddenCovered(table: TrackingTable, t: TotalRow): Activity[] {
  const hidden = table.hiddenActivities;
  if (!hidden || hidden.length === 0) return [];
  let after = t.from > 0 ? (table.activities[t.from - 1]?.row ?? table.headerRow) : table.headerRow;
  for (const other of table.totals) if (other.row < t.row && other.to <= t.from && other.row > after) after = other.row;
  return hidden.filter((a) => a.row > after && a.row < t.row);
}

/** The sum of one figure over rows (their readable numbers). */
function sumOf(rows: readonly Activity[], f: NumberField): number {
  let sum = 0;
  for (const a of rows) {
    const v = a[f];
    if (isFiniteNumber(v)) sum += v;
  }
  return sum;
}

function checkTotal(table: TrackingTable, t: TotalRow, cols: Columns, msg: RuleMessages, out: Finding[], data: TrackingData): void {
  const covered = table.activities.slice(Math.max(0, t.from), Math.max(0, t.to));
  const hidden = hiddenCovered(table, t);
  for (const f of NUMBER_FIELDS) {
    if (cols[f] === undefined) continue;
    const total = totalOf(table, t, f);
    if (total === null) continue;
    let sum = 0;
    // What Excel's SUM gives: it skips numbers typed as text ("1.500"), which the reader counts.
    let excelSum = 0;
    const textCells: string[] = [];
    let readable = true;
    for (const a of covered) {
      const v = a[f];
      if (isFiniteNumber(v)) {
        sum += v;
        if (typeof a.raw[f] === "number") excelSum += v;
        else textCells.push(cellOf(a, cols[f]));
      }
      // A covered cell that cannot be read (reported by its own rule) leaves the sum unknown.
      else if (!isBlankCell(a.raw[f])) readable = false;
    }
    if (!readable) continue;
    if (same(total.value, sum, f, covered.length)) continue;
    // Excel's SUM adds hidden rows too (SUBTOTAL(109,…) does not): either total is right.
    if (hidden.length > 0 && same(total.value, sum + sumOf(hidden, f), f, covered.length + hidden.length)) continue;
    // A year total written as the sum of its quarters' totals: a wrong quarter is reported on its own row.
    const parts = sumOfParts(table, t, f);
    if (parts !== null && same(total.value, parts, f, t.parts?.length ?? 0)) continue;
    const shownTotal = total.value * total.toSheet;
    // As the total cell shows them: its own number in its format, and the sum in that format too.
    const totalShown = shownNumber(data, t, cols[f], t.raw[f], shownTotal);
    const at = {
      cell: cellOf(t, cols[f]),
      field: f,
      total: totalShown,
      sum: inFormatOf(totalShown, sum * total.toSheet),
      fromRow: covered[0]?.row ?? t.row,
      toRow: covered.at(-1)?.row ?? t.row,
    };
    const skippedBySum = textCells.length > 0 && same(total.value, excelSum, f, covered.length);
    const message = skippedBySum ? msg.totalMismatchTextNumbers({ ...at, textCells: textCells.slice(0, MAX_TEXT_CELLS_NAMED) }) : msg.totalMismatch(at);
    out.push(findingAt(t, cols[f], message, shownTotal));
  }
}

/** A "Tổng cộng" row whose figure differs from the sum of the rows it covers (TotalRow.from/to). */
export const totalMismatch: RowRule = {
  ...TOTAL_DESCRIPTORS.totalMismatch,
  rows: ({ msg, data }) => ({ total: (t, table, cols, out) => checkTotal(table, t, cols, msg, out, data) }),
};

/** A summary sheet's figure for a task and period that differs from what the tracking data gives. */
export const summaryMismatch: DataRule = {
  ...TOTAL_DESCRIPTORS.summaryMismatch,
  check: ({ data, plan, msg }, out) => checkSummaries(data, plan, msg, out),
};

export const TOTAL_RULES: readonly Rule[] = [totalMismatch, summaryMismatch];
