/**
 * The part `bdg validate` adds after the files when given several (docs/consolidation.md): what
 * was consolidated, the findings that only the files together have (the same activity in two
 * files, the plan's coverage by all of them) and the consolidated progress.
 */
import { consolidate, type SourceWorkbook } from "../core/consolidate";
import { summarize } from "../core/validate";
import { ruleDescriptor, type Issue } from "../core/validate/issue";
import { viDateOf } from "../core/time/days";
import { CONSOLIDATE_CLI_TEXT } from "./consolidate-messages";
import { consolidationLines, differentPlansProblem, repeatedFileProblem, unitCorrections } from "./consolidated-inputs";
import type { CliContext } from "./context";
import { issuesText, progressText } from "./format";
import type { UnreadableWorkbook } from "./load-workbook";
import type { ParsedArgs } from "./args";

/** Findings of the files together: across files, and the plan's coverage. */
const wholeOnly = (i: Issue): boolean => {
  const family = ruleDescriptor(i.rule).family;
  return family === "files" || family === "coverage";
};

export interface ConsolidatedValidation {
  /** Before reading: the units corrected (a wrong --unit ends the command). */
  units: Map<string, string>;
  /** Why the files cannot be consolidated (a file twice, different plans), or null. */
  problem: string | null;
}

/** The checks made before the files are read. */
export async function prepareConsolidation(args: ParsedArgs, ctx: CliContext): Promise<ConsolidatedValidation> {
  const ct = CONSOLIDATE_CLI_TEXT[ctx.locale];
  const files = args.positional;
  const units = unitCorrections(args, files, ct);
  const problem = (await repeatedFileProblem(files, ct)) ?? (await differentPlansProblem(args, files, ctx, ct));
  return { units, problem };
}

/** The section (text) or the `consolidated` entry (JSON); `failed` when the files could not be consolidated. */
export function consolidatedSection(
  prep: ConsolidatedValidation,
  sources: readonly SourceWorkbook[],
  unreadable: readonly UnreadableWorkbook[],
  ctx: CliContext,
  files: readonly string[],
): { text: string; json: object; failed: boolean } {
  const ct = CONSOLIDATE_CLI_TEXT[ctx.locale];
  const { t } = ctx;
  if (prep.problem !== null) {
    return { text: ct.notConsolidated({ reason: prep.problem }), json: { error: { code: "not-consolidated", message: prep.problem } }, failed: true };
  }
  const withUnits = sources.map((s) => {
    const unit = prep.units.get(s.file);
    return unit ? { ...s, unit } : s;
  });
  const c = consolidate(withUnits, ctx.plan, { asOf: ctx.asOf, locale: ctx.locale });
  const own = c.issues.filter(wholeOnly);
  const text = [
    ...consolidationLines({ consolidation: c, unreadable: [...unreadable], files: [...files] }, ct),
    "",
    t.summary(summarize(own)),
    ...issuesText(own, t, ctx.locale),
    "",
    ...(c.data.tables.length === 0 ? [t.noProgressWithoutTable({})] : [t.progressTitle({ asOf: viDateOf(ctx.asOf) }), ...progressText(c.progress, t, ctx.locale)]),
    "",
  ].join("\n");
  const json = {
    files: c.files.map((f) => ({ file: f.file, unit: f.unit, unitSource: f.unitSource, unitColumn: f.unitColumn })),
    issues: own,
    summary: c.summary,
    progress: c.progress,
    notes: c.notes,
  };
  return { text, json, failed: false };
}
