import { writeFile } from "fs/promises";
import { extname } from "path";
import { planSheetSpec } from "../../core/plan-sheet/plan-sheet-spec";
import { planNameText } from "../../core/plan-sheet/plan-of-workbook";
import { planSheetWorkbook } from "../../xlsx/write-plan-sheet";
import type { ParsedArgs } from "../args";
import { COMMAND_FLAGS } from "../command-flags";
import { CliFailure, makeContext, planForBook } from "../context";
import { loadWorkbook } from "../load-workbook";
import { osReason } from "../os-reason";

/**
 * `bdg plan [<file.xlsx>]`: the plan in use (the workbook's plan sheet, else --plan, else the
 * built-in one), its tasks, frequencies, windows and leads; as JSON with --json; written as an
 * editable plan sheet with --xlsx out.xlsx.
 */
export async function planCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.plan, out);
  const { t } = ctx;
  if (args.positional.length > 1) throw new CliFailure(t.oneFileOnly());
  const [file] = args.positional;
  const inUse = file !== undefined ? planForBook(ctx, await loadWorkbook(file, ctx.locale), file) : null;
  const plan = inUse?.plan ?? ctx.plan;
  const xlsx = args.flags.get("xlsx");
  if (xlsx === true) throw new CliFailure(t.missingValue({ flag: "xlsx" }));
  if (typeof xlsx === "string") {
    if (extname(xlsx).toLowerCase() !== ".xlsx") throw new CliFailure(t.planXlsxOnly({ file: xlsx }));
    try {
      await writeFile(xlsx, await planSheetWorkbook(planSheetSpec(plan)), { flag: "wx" });
    } catch (e) {
      throw new CliFailure(t.planNotWritten({ file: xlsx, reason: osReason(e, t) }));
    }
    out(t.planWritten({ file: xlsx, name: planNameText(plan, ctx.locale) }));
    return 0;
  }
  if (ctx.json) {
    out(JSON.stringify(plan.plan, null, 2));
    return 0;
  }
  const source = inUse ? null : ctx.planFile !== null ? "file" : "builtin";
  const lines = [
    inUse?.line ?? t.planInUse({ name: planNameText(plan, ctx.locale), source: source ?? "builtin", file: ctx.planFile }),
    "",
  ];
  for (const task of plan.tasks) {
    const window = task.windows ? ` ${task.windows.map((w) => `${w.start}–${w.end}`).join(", ")}` : task.deadline ? ` ≤ ${task.deadline}` : "";
    lines.push(`${task.id.padEnd(8)} ${task.shortTitle ?? task.title}`);
    lines.push(`${"".padEnd(8)} ${t.frequency({ frequency: task.frequency })}${window} · ${task.lead}`);
  }
  out(lines.join("\n"));
  return 0;
}
