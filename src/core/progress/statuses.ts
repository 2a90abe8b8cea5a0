import type { PlanModel } from "../plan/model";
import { tracksYear } from "../read/book-years";
import type { Activity, TrackingData } from "../read/types";
import type { Day } from "../time/days";
import { CONFIDENT } from "../read/task-guess";
import { isCancelled, isCompleted, spanOf } from "./completion";
import { isBeforePlan, obligationsOf, type Obligation } from "./obligations";
import { placeInWindow } from "./windows";

export type ObligationState = "done" | "in-progress" | "not-started" | "overdue" | "not-due";

export interface ObligationStatus extends Obligation {
  state: ObligationState;
  /** Non-cancelled activities mapped to the obligation, in sheet and row order. */
  activities: Activity[];
  /** Those of them completed as of the as-of day. */
  completed: Activity[];
}

/**
 * The state of an obligation at an as-of day. Precedence: not-due (its window ended before the
 * plan took effect, whatever was done), done, overdue (the as-of day is after the due day; on the
 * due day itself it is still open), in-progress (something mapped, nothing completed), not-started.
 */
export function stateOf(o: Obligation, activities: Activity[], completed: Activity[], plan: PlanModel, asOf: Day): ObligationState {
  if (isBeforePlan(o, plan)) return "not-due";
  if (completed.length > 0) return "done";
  if (asOf > o.due) return "overdue";
  return activities.length > 0 ? "in-progress" : "not-started";
}

/**
 * The test of whether an activity counts for an obligation of its task (or an ancestor's), made
 * once per obligation: same year for an annual task, a year inside the period for a once task,
 * dated inside the window for a campaign (see placeInWindow: a date known only by its year or
 * quarter does not count), dated inside the quarter or half for those tasks (a date known only by
 * its year does not show which).
 */
function mapsTo(o: Obligation, plan: PlanModel): (a: Activity) => boolean {
  const task = plan.task(o.taskId);
  if (!task) return () => false;
  if (task.frequency === "campaign") {
    const w = { start: o.start, end: o.due };
    return (a) => placeInWindow(spanOf(a), w) === "inside";
  }
  if (task.frequency === "quarterly" || task.frequency === "half-yearly") {
    return (a) => {
      const span = spanOf(a);
      return span !== null && span.precision !== "year" && span.start >= o.start && span.start <= o.due;
    };
  }
  const year = o.year;
  if (year === null) {
    const first = plan.firstYear;
    const last = plan.lastYear;
    return (a) => a.year !== null && a.year >= first && a.year <= last;
  }
  return (a) => a.year === year;
}

/**
 * The non-cancelled activities under each task that owes something, in sheet and row order: one
 * pass over the activities, each task id matched against the owing tasks once.
 */
function activitiesUnder(data: TrackingData, plan: PlanModel, owing: ReadonlySet<string>): Map<string, Activity[]> {
  const under = new Map<string, Activity[]>();
  for (const id of owing) under.set(id, []);
  const listsOf = new Map<string, Activity[][]>();
  for (const a of data.activities) {
    // An uncertain guess does not make an obligation done: unmapped-activity asks the user to confirm it.
    if (a.taskId === null || isCancelled(a) || (a.taskSource === "guess" && a.taskConfidence < CONFIDENT)) continue;
    let lists = listsOf.get(a.taskId);
    if (lists === undefined) {
      lists = [];
      for (const [id, list] of under) if (plan.inScope(a.taskId, id)) lists.push(list);
      listsOf.set(a.taskId, lists);
    }
    for (const list of lists) list.push(a);
  }
  return under;
}

/** Activities by year, in their order: annual obligations take their year's, one pass per task. */
function byYear(activities: readonly Activity[]): Map<number, Activity[]> {
  const out = new Map<number, Activity[]>();
  for (const a of activities) {
    if (a.year === null) continue;
    const list = out.get(a.year);
    if (list) list.push(a);
    else out.set(a.year, [a]);
  }
  return out;
}

/** Every obligation of the plan with its state at the as-of day and the activities that count for it. */
export function obligationStatuses(data: TrackingData, plan: PlanModel, asOf: Day): ObligationStatus[] {
  const obligations = obligationsOf(plan);
  const under = activitiesUnder(data, plan, new Set(obligations.map((o) => o.taskId)));
  const yearsOf = new Map<string, Map<number, Activity[]>>();
  return obligations.map((o) => {
    const all = under.get(o.taskId) as Activity[];
    let activities: Activity[];
    if (o.year !== null && plan.task(o.taskId)?.frequency === "annual") {
      let years = yearsOf.get(o.taskId);
      if (!years) yearsOf.set(o.taskId, (years = byYear(all)));
      activities = years.get(o.year)?.slice() ?? [];
    } else {
      activities = all.filter(mapsTo(o, plan));
    }
    const completed = activities.filter((a) => isCompleted(a, asOf));
    let state = stateOf(o, activities, completed, plan, asOf);
    // A year the book does not track ("SỔ THEO DÕI … NĂM 2023–2025", --years) is outside its progress,
    // done or not: progress is for the book's years. Its activities still count in the figures.
    if (o.year !== null && !tracksYear(data.bookYears, o.year)) state = "not-due";
    return { ...o, state, activities, completed };
  });
}
