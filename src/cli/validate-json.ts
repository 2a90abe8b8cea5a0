import type { Analysis } from "../core/engine";
import { columnLetter } from "../core/snapshot";
import type { UnreadableWorkbook } from "./load-workbook";

/** One file's entry of `bdg validate --json` (docs/design.md, Command line). */
export function fileJson(file: string, a: Analysis): object {
  return {
    file,
    tables: a.data.tables.map((t) => ({
      sheet: t.sheet,
      headerRow: t.headerRow,
      rows: t.activities.length,
      columns: Object.fromEntries(Object.entries(t.columns).map(([f, c]) => [f, columnLetter(c as number)])),
    })),
    issues: a.issues,
    summary: a.summary,
    progress: a.progress,
    notes: a.notes,
  };
}

/** The entry of a file that cannot be read: its name, and the error's code and message (the line also printed on stderr). */
export function unreadableFileJson(e: UnreadableWorkbook): object {
  return { file: e.file, error: { code: e.code, message: e.reason } };
}
