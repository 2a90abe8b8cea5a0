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
  /** Participants of the activities that recorded both the participants and the women (the base of the share of women). */
  femaleBase: number;
  /** Women of those activities. */
  femaleInBase: number;
  /** The same for ethnic-minority people. */
  ethnicBase: number;
  ethnicInBase: number;
}

/**
 * The share of women (or of ethnic-minority people) over the activities that recorded it, or null
 * when none did. With values above the participants left out (counting.ts), it never exceeds 1.
 */
export function shareOfWomen(f: Figures): number | null {
  return f.femaleBase > 0 ? Math.min(1, f.femaleInBase / f.femaleBase) : null;
}

export function shareOfEthnic(f: Figures): number | null {
  return f.ethnicBase > 0 ? Math.min(1, f.ethnicInBase / f.ethnicBase) : null;
}

export const EMPTY_FIGURES: Readonly<Figures> = {
  activities: 0,
  completed: 0,
  participants: 0,
  female: 0,
  male: 0,
  ethnicMinority: 0,
  budget: 0,
  femaleBase: 0,
  femaleInBase: 0,
  ethnicBase: 0,
  ethnicInBase: 0,
}

function inScope(a: Activity, plan: PlanModel, scope: string): boolean {
  // The whole plan counts every activity of the sheets, even one whose task is not known.
  if (scope === "") return true;
  return a.taskId !== null && plan.inScope(a.taskId, scope);
}

const num = (n: number | null): number => (n !== null && Number.isFinite(n) ? n : 0);
const given = (n: number | null): n is number => n !== null && Number.isFinite(n);

/**
 * Counts over the non-cancelled activities of a scope ("" all, a group covers its descendants) and
 * a year (null: every year of the plan; a row with no readable year is in none). Pass the data
 * as counted (countedData) so that values the checks flag are left out. People and money are summed only over activities that took place:
 * one marked not started (or postponed) reached nobody yet, whatever figures its row plans.
 * Men are the male column where given, otherwise participants minus women when both are given
 * (never below 0).
 */
export function figuresOf(data: TrackingData, plan: PlanModel, scope: string, year: number | null, asOf: Day): Figures {
  const f: Figures = { ...EMPTY_FIGURES };
  for (const a of data.activities) {
    if (isCancelled(a) || !inScope(a, plan, scope)) continue;
    if (year !== null ? a.year !== year : a.year === null || !plan.years.includes(a.year)) continue;
    f.activities++;
    if (isCompleted(a, asOf)) f.completed++;
    if (a.status === "not-started") continue;
    f.participants += num(a.participants);
    f.female += num(a.female);
    f.ethnicMinority += num(a.ethnicMinority);
    f.budget += num(a.budget);
    if (given(a.participants) && given(a.female)) {
      f.femaleBase += a.participants;
      f.femaleInBase += a.female;
    }
    if (given(a.participants) && given(a.ethnicMinority)) {
      f.ethnicBase += a.participants;
      f.ethnicInBase += a.ethnicMinority;
    }
    if (a.male !== null) f.male += num(a.male);
    else if (a.participants !== null && a.female !== null) f.male += Math.max(0, num(a.participants) - num(a.female));
  }
  return f;
}
