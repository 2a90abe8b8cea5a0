import { functionMessages } from "../i18n/function-messages";
import type { Task } from "../plan/schema";
import { yearOf } from "../time/days";
import { param, planFunction } from "./declaration";
import type { FunctionContext, TaskField } from "./types";

/** The functions over the plan itself (docs/design.md#functions): a fact about a task, the task table, the campaign of a day. */

function fact(task: Task, field: TaskField, ctx: FunctionContext): string {
  switch (field) {
    case "short":
      return task.shortTitle ?? task.title;
    case "lead":
      return task.lead;
    case "frequency":
      return functionMessages(ctx.locale).frequency({ frequency: task.frequency });
    case "window":
      // Campaigns only; as the plan writes it, "15/11 - 15/12". Other tasks: blank.
      return (task.windows ?? []).map((w) => `${w.start} - ${w.end}`).join("; ");
    default:
      return task.title;
  }
}

const TASK = planFunction({
  name: "TASK",
  params: [param("task", "task", false), param("field", "field")],
  result: "scalar",
  uses: "plan",
  impl: (a, ctx) => {
    const task = ctx.plan.task(a.task);
    return task ? fact(task, a.field, ctx) : "";
  },
});

const TASKS = planFunction({
  name: "TASKS",
  params: [param("scope", "scope")],
  result: "matrix",
  uses: "plan",
  // A header row, then one row per task of the scope: id, short title, frequency, lead, campaign
  // window ("" for other tasks: a blank in a spilled array is "", never null).
  impl: (a, ctx) => {
    const header = functionMessages(ctx.locale).tasksHeader({}).split("|");
    const rows = ctx.plan.tasks
      .filter((t) => ctx.plan.inScope(t.id, a.scope))
      .map((t) => [t.id, fact(t, "short", ctx), fact(t, "frequency", ctx), t.lead, fact(t, "window", ctx)].map((s) => s ?? ""));
    return [header, ...rows];
  },
});

const CAMPAIGN = planFunction({
  name: "CAMPAIGN",
  params: [param("date", "date", false)],
  result: "scalar",
  uses: "plan",
  impl: (a, ctx) => {
    if (a.date === null) return "";
    const y = yearOf(a.date);
    // A window may run over New Year: look at the window that started the year before too.
    const t = ctx.plan.campaignAt(a.date, y) ?? ctx.plan.campaignAt(a.date, y - 1);
    return t?.id ?? "";
  },
});

export const PLAN_FUNCTIONS = [TASK, TASKS, CAMPAIGN] as const;
