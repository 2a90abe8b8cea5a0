import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { analyzeWorkbook } from "../../core/engine";
import type { Locale } from "../../core/i18n/locale";
import type { PlanModel } from "../../core/plan/model";
import {
  checkProfileInput,
  defaultProfileFor,
  isPresetName,
  parseProfileJson,
  PRESET_NAMES,
  PROFILE_PRESETS,
  resolveProfile,
  type OrgProfile,
  type OrgProfileInput,
} from "../../core/profile/profile";
import { buildReports, CUTOFFS, FORM_CODES, leftOutCount, parseForms, periodOfInput, reportInputOf, type Cutoff, type FormCode } from "../../core/report";
import { viDateOf, type Day } from "../../core/time/days";
import { ownSheetNames } from "../../core/report/form-signature";
import { CopyReadError, defaultReportPath, SameFileError, writeReportCopy } from "../../xlsx/write-report";
import type { ParsedArgs } from "../args";
import { CliFailure, makeContext, planForBook } from "../context";
import { loadWorkbook } from "../load-workbook";
import { osReason, scrubbedReason } from "../os-reason";
import { exampleFor, validateCommandFor } from "../suggest";
import { outFolderProblem } from "../out-folder";
import type { CliMessages } from "../messages";
import { REPORT_CLI_TEXT, type ReportCliTexts } from "../report-messages";
import { savedProfileText } from "../workbook-profile";
import { readingLines, readingOptionsOf } from "../reading-options";

/** Flags that set one field of the organisation profile (the rest come from --profile or the defaults). */
export const PROFILE_FLAGS: Readonly<Record<string, keyof OrgProfile>> = {
  parent: "parentBody",
  agency: "agencyName",
  symbol: "symbol",
  place: "place",
  "signer-authority": "signerAuthority",
  "signer-title": "signerTitle",
  "signer-name": "signerName",
  recipients: "recipients",
};

/** Every flag `bdg report` accepts (besides --lang and --help). */
export const REPORT_FLAGS = ["plan", "as-of", "year", "half", "period", "cutoff", "forms", "out", "profile", "preset", "years", ...Object.keys(PROFILE_FLAGS), "unit"] as const;

/** What the report covers: --year YYYY, --half YYYY (its first six months) or --period; exactly one. */
export function scopeFlagOf(args: ParsedArgs, plan: PlanModel, t: CliMessages, rt: ReportCliTexts): { year: number | null; half: boolean } {
  const y = args.flags.get("year");
  const h = args.flags.get("half");
  const period = args.flags.get("period");
  const given = [y, h, period].filter((v) => v !== undefined).length;
  if (given > 1) throw new CliFailure(rt.notBoth());
  if (given === 0) throw new CliFailure(rt.yearOrPeriod());
  const v = y ?? h;
  if (v === undefined) return { year: null, half: false };
  const n = Number(v);
  if (typeof v !== "string" || !/^\d{4}$/.test(v.trim()) || !plan.years.includes(n)) throw new CliFailure(t.badYear({ value: String(v) }));
  return { year: n, half: h !== undefined };
}

/** --cutoff nd09 (Nghị định 09/2019: 15/12 of the year before to 14/12, or 14/6) or calendar (the default). */
export function cutoffOf(args: ParsedArgs, rt: ReportCliTexts): Cutoff {
  const v = args.flags.get("cutoff");
  if (v === undefined) return "calendar";
  const c = typeof v === "string" ? CUTOFFS.find((x) => x === v.trim().toLowerCase()) : undefined;
  if (c === undefined) throw new CliFailure(rt.badCutoff({ value: String(v), allowed: CUTOFFS.join(", ") }));
  return c;
}

export function formsOf(args: ParsedArgs, rt: ReportCliTexts): FormCode[] {
  const v = args.flags.get("forms");
  if (v === undefined) return [...FORM_CODES];
  const forms = typeof v === "string" ? parseForms(v) : null;
  if (!forms) throw new CliFailure(rt.badForms({ value: String(v), allowed: FORM_CODES.join(",") }));
  return forms;
}

/**
 * The profile, later inputs winning: the default of the report's date (the Sở Dân tộc và Tôn giáo
 * from 01/3/2025, the Ban Dân tộc before), the profile the task pane saved in the workbook,
 * --preset, the --profile file, the profile flags.
 */
