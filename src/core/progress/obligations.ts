import type { PlanModel } from "../plan/model";
import { dayOf, endOfMonth, parseIsoDay, yearOf, type Day } from "../time/days";

/** Something the plan owes: one (task, year), or one task for the whole period (docs/design.md#progress). */
export interface Obligation {
  taskId: string;
  /** null: a once task, owed once for the whole period. */
  year: number | null;
  /** First day an activity can count: 1 January, the window's start, or the period's start. */
  start: Day;
  /** Last day to get it done: 31 December, the window's end, or the period's end. */
  due: Day;
  /**
   * Which of the year's obligations of the task: the quarter (1–4), the half (1–2), or the window
   * of a campaign held several times a year (1…). Absent when the task owes one a year.
   */
  part?: number;
}

/**
 * Every obligation of the plan, in plan order then year: annual tasks one per year (due 31/12),
 * quarterly and half-yearly tasks one per quarter or half (due at its last day), campaigns one per
 * window and year (due at the window's end), once tasks one for the period (due at their deadline,
 * else the period's end). As-needed tasks and groups owe nothing. Obligations before the plan took
 * effect are listed too: their status says "not-due".
 */
export function obligationsOf(plan: PlanModel): Obligation[] {
  const out: Obligation[] = [];
  for (const task of plan.tasks) {
    switch (task.frequency) {
      case "annual":
        for (const y of plan.years) out.push({ taskId: task.id, year: y, start: dayOf(y, 1, 1), due: dayOf(y, 12, 31) });
        break;
      case "quarterly":
      case "half-yearly": {
        const months = task.frequency === "quarterly" ? 3 : 6;
        for (const y of plan.years) {
          for (let k = 0; k * months < 12; k++) {
            out.push({ taskId: task.id, year: y, start: dayOf(y, k * months + 1, 1), due: endOfMonth(y, (k + 1) * months), part: k + 1 });
          }
        }
        break;
      }
      case "campaign":
        for (const y of plan.years) {
          const ws = plan.windowsIn(task, y);
          ws.forEach((w, k) => out.push({ taskId: task.id, year: y, start: w.start, due: w.end, ...(ws.length > 1 ? { part: k + 1 } : {}) }));
        }
        break;
      case "once": {
        const deadline = task.deadline ? parseIsoDay(task.deadline) : null;
        out.push({ taskId: task.id, year: null, start: plan.periodStart, due: deadline ?? plan.periodEnd });
        break;
      }
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
