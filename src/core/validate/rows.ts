import { CONFIDENT } from "../read/task-guess";
import { FIELDS } from "../read/types";
import type { Rule, RowRule } from "./rule";
import { cellOf, findingAt, isBlankCell, issueValue } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const ROW_DESCRIPTORS = {
  missingActivity: { code: "missing-activity", severity: "error", family: "rows", listed: 4, report: "data-problem" },
  unknownTask: { code: "unknown-task", severity: "error", family: "rows", listed: 5, report: "data-problem" },
  unmappedActivity: { code: "unmapped-activity", severity: "warning", family: "rows", listed: 6, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

const hasText = (s: string | null): s is string => s !== null && s.trim() !== "";

/** A data row with content but no activity text (only where the table has an activity column). */
export const missingActivity: RowRule = {
  ...ROW_DESCRIPTORS.missingActivity,
  rows: ({ msg }) => ({
    activity(a, cols, out) {
      if (cols.activity === undefined || hasText(a.activity)) return;
      const content = FIELDS.some((f) => f !== "activity" && !isBlankCell(a.raw[f]));
      if (content) out.push(findingAt(a, cols.activity, msg.missingActivity({ cell: cellOf(a, cols.activity) })));
    },
  }),
};

/** Some ids of the plan, to show what a right one looks like. */
function exampleIds(ids: readonly string[]): string[] {
  const picks = ["II.1", "II.2.1", "III.1.1"].filter((id) => ids.includes(id));
  return picks.length > 0 ? picks : ids.slice(0, 3);
}

/** The task id cell names no task of the plan. */
export const unknownTask: RowRule = {
  ...ROW_DESCRIPTORS.unknownTask,
  rows({ plan, msg }) {
    let examples: string[] | null = null;
    return {
      activity(a, cols, out) {
        if (a.unknownTaskId === null) return;
        examples ??= exampleIds(plan.tasks.filter((t) => t.frequency !== "group").map((t) => t.id));
        const value = issueValue(a.raw.taskId ?? a.unknownTaskId);
        out.push(findingAt(a, cols.taskId, msg.unknownTask({ cell: cellOf(a, cols.taskId), value, examples }), value));
      },
    };
  },
};

/**
 * No task id and no heading, and the task could not be inferred with confidence. A row with no
 * activity text is left to missing-activity, a wrong id to unknown-task; a row whose task the user
 * confirmed (or said it has none) is settled.
 */
export const unmappedActivity: RowRule = {
  ...ROW_DESCRIPTORS.unmappedActivity,
  rows: ({ plan, msg }) => ({
    activity(a, cols, out) {
      // The user said which task (or that it is none): nothing left to ask.
      if (a.unknownTaskId !== null || !hasText(a.activity) || a.taskSource === "confirmed") return;
      const uncertain = a.taskId !== null && a.taskSource === "guess" && !(a.taskConfidence >= CONFIDENT);
      if (a.taskId !== null && !uncertain) return;
      const col = cols.taskId ?? cols.activity;
      const cell = cols.taskId !== undefined ? cellOf(a, cols.taskId) : null;
      if (a.taskId === null) {
        out.push(findingAt(a, col, msg.unmappedActivity({ row: a.row, cell })));
      } else {
        const task = plan.task(a.taskId);
        const title = task ? (task.shortTitle ?? task.title) : a.taskId;
        out.push(findingAt(a, col, msg.uncertainTask({ row: a.row, cell, guess: a.taskId, title })));
      }
    },
  }),
};

export const ROW_RULES: readonly Rule[] = [missingActivity, unknownTask, unmappedActivity];
