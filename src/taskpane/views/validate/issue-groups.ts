/** The issue list's filters. Grouping by rule and where an issue points are the core's (core/validate). */
import type { Analysis } from "../../../core/engine";
import type { PlanModel } from "../../../core/plan/model";
import type { Issue, Severity } from "../../../core/validate/issue";

/** What the issue list shows: null means "all". Sheet "" stands for issues not on a sheet (coverage). */
export interface IssueFilter {
  severity: Severity | null;
  sheet: string | null;
  task: string | null;
}

export const NO_FILTER: IssueFilter = { severity: null, sheet: null, task: null };

const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/**
 * The task of every issue: coverage issues carry it; a row issue takes the task of the activity on
 * its row, so that filtering by task finds the row errors of that task's activities too.
 */
export function issueTasks(analysis: Analysis): Map<Issue, string> {
  const byRow = new Map<string, string>();
  for (const a of analysis.data.activities) if (a.taskId) byRow.set(rowKey(a.sheet, a.row), a.taskId);
  const out = new Map<Issue, string>();
  for (const i of analysis.issues) {
    const t = i.taskId ?? (i.sheet !== undefined && i.row !== undefined ? byRow.get(rowKey(i.sheet, i.row)) : undefined);
    if (t) out.set(i, t);
  }
  return out;
}

export function filterIssues(issues: readonly Issue[], f: IssueFilter, tasks: Map<Issue, string>, plan: PlanModel): Issue[] {
  return issues.filter((i) => {
    if (f.severity !== null && i.severity !== f.severity) return false;
    if (f.sheet !== null && (i.sheet ?? "") !== f.sheet) return false;
    if (f.task !== null) {
      const t = tasks.get(i);
      if (!t || !plan.inScope(t, f.task)) return false;
    }
    return true;
  });
}

/** The choices the filters offer: only sheets and tasks that have issues, in workbook and plan order. */
export function filterChoices(analysis: Analysis, tasks: Map<Issue, string>, plan: PlanModel): { sheets: string[]; hasUnplaced: boolean; tasks: string[] } {
  const sheets = new Set<string>();
  let hasUnplaced = false;
  for (const i of analysis.issues) {
    if (i.sheet !== undefined) sheets.add(i.sheet);
    else hasUnplaced = true;
  }
  const used = new Set(tasks.values());
  const taskIds = plan.tasks.filter((t) => [...used].some((u) => plan.inScope(u, t.id))).map((t) => t.id);
  const order = analysis.data.sheetsRead;
  const sheetList = [...sheets].sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b));
  return { sheets: sheetList, hasUnplaced, tasks: taskIds };
}
