import type { PlanModel } from "../plan/model";
import { dayOf, yearOf, type Day } from "../time/days";

/** Something the plan owes: one (task, year), or one task for the whole period (docs/design.md#progress). */
export interface Obligation {
  taskId: string;
  /** null: a once task, owed once for the whole period. */
  year: number | null;
  /** First day an activity can count: 1 January, the window's start, or the period's start. */
  start: Day;
  /** Last day to get it done: 31 December, the window's end, or the period's end. */
  due: Day;
}

/**
 * Every obligation of the plan, in plan order then year: annual tasks one per year (due 31/12),
 * campaigns one per year (due at the window's end), once tasks one for the period (due at its end).
 * As-needed tasks and groups owe nothing. Obligations before the plan took effect are listed too:
 * their status says "not-due".
 */
export function obligationsOf(plan: PlanModel): Obligation[] {
  const out: Obligation[] = [];
  for (const task of plan.tasks) {
    switch (task.frequency) {
      case "annual":
        for (const y of plan.years) out.push({ taskId: task.id, year: y, start: dayOf(y, 1, 1), due: dayOf(y, 12, 31) });
        break;
      case "campaign":
        for (const y of plan.years) {
          const w = plan.windowIn(task, y);
          if (w) out.push({ taskId: task.id, year: y, start: w.start, due: w.end });
        }
        break;
      case "once":
        out.push({ taskId: task.id, year: null, start: plan.periodStart, due: plan.periodEnd });
        break;
      default:
        break;
    }
  }
  return out;
}

/** The year an obligation is reported under: its own, or for a once task the year it falls due. */
export function obligationYear(o: Obligation): number {
  return o.year ?? yearOf(o.due);
}

/** Not owed at all: its window (or year) ended before the plan took effect. */
export function isBeforePlan(o: Obligation, plan: PlanModel): boolean {
  return o.due < plan.effectiveDay;
}
