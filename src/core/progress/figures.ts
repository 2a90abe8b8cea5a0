import type { PlanModel } from "../plan/model";
import type { Activity, TrackingData } from "../read/types";
import type { Day } from "../time/days";
import { isCancelled, isCompleted } from "./completion";

/** Aggregates of the activities of a scope and year. Budget in triệu đồng. */
export interface Figures {
  activities: number;
  completed: number;
  participants: number;
  female: number;
  male: number;
  ethnicMinority: number;
  budget: number;
}

function inScope(a: Activity, plan: PlanModel, scope: string): boolean {
  // The whole plan counts every activity of the sheets, even one whose task is not known.
  if (scope === "") return true;
  return a.taskId !== null && plan.inScope(a.taskId, scope);
}

const num = (n: number | null): number => (n !== null && Number.isFinite(n) ? n : 0);

/**
 * Counts over the non-cancelled activities of a scope ("" all, a group covers its descendants) and
 * a year (null: all years). People and money are summed only over activities that took place:
 * one marked not started (or postponed) reached nobody yet, whatever figures its row plans.
 * Men are the male column where given, otherwise participants minus women when both are given
 * (never below 0).
 */
export function figuresOf(data: TrackingData, plan: PlanModel, scope: string, year: number | null, asOf: Day): Figures {
  const f: Figures = { activities: 0, completed: 0, participants: 0, female: 0, male: 0, ethnicMinority: 0, budget: 0 };
  for (const a of data.activities) {
    if (isCancelled(a) || !inScope(a, plan, scope)) continue;
    if (year !== null && a.year !== year) continue;
    f.activities++;
    if (isCompleted(a, asOf)) f.completed++;
    if (a.status === "not-started") continue;
    f.participants += num(a.participants);
    f.female += num(a.female);
    f.ethnicMinority += num(a.ethnicMinority);
    f.budget += num(a.budget);
    if (a.male !== null) f.male += num(a.male);
    else if (a.participants !== null && a.female !== null) f.male += Math.max(0, num(a.participants) - num(a.female));
  }
  return f;
}
