import type { Analysis } from "../core/engine";
import type { PlanModel } from "../core/plan/model";
import { columnLetter } from "../core/snapshot";
import type { UnreadableWorkbook } from "./load-workbook";

/** The plan a file was checked against, as `bdg validate --json` and `bdg progress --json` name it. */
export function planJson(plan: PlanModel): object {
  return { title: plan.plan.title, number: plan.plan.number ?? null, from: plan.firstYear, to: plan.lastYear };
}

/** One file's entry of `bdg validate --json` (docs/design.md, Command line): the plan in use, tables, issues, progress. */
export function fileJson(file: string, a: Analysis, plan: PlanModel): object {
  return {
    file,
    plan: planJson(plan),
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
