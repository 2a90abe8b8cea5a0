import { analyzeWorkbook } from "../../core/engine";
import { statusLabel } from "../../core/i18n/status-labels";
import { formatNumber } from "../../core/i18n/locale";
import { countedData, figuresOf, progressOf } from "../../core/progress";
import { isoOf, viDateOf } from "../../core/time/days";
import type { ParsedArgs } from "../args";
import { CliFailure, makeContext } from "../context";
import { progressText, ratioText } from "../format";
import { COMMAND_FLAGS } from "../command-flags";
import { loadWorkbook } from "../load-workbook";
import { readingJson, readingLines, readingOptionsOf } from "../reading-options";
import { exampleFor, validateCommandFor } from "../suggest";

/** `bdg progress <file.xlsx>`: progress and figures of a scope and year, and the status of every obligation. */
export async function progressCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.progress, out);
  const { t, plan, asOf, locale } = ctx;
  if (args.positional.length !== 1) throw new CliFailure(args.positional.length === 0 ? t.noFiles({ example: exampleFor("progress") }) : t.oneFileOnly());
  const scopeFlag = args.flags.get("scope");
  const scope = typeof scopeFlag === "string" ? scopeFlag.trim() : "";
  if (scope !== "" && !plan.hasTask(scope)) throw new CliFailure(t.badScope({ value: scope }));
  const yearFlag = args.flags.get("year");
  let year: number | null = null;
  if (yearFlag !== undefined) {
    year = Number(yearFlag);
    if (!Number.isInteger(year) || !plan.years.includes(year)) throw new CliFailure(t.badYear({ value: String(yearFlag) }));
  }
  const file = args.positional[0];
  const book = await loadWorkbook(file, locale);
  const a = analyzeWorkbook(book, plan, { asOf, locale, ...(await readingOptionsOf(args, file, locale)) });
  // With no table every obligation would read "overdue" and progress 0 %: refuse instead of misleading.
  if (a.data.tables.length === 0) throw new CliFailure(t.noTrackingTable({ file, validate: validateCommandFor(file, args) }), 1);
  const progress = progressOf(a.statuses, plan, scope, year, asOf);
  // The same rule as the reports and the BDG functions: flagged values and later duplicates left out.
  const figures = figuresOf(countedData(a.data, a.issues, plan).data, plan, scope, year, asOf);
  const obligations = a.statuses.filter((s) => plan.inScope(s.taskId, scope) && (year === null || s.year === year || s.year === null));
  if (ctx.json) {
    out(
      JSON.stringify(
        {
          file,
          asOf: isoOf(asOf),
          scope,
          year,
          progress,
          byYear: a.progress.byYear,
          figures,
          obligations: obligations.map((o) => ({
            taskId: o.taskId,
            year: o.year,
            due: isoOf(o.due),
            state: o.state,
            label: statusLabel(o.state, locale),
            activities: o.activities.length,
            completed: o.completed.length,
          })),
          summary: a.summary,
          ...readingJson(a, locale),
        },
        null,
        2,
      ),
    );
  } else {
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
      lines.push(`  ${o.taskId.padEnd(8)} ${String(o.year ?? `${plan.firstYear}–${plan.lastYear}`).padEnd(9)} ${statusLabel(o.state, locale).padEnd(16)} ${task?.shortTitle ?? task?.title ?? ""}`);
    }
    if (a.summary.errors > 0) lines.push("", t.errorsInData({ errors: a.summary.errors, validate: validateCommandFor(file, args) }));
    out(lines.join("\n"));
  }
  return a.summary.errors > 0 ? 1 : 0;
}
