/**
 * The files of a consolidation as the command line gets them (docs/consolidation.md): each named
 * once, the units the user corrected (--unit FILE=NAME), one plan for all, each file read and
 * checked on its own — an unreadable file is reported and left out, the others go on.
 */
import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { consolidate, type Consolidation, type SourceWorkbook } from "../core/consolidate";
import { analyzeWorkbook } from "../core/engine";
import { parsePlanJson } from "../core/plan/load";
import { flagValues, type ParsedArgs } from "./args";
import { CONSOLIDATE_CLI_TEXT, type ConsolidateCliTexts } from "./consolidate-messages";
import { CliFailure, type CliContext } from "./context";
import { loadWorkbook, UnreadableWorkbook } from "./load-workbook";
import { savedSettingText } from "./workbook-profile";

/** Where a file really is, to tell the same file under two names ("a.xlsx", "./a.xlsx", a link). */
async function whereIs(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return resolve(file);
  }
}

/** The same file given twice: a one-line reason, or null. */
export async function repeatedFileProblem(files: readonly string[], ct: ConsolidateCliTexts): Promise<string | null> {
  const places = await Promise.all(files.map(whereIs));
  const seen = new Map<string, string>();
  for (const [i, p] of places.entries()) {
    const file = files[i] as string;
    const first = seen.get(p);
    if (first !== undefined) return ct.sameFileTwice({ first, second: file });
    seen.set(p, file);
  }
  return null;
}

/** --unit FILE=NAME, each naming one of the files (as typed, or by its base name). */
export function unitCorrections(args: ParsedArgs, files: readonly string[], ct: ConsolidateCliTexts): Map<string, string> {
  const out = new Map<string, string>();
  const base = (f: string): string => (f.split(/[\\/]/).pop() ?? f).toLowerCase();
  for (const v of flagValues(args, "unit")) {
    const eq = v.lastIndexOf("=");
    const name = eq > 0 ? v.slice(eq + 1).trim() : "";
    if (eq <= 0 || name === "") throw new CliFailure(ct.badUnitFlag({ value: v }));
    const given = v.slice(0, eq).trim();
    const file = files.find((f) => f === given) ?? files.find((f) => base(f) === base(given));
    if (file === undefined) throw new CliFailure(ct.unitFileUnknown({ file: given, files: files.join(", ") }));
    if (out.has(file)) throw new CliFailure(ct.unitTwice({ file: given }));
    out.set(file, name);
  }
  return out;
}

/**
 * Files that saved different plans (the pane's "Nạp kế hoạch"; a file with none follows the
 * built-in plan) cannot be counted together unless --plan says which plan: a reason, or null.
 */
export async function differentPlansProblem(args: ParsedArgs, files: readonly string[], ctx: CliContext, ct: ConsolidateCliTexts): Promise<string | null> {
  if (args.flags.get("plan") !== undefined || files.length < 2) return null;
  const builtin = JSON.stringify(ctx.plan.plan);
  let first: { file: string; key: string; title: string } | null = null;
  for (const file of files) {
    const text = await savedSettingText(file, "bdg.plan");
    let key = builtin;
    let title = ct.builtinPlan();
    if (text !== null) {
      const r = parsePlanJson(text, ctx.locale);
      if (!r.ok) return ct.savedPlanInvalid({ file, errors: r.errors });
      key = JSON.stringify(r.plan.plan);
      if (key !== builtin) title = `“${r.plan.plan.title}”`;
    }
    if (first === null) first = { file, key, title };
    else if (key !== first.key) {
      // Two plans of the same title still differ: say which file saved its own.
      const same = title === first.title;
      return ct.differentPlans({
        first: first.file,
        second: file,
        firstPlan: same ? `${first.title} (${ct.builtinPlan()})` : first.title,
        secondPlan: same ? `${title} (bdg.plan)` : title,
      });
    }
  }
  return null;
}

export interface ConsolidatedRun {
  consolidation: Consolidation;
  /** The files that could not be read, each already reported on stderr. */
  unreadable: UnreadableWorkbook[];
  /** The files given, in order. */
  files: string[];
}

/**
 * Read every file (an unreadable one is reported with `err` and left out) and consolidate the
 * others. The checks that make a consolidation meaningless (a file twice, a --unit naming no
 * file, different plans) end the command first, exit status 2.
 */
export async function readAndConsolidate(args: ParsedArgs, ctx: CliContext, err: (s: string) => void): Promise<ConsolidatedRun> {
  const ct = CONSOLIDATE_CLI_TEXT[ctx.locale];
  const files = [...args.positional];
  const units = unitCorrections(args, files, ct);
  const problem = (await repeatedFileProblem(files, ct)) ?? (await differentPlansProblem(args, files, ctx, ct));
  if (problem !== null) throw new CliFailure(problem);
  const sources: SourceWorkbook[] = [];
  const unreadable: UnreadableWorkbook[] = [];
  for (const file of files) {
    try {
      const book = await loadWorkbook(file, ctx.locale);
      const unit = units.get(file);
      sources.push({ file, book, analysis: analyzeWorkbook(book, ctx.plan, { asOf: ctx.asOf, locale: ctx.locale }), ...(unit ? { unit } : {}) });
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      err(e.message);
      unreadable.push(e);
    }
  }
  return { consolidation: consolidate(sources, ctx.plan, { asOf: ctx.asOf, locale: ctx.locale }), unreadable, files };
}

/** The lines that say what was consolidated: the files read, each one's unit, what was left out. */
export function consolidationLines(run: ConsolidatedRun, ct: ConsolidateCliTexts): string[] {
  const { consolidation: c, unreadable, files } = run;
  const lines = [ct.header({ n: files.length, read: c.files.length })];
  for (const f of c.files) {
    lines.push(f.analysis.data.tables.length === 0 ? ct.fileWithoutTable({ file: f.file }) : ct.fileUnit({ file: f.file, unit: f.unit, source: f.unitSource, column: f.unitColumn }));
  }
  if (unreadable.length > 0) lines.push(ct.unreadable({ files: unreadable.map((u) => u.file) }));
  const duplicates = c.issues.filter((i) => i.rule === "duplicate-across-files").length;
  if (duplicates > 0) lines.push(ct.duplicates({ n: duplicates }));
  return lines;
}
