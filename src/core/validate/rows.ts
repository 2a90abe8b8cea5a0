import { CONFIDENT } from "../read/task-guess";
import { FIELDS } from "../read/types";
import type { Rule } from "./rule";
import { at, cellOf, hasColumn, isBlankCell, issueValue } from "./cells";

/** A data row with content but no activity text (only where the table has an activity column). */
export const missingActivity: Rule = {
  code: "missing-activity",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      if (!hasColumn(a, "activity") || (a.activity !== null && a.activity.trim() !== "")) continue;
      const content = FIELDS.some((f) => f !== "activity" && !isBlankCell(a.raw[f]));
      if (content) yield { ...at(a, "activity"), message: msg.missingActivity({ cell: cellOf(a, "activity") }) };
    }
  },
};

/** Some ids of the plan, to show what a right one looks like. */
function exampleIds(ids: readonly string[]): string[] {
  const picks = ["II.1", "II.2.1", "III.1.1"].filter((id) => ids.includes(id));
  return picks.length > 0 ? picks : ids.slice(0, 3);
}

/** The task id cell names no task of the plan. */
export const unknownTask: Rule = {
  code: "unknown-task",
  severity: "error",
  *check({ data, plan, msg }) {
    let examples: string[] | null = null;
    for (const a of data.activities) {
      if (a.unknownTaskId === null) continue;
      examples ??= exampleIds(plan.tasks.filter((t) => t.frequency !== "group").map((t) => t.id));
      const value = issueValue(a.raw.taskId ?? a.unknownTaskId);
      const cell = cellOf(a, "taskId");
      yield { ...at(a, "taskId"), value, message: msg.unknownTask({ cell, value, examples }) };
    }
  },
};

/**
 * No task id and no heading, and the task could not be inferred with confidence. A row with no
 * activity text is left to missing-activity, a wrong id to unknown-task.
 */
export const unmappedActivity: Rule = {
  code: "unmapped-activity",
  severity: "warning",
  *check({ data, plan, msg }) {
    for (const a of data.activities) {
      if (a.unknownTaskId !== null || a.activity === null || a.activity.trim() === "") continue;
      const field = hasColumn(a, "taskId") ? "taskId" : "activity";
      const cell = hasColumn(a, "taskId") ? cellOf(a, "taskId") : null;
      if (a.taskId === null) {
        yield { ...at(a, field), message: msg.unmappedActivity({ row: a.row, cell }) };
      } else if (a.taskSource === "guess" && !(a.taskConfidence >= CONFIDENT)) {
        const task = plan.task(a.taskId);
        const title = task ? (task.shortTitle ?? task.title) : a.taskId;
        yield { ...at(a, field), message: msg.uncertainTask({ row: a.row, cell, guess: a.taskId, title }) };
      }
    }
  },
};

export const ROW_RULES: readonly Rule[] = [missingActivity, unknownTask, unmappedActivity];
