import { CLI_MESSAGES } from "./messages";
import { parseArgs, UsageError } from "./args";
import { planCommand } from "./commands/plan";
import { progressCommand } from "./commands/progress";
import { reportCommand } from "./commands/report";
import { consolidatedReportCommand } from "./commands/report-many";
import { consolidatedProgressCommand } from "./commands/progress-many";
import { validateCommand } from "./commands/validate";
import { CliFailure, localeOf } from "./context";
import { scrubbedReason } from "./os-reason";
import { packageVersion } from "./version";

type Out = (s: string) => void;

const defaultOut: Out = (s) => process.stdout.write(s.endsWith("\n") ? s : s + "\n");
const defaultErr: Out = (s) => process.stderr.write(`bdg: ${s.replace(/\s*\n\s*/g, " ")}\n`);
/** Usage shown because the command line was wrong goes to stderr as it is (several lines). */
const defaultUsageErr: Out = (s) => process.stderr.write(s.endsWith("\n") ? s : s + "\n");

/**
 * The `bdg` command. Returns the exit status: 0 no error-severity issue, 1 some file has one (or
 * `progress`/`report` found no tracking table), 2 a file cannot be read or the command is wrong —
 * with one line on stderr, never a stack nor an operating-system error code.
 */
export async function main(argv: readonly string[], out: Out = defaultOut, err: Out = defaultErr, usageErr: Out = defaultUsageErr): Promise<number> {
  let locale: "vi" | "en" = "vi";
  try {
    const args = parseArgs(argv);
    locale = localeOf(args);
    const t = CLI_MESSAGES[locale];
    if (args.flags.get("version") === true) {
      out(t.version({ version: packageVersion() }));
      return 0;
    }
    if (args.flags.get("help") === true || args.command === "help") {
      out(usageOf(t.usage(), args.command === "help" ? null : args.command));
      return 0;
    }
    if (args.command === null) {
      usageErr(t.usage());
      return 2;
    }
    switch (args.command) {
      case "validate":
        return await validateCommand(args, out, err);
      case "progress":
        // Several files (or a unit corrected): each file's progress, then the consolidated one.
        if (args.positional.length > 1 || args.flags.has("unit")) return await consolidatedProgressCommand(args, out, err);
        return await progressCommand(args, out);
      case "report":
        // Several files (or a unit corrected): one report over all of them, in a new workbook.
        if (args.positional.length > 1 || args.flags.has("unit")) return await consolidatedReportCommand(args, out, err);
        return await reportCommand(args, out);
      case "plan":
        return await planCommand(args, out);
      default:
        err(t.unknownCommand({ command: args.command }));
        return 2;
    }
  } catch (e) {
    const t = CLI_MESSAGES[locale];
    if (e instanceof UsageError) err(t.missingValue({ flag: e.message }));
    else if (e instanceof CliFailure) {
      err(e.message);
      return e.exitCode;
    } else err(t.unexpectedError({ reason: scrubbedReason(e, t) }));
    return 2;
  }
}

/**
 * `bdg report --help`: the usage lines of that command (a command's lines run on, indented, after
 * its first) and the lines every command shares; the whole usage for `bdg --help` or a command
 * that does not exist.
 */
export function usageOf(usage: string, command: string | null): string {
  const lines = usage.split("\n");
  const own = (line: string): string | null => /^ {2}bdg (\S+)/.exec(line)?.[1] ?? null;
  if (command === null || !lines.some((l) => own(l) === command)) return usage;
  const kept: string[] = [];
  let current: string | null = "";
  for (const line of lines) {
    const cmd = own(line);
    if (cmd !== null) current = cmd;
    else if (!line.startsWith("  ")) current = "";
    if (current === "" || current === command) kept.push(line);
  }
  return kept.join("\n");
}
