import type { PlanModel } from "../../../core/plan/model";
import type { Task } from "../../../core/plan/schema";
import { obligationYear, type ObligationStatus } from "../../../core/progress";

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
