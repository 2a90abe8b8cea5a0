import type { ParsedArgs } from "./args";

/** A file name as typed in a shell: quoted when it holds spaces or shell characters. */
export function shellArg(s: string): string {
  return /^[\w./:@%+,=-]+$/u.test(s) ? s : `"${s.replace(/(["\\$`])/g, "\\$1")}"`;
}

/** `bdg validate <file>` with the options that change what it finds (--plan, --as-of) carried over. */
export function validateCommandFor(file: string, args: ParsedArgs): string {
  const parts = ["bdg", "validate", shellArg(file)];
  for (const flag of ["plan", "as-of", "lang"]) {
    const v = args.flags.get(flag);
    if (typeof v === "string") parts.push(`--${flag}`, shellArg(v));
  }
  return parts.join(" ");
}

/** `bdg validate <file>...` over several files, with the same options carried over. */
export function validateCommandForFiles(files: readonly string[], args: ParsedArgs): string {
  const parts = ["bdg", "validate", ...files.map(shellArg)];
  for (const flag of ["plan", "as-of", "lang"]) {
    const v = args.flags.get(flag);
    if (typeof v === "string") parts.push(`--${flag}`, shellArg(v));
  }
  return parts.join(" ");
}

/** An example of the command that was typed, for "no file given". */
export function exampleFor(command: string): string {
  return command === "report" ? "bdg report theo-doi.xlsx --year 2024" : `bdg ${command} theo-doi.xlsx`;
}
