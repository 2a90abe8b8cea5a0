import { analyzeWorkbook } from "../../core/engine";
import { viDateOf } from "../../core/time/days";
import { ACCEPTED_SETTING, parseAcceptances, splitAccepted } from "../../core/acceptance/accepted-issues";
import { summarize } from "../../core/validate/validate";
import { savedSettingText } from "../workbook-profile";
import type { ParsedArgs } from "../args";
import { CliFailure, makeContext } from "../context";
import { issuesText, progressText, tablesText } from "../format";
import { COMMAND_FLAGS } from "../command-flags";
import { loadWorkbook, UnreadableWorkbook } from "../load-workbook";
import { exampleFor } from "../suggest";
import { fileJson, unreadableFileJson } from "../validate-json";

/** `bdg validate <file.xlsx>...`: every file is checked even when an earlier one cannot be read. */
export async function validateCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.validate, out);
  const { t } = ctx;
  if (args.positional.length === 0) throw new CliFailure(t.noFiles({ example: exampleFor("validate") }));
  const files: object[] = [];
  let unreadable = false;
  let errors = false;
  for (const file of args.positional) {
    let book;
    try {
      book = await loadWorkbook(file, ctx.locale);
    } catch (e) {
      if (!(e instanceof UnreadableWorkbook)) throw e;
      err(e.message);
      // A script reading --json must see the file too, not a shorter list.
      if (ctx.json) files.push(unreadableFileJson(e));
      unreadable = true;
      continue;
    }
    const all = analyzeWorkbook(book, ctx.plan, { asOf: ctx.asOf, locale: ctx.locale });
    // Issues accepted in the task pane (saved in the workbook's settings) count in no total.
    const { open, accepted } = splitAccepted(all.issues, book, parseAcceptances(await savedSettingText(file, ACCEPTED_SETTING)));
    const a = accepted.length === 0 ? all : { ...all, issues: open, summary: summarize(open) };
    if (a.summary.errors > 0) errors = true;
    if (ctx.json) {
      files.push(fileJson(file, a));
      continue;
    }
    out(
      [
        t.fileHeader({ file }),
        ...tablesText(a, t, ctx.locale),
        "",
        t.summary(a.summary),
        ...(accepted.length > 0 ? [t.acceptedInWorkbook({ n: accepted.length })] : []),
        ...issuesText(a.issues, t),
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
  if (ctx.json) out(JSON.stringify({ files }, null, 2));
  return unreadable ? 2 : errors ? 1 : 0;
}
