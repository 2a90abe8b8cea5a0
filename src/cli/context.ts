import { readFile } from "fs/promises";
import { CLI_MESSAGES, type CliMessages } from "./messages";
import { isLocale, type Locale } from "../core/i18n/locale";
import { builtinPlan, parsePlanJson } from "../core/plan/load";
import type { PlanModel } from "../core/plan/model";
import { brokenPlanLines, planNameText, planOfWorkbook } from "../core/plan-sheet/plan-of-workbook";
import type { WorkbookSnapshot } from "../core/snapshot";
import { parseIsoDay, todayFrom, type Day } from "../core/time/days";
import { UsageError, type ParsedArgs } from "./args";
import { osReason, scrubbedReason } from "./os-reason";
import { readWorkbookFile, XlsxReadError } from "../xlsx/read-workbook";

/**
 * A failure that ends the command with one line on stderr: exit status 2 (the command or a file is
 * wrong) unless told otherwise (1: the data cannot give an answer, e.g. no tracking table).
 */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

export interface CliContext {
  locale: Locale;
  t: CliMessages;
  plan: PlanModel;
  /** Where the plan came from: --plan (a JSON file or an .xlsx with a plan sheet) or the built-in one. */
  planFile: string | null;
  asOf: Day;
  json: boolean;
  out: (s: string) => void;
}

/** The language asked for with --lang (Vietnamese by default); any other value is refused, naming the languages. */
export function localeOf(args: ParsedArgs): Locale {
  const lang = args.flags.get("lang");
  if (lang === undefined) return "vi";
  if (typeof lang === "string" && isLocale(lang)) return lang;
  throw new CliFailure(CLI_MESSAGES.vi.badLang({ value: String(lang) }));
}

export function checkFlags(args: ParsedArgs, allowed: readonly string[], t: CliMessages): void {
  for (const f of args.flags.keys()) {
    if (f === "lang" || f === "help") continue;
    if (!allowed.includes(f)) throw new CliFailure(t.unknownFlag({ flag: f, command: args.command ?? "" }));
  }
}

export async function loadPlan(args: ParsedArgs, t: CliMessages, locale: Locale = "vi"): Promise<PlanModel> {
  const file = args.flags.get("plan");
  if (file === undefined) return builtinPlan();
  if (file === true) throw new UsageError("plan");
  if (/\.xls[xm]$/i.test(file)) {
    let book: WorkbookSnapshot;
    try {
      book = await readWorkbookFile(file);
    } catch (e) {
      throw new CliFailure(t.planUnreadable({ file, reason: e instanceof XlsxReadError ? e.messageIn(locale) : scrubbedReason(e, t) }));
    }
    const r = planOfWorkbook(book, locale);
    if (r === null) throw new CliFailure(t.noPlanSheet({ file }));
    if (r.plan === null) throw new CliFailure(brokenPlanLines(r, locale).join("\n"));
    return r.plan;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new CliFailure(t.planUnreadable({ file, reason: (e as NodeJS.ErrnoException).code === "ENOENT" ? t.noSuchFile() : osReason(e, t) }));
  }
  const r = parsePlanJson(text, locale);
  if (!r.ok) throw new CliFailure(t.planInvalid({ file, errors: r.errors }));
  return r.plan;
}

export function asOfOf(args: ParsedArgs, t: CliMessages): Day {
  const v = args.flags.get("as-of");
  if (v === undefined) return todayFrom(new Date());
  const d = typeof v === "string" ? parseIsoDay(v) : null;
  if (d === null) throw new CliFailure(t.badAsOf({ value: String(v) }));
  return d;
}

export async function makeContext(args: ParsedArgs, allowed: readonly string[], out: (s: string) => void): Promise<CliContext> {
  const locale = localeOf(args);
  const t = CLI_MESSAGES[locale];
  checkFlags(args, allowed, t);
  const planFlag = args.flags.get("plan");
  const planFile = typeof planFlag === "string" ? planFlag : null;
  return { locale, t, plan: await loadPlan(args, t, locale), planFile, asOf: asOfOf(args, t), json: args.flags.get("json") === true, out };
}

/**
 * The plan a workbook is read against, in order: its own plan sheet, the plan of --plan, the
 * built-in one; and the line that names it (the first line a command prints). A plan sheet with
 * problems stops the command (exit 2), naming the plan and each problem on its cell.
 */
export function planForBook(ctx: CliContext, book: WorkbookSnapshot, file: string): { plan: PlanModel; line: string } {
  const r = planOfWorkbook(book, ctx.locale);
  if (r !== null && r.plan === null) throw new CliFailure(brokenPlanLines(r, ctx.locale).join("\n"));
  const plan = r?.plan ?? ctx.plan;
  const source = r ? "sheet" : ctx.planFile !== null ? "file" : "builtin";
  return { plan, line: ctx.t.planInUse({ name: planNameText(plan, ctx.locale), source, file: source === "sheet" ? file : ctx.planFile }) };
}
