/** A parsed command line: the command, its positional arguments and its --flags. */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  flags: Map<string, string | true>;
}

/** Flags that take a value; every other flag is a switch. */
export const VALUE_FLAGS: ReadonlySet<string> = new Set([
  "plan",
  "as-of",
  "scope",
  "year",
  "years",
  "forms",
  "out",
  "profile",
  "preset",
  "lang",
  // `bdg plan --xlsx out.xlsx`: where to write the plan sheet
  "xlsx",
  // organisation profile fields of `bdg report`
  "parent",
  "agency",
  "symbol",
  "place",
  "signer-authority",
  "signer-title",
  "signer-name",
  "recipients",
  // `bdg report --half YYYY --cutoff nd09`
  "half",
  "cutoff",
  // a consolidation's unit of one file: --unit FILE=NAME, once per file
  "unit",
]);

/** Flags that may be given more than once: their values are kept in order (flagValues). */
const REPEATABLE_FLAGS: ReadonlySet<string> = new Set(["unit"]);
const REPEAT_SEPARATOR = "\u0000";

/** Every value given for a flag, in order (a repeatable flag may be given several times). */
export function flagValues(args: ParsedArgs, name: string): string[] {
  const v = args.flags.get(name);
  if (v === undefined) return [];
  return v === true ? [""] : v.split(REPEAT_SEPARATOR);
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value.startsWith("--")) throw new UsageError(name);
        const earlier = flags.get(name);
        flags.set(name, REPEATABLE_FLAGS.has(name) && typeof earlier === "string" ? earlier + REPEAT_SEPARATOR + value : value);
      } else {
        flags.set(name, true);
      }
    } else if (a === "-h") {
      flags.set("help", true);
    } else if (command === null) {
      command = a;
    } else {
      positional.push(a);
    }
  }
  return { command, positional, flags };
}
