import type { PlanModel } from "../plan/model";
import type { Day } from "../time/days";
import { obligationYear } from "./obligations";
import type { ObligationStatus } from "./statuses";

/**
 * Whether an obligation counts in the denominator of progress at the as-of day: it must be owed
 * (not "not-due") and either due on or before the as-of day, or already done — a task done ahead
 * of its due day counts as done and as due, so progress never exceeds 1.
 */
export function countsAsDue(s: ObligationStatus, asOf: Day): boolean {
  if (s.state === "not-due") return false;
  return s.due <= asOf || s.state === "done";
}

/** Done and due obligations of a scope and year, and their ratio (null when nothing is due). */
export interface ProgressCount {
  done: number;
  due: number;
  ratio: number | null;
}

/**
 * Done obligations and obligations due by the as-of day (see countsAsDue), within a scope ("" is
 * the whole plan; a group id covers its descendants) and a year (null: the whole period; a once
 * task belongs to the year it falls due).
 */
export function progressCountOf(
  statuses: readonly ObligationStatus[],
  plan: PlanModel,
  scope: string,
  year: number | null,
  asOf: Day,
): ProgressCount {
  let due = 0;
  let done = 0;
  for (const s of statuses) {
    if (!plan.inScope(s.taskId, scope)) continue;
    if (year !== null && obligationYear(s) !== year) continue;
    if (!countsAsDue(s, asOf)) continue;
    due++;
    if (s.state === "done") done++;
  }
  return { done, due, ratio: due === 0 ? null : done / due };
}

/** Done ÷ due (see progressCountOf). Null when nothing is due: no progress, neither 0 nor 100 %. */
export function progressOf(
  statuses: readonly ObligationStatus[],
  plan: PlanModel,
  scope: string,
  year: number | null,
  asOf: Day,
): number | null {
  return progressCountOf(statuses, plan, scope, year, asOf).ratio;
}
