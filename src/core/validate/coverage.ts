import { isCancelled } from "../progress/completion";
import type { ObligationStatus } from "../progress/statuses";
import { campaignOf } from "../progress/windows";
import type { Activity } from "../read/types";
import { viDateOf } from "../time/days";
import type { YearPart } from "../i18n/rules-messages";
import type { DataRule, Rule, RuleContext } from "./rule";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const COVERAGE_DESCRIPTORS = {
  missingTaskYear: { code: "missing-task-year", severity: "error", family: "coverage", listed: 25, report: "progress" },
  missingCampaign: { code: "missing-campaign", severity: "error", family: "coverage", listed: 26, report: "progress" },
  missingOnceTask: { code: "missing-once-task", severity: "error", family: "coverage", listed: 27, report: "progress" },
} as const satisfies Record<string, RuleDescriptor>;

function titleOf(ctx: RuleContext, taskId: string): string {
  const t = ctx.plan.task(taskId);
  return t ? (t.shortTitle ?? t.title) : taskId;
}

function frequencyOf(ctx: RuleContext, s: ObligationStatus): string | undefined {
  return ctx.plan.task(s.taskId)?.frequency;
}

/** Without any tracking table, no-tracking-table is the one thing to say: no coverage issues. */
function hasData(ctx: RuleContext): boolean {
  return ctx.data.tables.length > 0;
}

/**
 * Coverage rules report obligations that are overdue: past their due day (31/12 of the year, the
 * window's end) with nothing completed. On the due day itself an obligation is still open.
 */
function overdue(ctx: RuleContext, frequencies: readonly string[]): ObligationStatus[] {
  if (!hasData(ctx)) return [];
  return ctx.statuses().filter((s) => {
    if (s.state !== "overdue" || s.year === null) return false;
    const f = frequencyOf(ctx, s);
    return f !== undefined && frequencies.includes(f);
  });
}

/** The quarter or half an obligation of a quarterly or half-yearly task stands for; none for a year. */
function partOfYear(ctx: RuleContext, s: ObligationStatus): YearPart | undefined {
  if (s.part === undefined) return undefined;
  const f = frequencyOf(ctx, s);
  if (f === "quarterly") return { kind: "quarter", part: s.part };
  if (f === "half-yearly") return { kind: "half", part: s.part };
  return undefined;
}

/**
 * A task owed every year, quarter or half-year with no completed activity in one that is past due:
 * reported on that obligation (its year, and its quarter or half).
 */
export const missingTaskYear: DataRule = {
  ...COVERAGE_DESCRIPTORS.missingTaskYear,
  check(ctx, out) {
    for (const s of overdue(ctx, ["annual", "quarterly", "half-yearly"])) {
      const year = s.year as number;
      const within = partOfYear(ctx, s);
      out.push({
        taskId: s.taskId,
        year,
        ...(s.part !== undefined ? { part: s.part } : {}),
        message: ctx.msg.missingTaskYear({ taskId: s.taskId, title: titleOf(ctx, s.taskId), year, open: s.activities.length, ...(within ? { within } : {}) }),
      });
    }
  },
};

/** Activities of each campaign per year, whatever their date, to tell the user about those that do not count. */
function campaignActivitiesByYear(ctx: RuleContext): Map<string, Activity[]> {
  const out = new Map<string, Activity[]>();
  for (const a of ctx.data.activities) {
    if (a.year === null || isCancelled(a)) continue;
    const c = campaignOf(a.taskId, ctx.plan);
    if (!c) continue;
    const key = `${c.id}\u0000${a.year}`;
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  return out;
}

/** A campaign with no completed activity inside its window in a year that is past due. */
export const missingCampaign: DataRule = {
  ...COVERAGE_DESCRIPTORS.missingCampaign,
  check(ctx, out) {
    const missing = overdue(ctx, ["campaign"]);
    if (missing.length === 0) return;
    const byYear = campaignActivitiesByYear(ctx);
    // Each window is its own obligation; an activity placed in another window of the campaign is not "outside".
    const placed = new Set<Activity>();
    for (const s of ctx.statuses()) if (frequencyOf(ctx, s) === "campaign") for (const a of s.activities) placed.add(a);
    for (const s of missing) {
      const year = s.year as number;
      const notPlaced = (byYear.get(`${s.taskId}\u0000${year}`) ?? []).filter((a) => !placed.has(a)).length;
      out.push({
        taskId: s.taskId,
        year,
        ...(s.part !== undefined ? { part: s.part } : {}),
        message: ctx.msg.missingCampaign({
          taskId: s.taskId,
          title: titleOf(ctx, s.taskId),
          year,
          window: `${viDateOf(s.start)}–${viDateOf(s.due)}`,
          open: s.activities.length,
          notPlaced,
        }),
      });
    }
  },
};

/** A once task not done: an error once the period is over, a warning before. */
export const missingOnceTask: DataRule = {
  ...COVERAGE_DESCRIPTORS.missingOnceTask,
  check(ctx, out) {
    if (!hasData(ctx)) return;
    for (const s of ctx.statuses()) {
      if (s.year !== null || frequencyOf(ctx, s) !== "once" || s.state === "done" || s.state === "not-due") continue;
      const over = ctx.asOf > s.due;
      out.push({
        taskId: s.taskId,
        severity: over ? "error" : "warning",
        message: ctx.msg.missingOnceTask({
          taskId: s.taskId,
          title: titleOf(ctx, s.taskId),
          from: ctx.plan.firstYear,
          to: ctx.plan.lastYear,
          due: viDateOf(s.due),
          over,
        }),
      });
    }
  },
};

export const COVERAGE_RULES: readonly Rule[] = [missingTaskYear, missingCampaign, missingOnceTask];
