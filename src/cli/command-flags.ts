import { REPORT_FLAGS } from "./commands/report";

/** The flags each command accepts besides --lang and --help (the usage text must list exactly these). */
export const COMMAND_FLAGS = {
  validate: ["plan", "as-of", "json", "unit", "years"],
  progress: ["plan", "as-of", "json", "scope", "year", "unit", "years"],
  report: REPORT_FLAGS,
  plan: ["plan", "json", "xlsx"],
} as const satisfies Record<string, readonly string[]>;

/** Flags every command accepts. */
export const COMMON_FLAGS = ["lang", "help"] as const;

export type CommandName = keyof typeof COMMAND_FLAGS;
