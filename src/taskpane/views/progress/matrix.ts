import type { PlanModel } from "../../../core/plan/model";
import type { Task } from "../../../core/plan/schema";
import { countsAsDue, obligationYear, type ObligationStatus } from "../../../core/progress";
import type { Day } from "../../../core/time/days";

export interface MatrixRow {
  task: Task;
  /** The obligation of each year of the plan; a once task has one, in the year it falls due. */
  cells: Array<ObligationStatus | null>;
}

/** Task × year: every task that owes something, in plan order, against the plan's years. */
export function progressMatrix(statuses: readonly ObligationStatus[], plan: PlanModel): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const task of plan.tasks) {
    const own = statuses.filter((s) => s.taskId === task.id);
    if (own.length === 0) continue;
    const cells = plan.years.map((y) => own.find((s) => obligationYear(s) === y) ?? null);
    rows.push({ task, cells });
  }
  return rows;
}

/** Done and due obligations (the fraction progress is made of), for the whole period or one year. */
export function doneOfDue(statuses: readonly ObligationStatus[], asOf: Day, year: number | null = null): { done: number; due: number } {
  let done = 0;
  let due = 0;
  for (const s of statuses) {
    if (year !== null && obligationYear(s) !== year) continue;
    if (!countsAsDue(s, asOf)) continue;
    due++;
    if (s.state === "done") done++;
  }
  return { done, due };
}
