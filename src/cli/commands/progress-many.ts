import type { ParsedArgs } from "../args";
import { COMMAND_FLAGS } from "../command-flags";
import { CONSOLIDATE_CLI_TEXT } from "../consolidate-messages";
import { consolidationLines, readAndConsolidate } from "../consolidated-inputs";
import { CliFailure, makeContext } from "../context";
import { exampleFor, validateCommandFor, validateCommandForFiles } from "../suggest";
import { progressJson, progressLines, progressQueryOf } from "./progress";
import { unreadableFileJson } from "../validate-json";

/**
 * `bdg progress A.xlsx B.xlsx …`: each file's progress as for one file, then the consolidated
 * progress of all of them (docs/consolidation.md). `--json`: `{ files: [...], consolidated: {...} }`.
 * Exit 2 when a file cannot be read (the others are still measured), else 1 when the data has
 * errors, else 0.
 */
export async function consolidatedProgressCommand(args: ParsedArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.progress, out);
  const { t } = ctx;
  const ct = CONSOLIDATE_CLI_TEXT[ctx.locale];
  if (args.positional.length === 0) throw new CliFailure(t.noFiles({ example: exampleFor("progress") }));
  const q = progressQueryOf(args, ctx);
  const run = await readAndConsolidate(args, ctx, err);
  const c = run.consolidation;
  if (c.data.tables.length === 0) {
    if (run.unreadable.length > 0) throw new CliFailure(ct.unreadable({ files: run.unreadable.map((u) => u.file) }));
    throw new CliFailure(ct.noTableInAny(), 1);
  }
  if (ctx.json) {
    const files = [
      ...c.files.map((f) => progressJson(f.file, f.analysis, q, ctx)),
      ...run.unreadable.map(unreadableFileJson),
    ];
    const units = c.files.map((f) => ({ file: f.file, unit: f.unit, unitSource: f.unitSource, unitColumn: f.unitColumn }));
    out(JSON.stringify({ files, consolidated: { ...progressJson(run.files.join(", "), c, q, ctx), units } }, null, 2));
  } else {
    const blocks: string[] = [];
    for (const f of c.files) {
      // A file with no table has no progress of its own: say so, as `bdg progress` on it would.
      if (f.analysis.data.tables.length === 0) blocks.push(t.noTrackingTable({ file: f.file, validate: validateCommandFor(f.file, args) }), "");
      else blocks.push(...progressLines(f.file, f.analysis, q, ctx, validateCommandFor(f.file, args)), "");
    }
    const read = c.files.map((f) => f.file);
    const whole = progressLines(read.join(", "), c, q, ctx, validateCommandForFiles(read, args));
    out([...blocks, ...consolidationLines(run, ct), ...whole.slice(1)].join("\n"));
  }
  if (run.unreadable.length > 0) {
    err(ct.unreadable({ files: run.unreadable.map((u) => u.file) }));
    return 2;
  }
  return c.summary.errors > 0 ? 1 : 0;
}
