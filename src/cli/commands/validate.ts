import { analyzeWorkbook } from "../../core/engine";
import { viDateOf } from "../../core/time/days";
import { ACCEPTED_SETTING, parseAcceptances, splitAccepted } from "../../core/acceptance/accepted-issues";
import { summarize } from "../../core/validate/validate";
import { savedSettingText } from "../workbook-profile";
import type { ParsedArgs } from "../args";
import { CliFailure, makeContext, planForBook } from "../context";
import { issuesText, progressText, tablesText } from "../format";
import { COMMAND_FLAGS } from "../command-flags";
import { loadWorkbook, UnreadableWorkbook } from "../load-workbook";
import { exampleFor } from "../suggest";
import { fileJson, unreadableFileJson } from "../validate-json";
import type { SourceWorkbook } from "../../core/consolidate";
import { consolidatedSection, prepareConsolidation } from "../consolidated-validate";
import { readingJson, readingLines, readingOptionsOf } from "../reading-options";

/** `bdg validate <file.xlsx>...`: every file is checked even when an earlier one cannot be read. */
export async function validateCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.validate, out);
  const { t } = ctx;
  if (args.positional.length === 0) throw new CliFailure(t.noFiles({ example: exampleFor("validate") }));
  const files: object[] = [];
  let unreadable = false;
  let errors = false;
  // Several files: after each file's findings, the consolidated ones (docs/consolidation.md).
  const many = args.positional.length > 1 || args.flags.has("unit");
  const prep = many ? await prepareConsolidation(args, ctx) : null;
  const sources: SourceWorkbook[] = [];
  const unreadableFiles: UnreadableWorkbook[] = [];
  for (const file of args.positional) {
    let book;
    try {
      book = await loadWorkbook(file, ctx.locale);
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      err(e.message);
      // A script reading --json must see the file too, not a shorter list.
      if (ctx.json) files.push(unreadableFileJson(e));
      unreadableFiles.push(e);
      unreadable = true;
      continue;
    }
    let inUse;
    try {
      inUse = planForBook(ctx, book, file);
    } catch (e) {
      // A broken plan sheet: this file cannot be checked; the others still are.
      if (!(e instanceof CliFailure)) throw e;
      err(e.message);
      unreadable = true;
      continue;
    }
    const all = analyzeWorkbook(book, inUse.plan, { asOf: ctx.asOf, locale: ctx.locale, ...(await readingOptionsOf(args, file, ctx.locale)) });
    // Issues accepted in the task pane (saved in the workbook's settings) count in no total.
    const { open, accepted } = splitAccepted(all.issues, book, parseAcceptances(await savedSettingText(file, ACCEPTED_SETTING)));
    const a = accepted.length === 0 ? all : { ...all, issues: open, summary: summarize(open) };
    if (prep) sources.push({ file, book, analysis: a });
    if (a.summary.errors > 0) errors = true;
    if (ctx.json) {
      files.push({ ...fileJson(file, a, inUse.plan), ...readingJson(a, ctx.locale) });
      continue;
    }
    out(
      [
        inUse.line,
        t.fileHeader({ file }),
        ...tablesText(a, t, ctx.locale),
        "",
        t.summary(a.summary),
        ...readingLines(a, ctx.locale),
        ...(accepted.length > 0 ? [t.acceptedInWorkbook({ n: accepted.length })] : []),
        ...issuesText(a.issues, t, ctx.locale),
        ...(a.notes.length ? ["", t.notes(), ...a.notes.map((n) => `  - ${n}`)] : []),
        "",
        // Without a table every obligation reads overdue and progress 0 %: say why there is none instead.
        ...(a.data.tables.length === 0
          ? [t.noProgressWithoutTable({})]
          : [t.progressTitle({ asOf: viDateOf(ctx.asOf) }), ...progressText(a.progress, t, ctx.locale)]),
        "",
      ].join("\n"),
    );
  }
  const whole = prep ? consolidatedSection(prep, sources, unreadableFiles, ctx, args.positional) : null;
  if (ctx.json) out(JSON.stringify(whole ? { files, consolidated: whole.json } : { files }, null, 2));
  else if (whole) out(whole.text);
  return unreadable || whole?.failed ? 2 : errors ? 1 : 0;
}
