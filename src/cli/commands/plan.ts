import type { ParsedArgs } from "../args";
import { COMMAND_FLAGS } from "../command-flags";
import { makeContext } from "../context";

/** `bdg plan`: the plan's tasks, frequencies, windows and leads (or the plan as JSON). */
export async function planCommand(args: ParsedArgs, out: (s: string) => void): Promise<number> {
  const ctx = await makeContext(args, COMMAND_FLAGS.plan, out);
  const { plan, t } = ctx;
  if (ctx.json) {
    out(JSON.stringify(plan.plan, null, 2));
    return 0;
  }
  const lines = [t.planTitle({ title: plan.plan.title, start: plan.plan.period.start, end: plan.plan.period.end }), ""];
  for (const task of plan.tasks) {
    const window = task.windows ? ` ${task.windows.map((w) => `${w.start}–${w.end}`).join(", ")}` : "";
    lines.push(`${task.id.padEnd(8)} ${task.shortTitle ?? task.title}`);
    lines.push(`${"".padEnd(8)} ${t.frequency({ frequency: task.frequency })}${window} · ${task.lead}`);
  }
  out(lines.join("\n"));
  return 0;
}
