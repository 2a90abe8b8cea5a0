/**
 * What every figure counts: one rule, used by the report forms, `bdg progress` and the BDG
 * functions alike, so that the same file and as-of date give the same numbers everywhere.
 *
 * - A number the checks mark as an error (negative, not a number, a fraction of a person, women
 *   or ethnic-minority people above the participants, an Excel error) is not counted; the other
 *   values of its row still are.
 * - Of rows the checks mark as duplicates, only the first is counted (the later ones are left out
 *   whole); in data consolidated from several workbooks, the same holds across files.
 * - A row with no readable date or year belongs to no year of the plan, so no figure counts it.
 * - Given an as-of day, a row dated after it is left out whole: figures "as of" a day count what
 *   had taken place by then, whatever the sheet already records for later.
 *
 * Everything left out is listed (sheet, cell, value, why) so that a report can say so.
 */
import { columnLetter, columnNumber, type CellValue } from "../snapshot";
import type { PlanModel } from "../plan/model";
import type { Activity, NumberField, TrackingData } from "../read/types";
import type { Issue, RuleCode } from "../validate/issue";
import type { Day } from "../time/days";
import { spanOf } from "./completion";

/** Why a value, or a whole row, was left out: the rule that flagged it, or a row outside the plan's years. */
export type LeftOutReason =
  | "negative-number"
  | "bad-number"
  | "non-integer-count"
  | "female-exceeds-total"
  | "ethnic-exceeds-total"
  | "cell-error"
  | "duplicate-activity"
  | "duplicate-across-files"
  | "no-year"
  /** Dated after the as-of day: it had not taken place by the day the figures are counted to. */
  | "after-as-of"
  /** A report by dates (half-year, Nghị định 09 cut-off) cannot tell whether the row's month, quarter or year falls in it. */
  | "date-not-placed";

export interface LeftOut {
  sheet: string;
  row: number;
  /** "F12"; "" when the table has no column for it. */
  cell: string;
  /** The field whose value was left out; null when the whole row was. */
  field: NumberField | null;
  /** The cell as written. */
  value: CellValue;
  reason: LeftOutReason;
  /** The year of the row, when it has one. */
  year: number | null;
}

export interface Counted {
  /** The tracking data as counted: flagged values emptied, later duplicates removed. */
  data: TrackingData;
  /** What was left out, in sheet and row order. */
  leftOut: LeftOut[];
  /** Each counted activity's original row (a counted copy differs from it only in emptied values). */
  original: ReadonlyMap<Activity, Activity>;
}

/** The value rules: a finding of these on a number cell means that value is not counted. */
const VALUE_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  "negative-number",
  "bad-number",
  "non-integer-count",
  "female-exceeds-total",
  "ethnic-exceeds-total",
  "cell-error",
]);

const NUMBER_FIELDS: readonly NumberField[] = ["participants", "female", "male", "ethnicMinority", "budget"];

/** "AB12" -> 28. */
function columnOfCell(cell: string): number {
  return columnNumber(cell.replace(/[^A-Za-z].*$/, "").toUpperCase());
}

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

function fieldAt(a: Activity, col: number): NumberField | null {
  for (const f of NUMBER_FIELDS) if (a.columns[f] === col) return f;
  return null;
}

function dateCell(a: Activity): { cell: string; value: CellValue } {
  const col = a.columns.date ?? a.columns.year;
  const f = a.columns.date !== undefined ? "date" : "year";
  if (col === undefined) return { cell: "", value: null };
  return { cell: `${columnLetter(col)}${a.row}`, value: a.raw[f] ?? null };
}

/** The data as every figure counts it, and what was left out (see the module comment). */
export function countedData(data: TrackingData, issues: readonly Issue[], plan: PlanModel, asOf?: Day): Counted {
  const byRow = new Map<string, Activity>();
  for (const a of data.activities) byRow.set(rowKey(a.sheet, a.row), a);
  const emptied = new Map<Activity, Map<NumberField, Issue>>();
  const duplicates = new Map<Activity, Issue>();
  for (const i of issues) {
    if (i.sheet === undefined || i.row === undefined) continue;
    const a = byRow.get(rowKey(i.sheet, i.row));
    if (!a) continue;
    if (i.rule === "duplicate-activity" || i.rule === "duplicate-across-files") {
      if (!duplicates.has(a)) duplicates.set(a, i);
      continue;
    }
    if (!VALUE_RULES.has(i.rule) || i.cell === undefined) continue;
    const f = fieldAt(a, columnOfCell(i.cell));
    if (f === null) continue;
    let m = emptied.get(a);
    if (!m) emptied.set(a, (m = new Map()));
    if (!m.has(f)) m.set(f, i);
  }

  const leftOut: LeftOut[] = [];
  const activities: Activity[] = [];
  const original = new Map<Activity, Activity>();
  for (const a of data.activities) {
    const dup = duplicates.get(a);
    if (dup) {
      leftOut.push({ sheet: a.sheet, row: a.row, cell: dup.cell ?? "", field: null, value: a.raw.activity ?? a.activity, reason: dup.rule as LeftOutReason, year: a.year });
      continue;
    }
    if (a.status !== "cancelled" && (a.year === null || !plan.years.includes(a.year))) {
      const at = dateCell(a);
      leftOut.push({ sheet: a.sheet, row: a.row, cell: at.cell, field: null, value: at.value, reason: "no-year", year: a.year });
    } else if (asOf !== undefined && a.status !== "cancelled" && (spanOf(a)?.start ?? asOf) > asOf) {
      const at = dateCell(a);
      leftOut.push({ sheet: a.sheet, row: a.row, cell: at.cell, field: null, value: at.value, reason: "after-as-of", year: a.year });
      continue;
    }
    const m = emptied.get(a);
    if (!m) {
      activities.push(a);
      original.set(a, a);
      continue;
    }
    const copy: Activity = { ...a };
    for (const [f, i] of m) {
      copy[f] = null;
      leftOut.push({ sheet: a.sheet, row: a.row, cell: i.cell ?? "", field: f, value: a.raw[f] ?? a[f], reason: i.rule as LeftOutReason, year: a.year });
    }
    activities.push(copy);
    original.set(copy, a);
  }
  return { data: { ...data, activities }, leftOut, original };
}

/** Each counting's copies by original row, made once: a report asks for every obligation's lists. */
const COPIES = new WeakMap<Counted, Map<Activity, Activity>>();

/** The counted copies of a list of original rows (a later duplicate has none, and is dropped). */
export function countedList(list: readonly Activity[], counted: Counted): Activity[] {
  let byOriginal = COPIES.get(counted);
  if (!byOriginal) {
    byOriginal = new Map<Activity, Activity>();
    for (const [copy, orig] of counted.original) byOriginal.set(orig, copy);
    COPIES.set(counted, byOriginal);
  }
  const out: Activity[] = [];
  for (const a of list) {
    const c = byOriginal.get(a);
    if (c) out.push(c);
  }
  return out;
}
