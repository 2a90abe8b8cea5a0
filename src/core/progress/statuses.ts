import type { PlanModel } from "../plan/model";
import type { Activity, TrackingData } from "../read/types";
import type { Day } from "../time/days";
import { isCancelled, isCompleted, spanOf } from "./completion";
import { isBeforePlan, obligationsOf, type Obligation } from "./obligations";
import { placeInWindow, windowOf } from "./windows";

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
 * Whether an activity counts for an obligation of its task (or an ancestor's): same year for an
 * annual task, a year inside the period for a once task, dated inside that year's window for a
 * campaign (see placeInWindow: a date known only by its year or quarter does not count).
 */
function mapsTo(a: Activity, o: Obligation, plan: PlanModel): boolean {
  const task = plan.task(o.taskId);
  if (!task) return false;
  if (task.frequency === "campaign") {
    if (o.year === null) return false;
    const w = windowOf(plan, task, o.year);
    return w !== null && placeInWindow(spanOf(a), w) === "inside";
  }
  if (o.year === null) return a.year !== null && a.year >= plan.years[0] && a.year <= plan.years[plan.years.length - 1];
  return a.year === o.year;
}

/** Every obligation of the plan with its state at the as-of day and the activities that count for it. */
export function obligationStatuses(data: TrackingData, plan: PlanModel, asOf: Day): ObligationStatus[] {
  // One filtered pass per task with obligations (a dozen), keeping sheet and row order.
  const subtree = new Map<string, Activity[]>();
  const activitiesUnder = (taskId: string): Activity[] => {
    let list = subtree.get(taskId);
    if (!list) {
      list = data.activities.filter((a) => a.taskId !== null && !isCancelled(a) && plan.inScope(a.taskId, taskId));
      subtree.set(taskId, list);
    }
    return list;
  };
  return obligationsOf(plan).map((o) => {
    const activities = activitiesUnder(o.taskId).filter((a) => mapsTo(a, o, plan));
    const completed = activities.filter((a) => isCompleted(a, asOf));
    return { ...o, state: stateOf(o, activities, completed, plan, asOf), activities, completed };
  });
}
