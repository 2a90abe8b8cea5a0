import { analyzeWorkbook, type Analysis } from "../../core/engine";
import { statusLabel } from "../../core/i18n/status-labels";
import { formatNumber } from "../../core/i18n/locale";
import { countedData, figuresOf, progressOf } from "../../core/progress";
import { isoOf, viDateOf } from "../../core/time/days";
import type { ParsedArgs } from "../args";
import { CliFailure, makeContext, planForBook, type CliContext } from "../context";
import { planJson } from "../validate-json";
import { progressText, ratioText } from "../format";
import { COMMAND_FLAGS } from "../command-flags";
import { loadWorkbook } from "../load-workbook";
import { readingJson, readingLines, readingOptionsOf } from "../reading-options";
import { exampleFor, validateCommandFor } from "../suggest";

/** What `bdg progress` is asked about: a scope ("" the whole plan) and a year (null the period). */
export interface ProgressQuery {
  scope: string;
  year: number | null;
}

export function progressQueryOf(args: ParsedArgs, ctx: CliContext): ProgressQuery {
  const { t, plan } = ctx;
  const scopeFlag = args.flags.get("scope");
  const scope = typeof scopeFlag === "string" ? scopeFlag.trim() : "";
  if (scope !== "" && !plan.hasTask(scope)) throw new CliFailure(t.badScope({ value: scope }));
  const yearFlag = args.flags.get("year");
  let year: number | null = null;
  if (yearFlag !== undefined) {
    year = Number(yearFlag);
    if (!Number.isInteger(year) || !plan.years.includes(year)) throw new CliFailure(t.badYear({ value: String(yearFlag) }));
  }
  return { scope, year };
}

/** Progress, figures and obligations of an analysis (one file's, or a consolidation's). */
function progressFacts(a: Pick<Analysis, "data" | "issues" | "statuses">, q: ProgressQuery, ctx: CliContext) {
  const { plan, asOf } = ctx;
  const progress = progressOf(a.statuses, plan, q.scope, q.year, asOf);
  // The same rule as the reports and the BDG functions: flagged values and later duplicates left out.
  const figures = figuresOf(countedData(a.data, a.issues, plan, asOf).data, plan, q.scope, q.year, asOf);
  const obligations = a.statuses.filter((s) => plan.inScope(s.taskId, q.scope) && (q.year === null || s.year === q.year || s.year === null));
  return { progress, figures, obligations };
}

/** The `--json` document of one analysis. */
export function progressJson(file: string, a: Analysis, q: ProgressQuery, ctx: CliContext): object {
  const { progress, figures, obligations } = progressFacts(a, q, ctx);
  return {
    file,
    plan: planJson(ctx.plan),
    asOf: isoOf(ctx.asOf),
    scope: q.scope,
    year: q.year,
    progress,
    byYear: a.progress.byYear,
    figures,
    obligations: obligations.map((o) => ({
      taskId: o.taskId,
      year: o.year,
      part: o.part ?? null,
      due: isoOf(o.due),
      state: o.state,
      label: statusLabel(o.state, ctx.locale),
      activities: o.activities.length,
      completed: o.completed.length,
    })),
    summary: a.summary,
    ...readingJson(a, ctx.locale),
  };
}

/** The text of one analysis; `validate` is the command that lists its errors. */
export function progressLines(file: string, a: Analysis, q: ProgressQuery, ctx: CliContext, validate: string): string[] {
  const { t, plan, asOf, locale } = ctx;
  const { scope, year } = q;
  const { progress, figures, obligations } = progressFacts(a, q, ctx);
  const lines = [
    t.fileHeader({ file }),
    t.scopeLine({ scope: scope || t.wholePlan(), year: year === null ? t.wholePeriod() : String(year) }),
    t.progressTitle({ asOf: viDateOf(asOf) }) + " " + ratioText(progress, t, locale),
    t.figures({
      activities: figures.activities,
      participants: formatNumber(figures.participants, locale),
      female: formatNumber(figures.female, locale),
      ethnic: formatNumber(figures.ethnicMinority, locale),
      budget: formatNumber(figures.budget, locale, 3),
    }),
    ...readingLines(a, locale),
    "",
  ];
  if (scope === "" && year === null) lines.push(...progressText(a.progress, t, locale), "");
  lines.push(t.statusHeader());
  for (const o of obligations) {
    const task = plan.task(o.taskId);
    // A quarterly or half-yearly task owes several obligations a year: each line names its quarter or half.
    const kind = task?.frequency === "quarterly" ? "quarter" : task?.frequency === "half-yearly" ? "half" : null;
    const period = o.year === null ? `${plan.firstYear}–${plan.lastYear}` : kind && o.part !== undefined ? t.yearPart({ kind, part: o.part, year: o.year }) : String(o.year);
    lines.push(`  ${o.taskId.padEnd(8)} ${period.padEnd(9)} ${statusLabel(o.state, locale).padEnd(16)} ${task?.shortTitle ?? task?.title ?? ""}`);
  }
  if (a.summary.errors > 0) lines.push("", t.errorsInData({ errors: a.summary.errors, validate }));
  return lines;
}

/** `bdg progress <file.xlsx>`: progress and figures of a scope and year, and the status of every obligation. */
export async function progressCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const common = await makeContext(args, COMMAND_FLAGS.progress, out);
  const { t, asOf, locale } = common;
  if (args.positional.length !== 1) throw new CliFailure(args.positional.length === 0 ? t.noFiles({ example: exampleFor("progress") }) : t.oneFileOnly());
  const file = args.positional[0];
  const book = await loadWorkbook(file, locale);
  // The workbook's own plan sheet, if any, decides which scopes and years there are.
  const inUse = planForBook(common, book, file);
  const ctx: CliContext = { ...common, plan: inUse.plan };
  const q = progressQueryOf(args, ctx);
  const a = analyzeWorkbook(book, ctx.plan, { asOf, locale, ...(await readingOptionsOf(args, file, locale)) });
  // With no table every obligation would read "overdue" and progress 0 %: refuse instead of misleading.
  if (a.data.tables.length === 0) throw new CliFailure(t.noTrackingTable({ file, validate: validateCommandFor(file, args) }), 1);
  if (ctx.json) out(JSON.stringify(progressJson(file, a, q, ctx), null, 2));
  else out([inUse.line, ...progressLines(file, a, q, ctx, validateCommandFor(file, args))].join("\n"));
  return a.summary.errors > 0 ? 1 : 0;
}
