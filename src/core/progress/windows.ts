import type { PlanModel, Window } from "../plan/model";
import type { Task } from "../plan/schema";
import type { Activity, DateSpan } from "../read/types";
import { yearOf, type Day } from "../time/days";
import { spanOf } from "./completion";

/**
 * Where a date stands against a campaign window:
 * - "inside": a day, a range or a month that overlaps the window;
 * - "outside": no day of the date touches the window;
 * - "unknown": no date, or a quarter or a year — too coarse to show the activity took place during
 *   the campaign, so it does not count for it (the rules say so and ask for the day).
 */
export type WindowPlacement = "inside" | "outside" | "unknown";

export function placeInWindow(span: DateSpan | null, w: Window): WindowPlacement {
  if (!span) return "unknown";
  if (span.end < w.start || span.start > w.end) return "outside";
  return span.precision === "year" || span.precision === "quarter" ? "unknown" : "inside";
}

const windowCache = new WeakMap<PlanModel, Map<string, Map<number, Window[]>>>();

/** plan.windowsIn, memoised: rules and statuses ask for the same few windows for every activity. */
export function windowsOf(plan: PlanModel, task: Task, year: number): Window[] {
  let byTask = windowCache.get(plan);
  if (!byTask) windowCache.set(plan, (byTask = new Map()));
  let byYear = byTask.get(task.id);
  if (!byYear) byTask.set(task.id, (byYear = new Map()));
  let w = byYear.get(year);
  if (w === undefined) byYear.set(year, (w = plan.windowsIn(task, year)));
  return w;
}

/** The campaign's first window opening in the year (see windowsOf for all of them). */
export function windowOf(plan: PlanModel, task: Task, year: number): Window | null {
  return windowsOf(plan, task, year)[0] ?? null;
}

const campaignCache = new WeakMap<PlanModel, Map<string, Task | null>>();

/** The campaign an activity belongs to: its task, or the nearest ancestor that is a campaign. */
export function campaignOf(taskId: string | null, plan: PlanModel): Task | undefined {
  if (taskId === null) return undefined;
  // Asked for every activity, of a few dozen task ids: memoised per plan (a plan never changes).
  let byId = campaignCache.get(plan);
  if (!byId) campaignCache.set(plan, (byId = new Map()));
  let c = byId.get(taskId);
  if (c === undefined) byId.set(taskId, (c = findCampaign(taskId, plan) ?? null));
  return c ?? undefined;
}

function findCampaign(taskId: string, plan: PlanModel): Task | undefined {
  let id: string | null = taskId;
  while (id) {
    const t = plan.task(id);
    if (t?.frequency === "campaign") return t;
    const cut = id.lastIndexOf(".");
    id = cut < 0 ? null : id.slice(0, cut);
  }
  return undefined;
}

/** yearOf allocates a Date; activities share a few hundred days, so their years are remembered. */
const yearMemo = new Map<Day, number>();
function yearAt(d: Day): number {
  let y = yearMemo.get(d);
  if (y === undefined) {
    if (yearMemo.size >= 100_000) yearMemo.clear();
    yearMemo.set(d, (y = yearOf(d)));
  }
  return y;
}

/**
 * An activity against every window of its campaign that it could fall in (the year before the one
 * it starts, for a window that runs over New Year, that year, and the year it ends): the best
 * placement found.
 */
export function placeActivity(a: Activity, campaign: Task, plan: PlanModel): WindowPlacement {
  const span = spanOf(a);
  if (!span) return "unknown";
  const y = yearAt(span.start);
  const last = yearAt(span.end);
  let best: WindowPlacement = "outside";
  for (let k = 0; k < 3; k++) {
    for (const w of windowsOf(plan, campaign, k === 0 ? y - 1 : k === 1 ? y : last)) {
      const p = placeInWindow(span, w);
      if (p === "inside") return p;
      if (p === "unknown") best = p;
    }
  }
  return best;
}
