import type { Analysis } from "../core/engine";
import { columnLetter } from "../core/snapshot";

/** One file's entry of `bdg validate --json` (DESIGN §8). */
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
