import { extname } from "node:path";
import { buildReports, leftOutCount, reportInputOf } from "../../core/report";
import { viDateOf } from "../../core/time/days";
import { OutputIsInputError, writeNewReport } from "../../xlsx/write-new-report";
import type { ParsedArgs } from "../args";
import { CONSOLIDATE_CLI_TEXT } from "../consolidate-messages";
import { consolidationLines, readAndConsolidate } from "../consolidated-inputs";
import { CliFailure, makeContext } from "../context";
import { osReason } from "../os-reason";
import { outFolderProblem } from "../out-folder";
import { REPORT_CLI_TEXT } from "../report-messages";
import { validateCommandForFiles } from "../suggest";
import { cutoffOf, formsOf, profileOf, REPORT_FLAGS, scopeFlagOf } from "./report";

/**
 * `bdg report A.xlsx B.xlsx … (--year YYYY | --half YYYY | --period) [--cutoff nd09] --out all.xlsx`: one set of forms over all
 * the files, written into a new workbook (the inputs are only read). A file that cannot be read is
 * reported and left out, the others are consolidated, and the exit status is then 2; otherwise 0,
 * or 1 when the data has error-severity issues (the report is still written and lists them).
 */
export async function consolidatedReportCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, REPORT_FLAGS, out);
  const { t, plan, asOf, locale } = ctx;
  const rt = REPORT_CLI_TEXT[locale];
  const ct = CONSOLIDATE_CLI_TEXT[locale];
  const { year, half } = scopeFlagOf(args, plan, t, rt);
  const cutoff = cutoffOf(args, rt);
  const forms = formsOf(args, rt);
  const outFlag = args.flags.get("out");
  if (typeof outFlag !== "string") throw new CliFailure(ct.outRequired({ example: "bdg report van-phong.xlsx phong-nghiep-vu.xlsx --year 2024 --out tong-hop-2024.xlsx" }));
  if (extname(outFlag).toLowerCase() !== ".xlsx") throw new CliFailure(rt.outNotXlsx({ file: outFlag }));
  const folderProblem = await outFolderProblem(outFlag, rt);
  if (folderProblem !== null) throw new CliFailure(folderProblem);
  if (args.positional.includes(outFlag)) throw new CliFailure(ct.outIsInput({ file: outFlag }));

  const run = await readAndConsolidate(args, ctx, err);
  const c = run.consolidation;
  const firstRead = c.files[0]?.file;
  // Forms full of zeros would pass for a report: write nothing when no file has a table.
  if (firstRead === undefined || c.data.tables.length === 0) {
    if (run.unreadable.length > 0) throw new CliFailure(ct.unreadable({ files: run.unreadable.map((u) => u.file) }));
    throw new CliFailure(ct.noTableInAny(), 1);
  }
  // The organisation's profile: the one saved in the first file read (the agency's own, listed first), then the flags.
  const profile = await profileOf(args, firstRead, asOf, locale, t, rt);
  const input = { ...reportInputOf(c, { plan, profile, year, asOf, locale }), half, cutoff };
  const specs = buildReports(input, forms);
  let result;
  try {
    result = await writeNewReport(outFlag, specs, run.files);
  } catch (e) {
    if (e instanceof OutputIsInputError) throw new CliFailure(ct.outIsInput({ file: outFlag }));
    throw new CliFailure(rt.cannotWrite({ file: outFlag, reason: osReason(e, t) }));
  }
  const lines = [...consolidationLines(run, ct), "", rt.written({ file: outFlag, sheets: result.written }), rt.asOf({ day: viDateOf(asOf) })];
  const leftOut = leftOutCount(input);
  if (leftOut > 0) lines.push(rt.leftOut({ n: leftOut, sheet: result.written[result.written.length - 1] ?? "" }));
  if (c.summary.errors > 0) lines.push(rt.dataErrors({ ...c.summary, validate: validateCommandForFiles(c.files.map((f) => f.file), args) }));
  out(lines.join("\n"));
  if (run.unreadable.length > 0) {
    err(ct.unreadable({ files: run.unreadable.map((u) => u.file) }));
    return 2;
  }
  return c.summary.errors > 0 ? 1 : 0;
}