export async function profileOf(args: ParsedArgs, input: string, asOf: Day, locale: Locale, t: CliMessages, rt: ReportCliTexts): Promise<OrgProfile> {
  const inputs: OrgProfileInput[] = [];
  const saved = await savedProfileText(input);
  if (saved !== null) {
    const r = parseProfileJson(saved, locale);
    if (!r.ok) throw new CliFailure(rt.profileInvalid({ source: rt.workbookSource({ file: input }), errors: r.errors }));
    inputs.push(r.input);
  }
  const preset = args.flags.get("preset");
  if (preset !== undefined) {
    if (typeof preset !== "string" || !isPresetName(preset.trim())) {
      throw new CliFailure(rt.badPreset({ value: String(preset), allowed: PRESET_NAMES.join(", ") }));
    }
    inputs.push(PROFILE_PRESETS[preset.trim() as keyof typeof PROFILE_PRESETS]);
  }
  const file = args.flags.get("profile");
  if (typeof file === "string") {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliFailure(rt.profileUnreadable({ file, reason: code === "ENOENT" ? t.noSuchFile() : osReason(e, t) }));
    }
    const r = parseProfileJson(text, locale);
    if (!r.ok) throw new CliFailure(rt.profileInvalid({ source: file, errors: r.errors }));
    inputs.push(r.input);
  }
  const fromFlags: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(PROFILE_FLAGS)) {
    const v = args.flags.get(flag);
    if (v === undefined) continue;
    if (v === true) throw new CliFailure(rt.needsValue({ flag }));
    fromFlags[field] = field === "recipients" ? v.split(/\s*[;\n]\s*/).filter((s) => s.trim() !== "") : v;
  }
  if (Object.keys(fromFlags).length > 0) {
    const r = checkProfileInput(fromFlags, locale);
    if (!r.ok) throw new CliFailure(rt.profileInvalid({ source: rt.flagsSource(), errors: r.errors }));
    inputs.push(r.input);
  }
  return resolveProfile(defaultProfileFor(asOf), ...inputs);
}

/**
 * `bdg report <file.xlsx> (--year YYYY | --half YYYY | --period) [--cutoff nd09]`: writes a copy of the workbook with the report
 * sheets added (never the input itself). Exit 0, or 1 when the data has error-severity issues (the
 * report is still written and lists them); bad flags or an unreadable file end with 2.
 */
export async function reportCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, REPORT_FLAGS, out);
  const { t, asOf, locale } = ctx;
  const rt = REPORT_CLI_TEXT[locale];
  // A profile flag read as a switch swallowed nothing; say so before counting the files.
  for (const flag of Object.keys(PROFILE_FLAGS)) if (args.flags.get(flag) === true) throw new CliFailure(rt.needsValue({ flag }));
  if (args.positional.length !== 1) throw new CliFailure(args.positional.length === 0 ? t.noFiles({ example: exampleFor("report") }) : t.oneFileOnly());
  const file = args.positional[0];
  // The workbook's own plan sheet, if any, decides the years and sections of the forms.
  const book = await loadWorkbook(file, locale);
  const inUse = planForBook(ctx, book, file);
  const plan = inUse.plan;
  const { year, half } = scopeFlagOf(args, plan, t, rt);
  const cutoff = cutoffOf(args, rt);
  const forms = formsOf(args, rt);
  const profile = await profileOf(args, file, asOf, locale, t, rt);
  const outFlag = args.flags.get("out");
  const period = `${plan.firstYear}-${plan.lastYear}`;
  const output = typeof outFlag === "string" ? outFlag : half ? defaultReportPath(file, null, `6t-${year}`) : defaultReportPath(file, year, period);
  if (extname(output).toLowerCase() !== ".xlsx") throw new CliFailure(rt.outNotXlsx({ file: output }));
  const folderProblem = await outFolderProblem(output, rt);
  if (folderProblem !== null) throw new CliFailure(folderProblem);

  const a = analyzeWorkbook(book, plan, { asOf, locale, ...(await readingOptionsOf(args, file, locale)) });
  // Forms full of zeros from a workbook with no table would pass for a report: write nothing.
  if (a.data.tables.length === 0) throw new CliFailure(t.noTrackingTable({ file, validate: validateCommandFor(file, args) }), 1);
  const input = { ...reportInputOf(a, { plan, profile, year, asOf, locale }), half, cutoff };
  const specs = buildReports(input, forms);
  let result;
  try {
    result = await writeReportCopy(file, output, specs, ownSheetNames(book.sheets));
  } catch (e) {
    if (e instanceof SameFileError) throw new CliFailure(rt.outIsInput({ file }));
    if (e instanceof CopyReadError) throw new CliFailure(rt.cannotCopy({ file, reason: e.readError?.messageIn(locale) ?? scrubbedReason(e, t) }));
    throw new CliFailure(rt.cannotWrite({ file: output, reason: osReason(e, t) }));
  }
  const lines = [inUse.line, rt.written({ file: output, sheets: result.written })];
  if (result.replaced.length > 0) lines.push(rt.replaced({ sheets: result.replaced }));
  for (const r of result.renamed) lines.push(rt.renamed(r));
  lines.push(rt.asOf({ day: viDateOf(asOf) }));
  const covered = periodOfInput(input);
  if (half || cutoff !== "calendar") lines.push(rt.covered({ from: viDateOf(covered.from), to: viDateOf(covered.to) }));
  lines.push(...readingLines(a, locale));
  // The KT sheet is written last, after the forms (buildReports).
  const leftOut = leftOutCount(input);
  if (leftOut > 0) lines.push(rt.leftOut({ n: leftOut, sheet: result.written[result.written.length - 1] }));
  if (a.summary.errors > 0) lines.push(rt.dataErrors({ ...a.summary, validate: validateCommandFor(file, args) }));
  out(lines.join("\n"));
  return a.summary.errors > 0 ? 1 : 0;
}
