import type { Activity, TotalRow, TrackingTable } from "../read/types";
import type { Issue } from "./issue";
import { isRowRule, type Columns, type Finding, type Rule, type RuleContext } from "./rule";
import { addressOf, columnResolver } from "./cells";

type ActivityCheck = (a: Activity, cols: Columns, out: Finding[]) => void;
type TotalCheck = (t: TotalRow, table: TrackingTable, cols: Columns, out: Finding[]) => void;

function toIssue(rule: Rule, f: Finding): Issue {
  const issue: Issue = { rule: rule.code, severity: f.severity ?? rule.severity, message: f.message };
  if (f.sheet !== undefined) issue.sheet = f.sheet;
  if (f.row !== undefined) {
    issue.row = f.row;
    // Built from the row itself, so that a cell always lies on its issue's row.
    if (f.col !== undefined && f.col > 0 && Number.isInteger(f.col) && f.row > 0 && Number.isInteger(f.row)) issue.cell = addressOf(f.row, f.col);
  }
  if (f.taskId !== undefined) issue.taskId = f.taskId;
  if (f.year !== undefined) issue.year = f.year;
  if (f.part !== undefined) issue.part = f.part;
  if (f.value !== undefined) issue.value = f.value;
  return issue;
}

/**
 * Every rule over the data: each data rule once, and the row rules together in one walk over the
 * tables (each activity, then each total row), so that 50,000 rows are visited once, not once
 * per rule. Issues come out grouped by rule, in the rules' order, each rule's in its own order;
 * `cols[i]` is the column of `issues[i].cell` (0 without a cell), for sorting.
 */
export function runRules(rules: readonly Rule[], ctx: RuleContext): { issues: Issue[]; cols: number[] } {
  const found = rules.map((rule) => ({ rule, out: [] as Finding[] }));
  const activityChecks: Array<{ check: ActivityCheck; out: Finding[] }> = [];
  const totalChecks: Array<{ check: TotalCheck; out: Finding[] }> = [];
  for (const { rule, out } of found) {
    if (!isRowRule(rule)) {
      rule.check(ctx, out);
      continue;
    }
    const checks = rule.rows(ctx);
    if (checks.activity) activityChecks.push({ check: checks.activity, out });
    if (checks.total) totalChecks.push({ check: checks.total, out });
  }

  const columnsOf = columnResolver();
  for (const table of ctx.data.tables) {
    if (activityChecks.length > 0) {
      for (const a of table.activities) {
        const cols = columnsOf(a.columns);
        for (const { check, out } of activityChecks) check(a, cols, out);
      }
    }
    if (totalChecks.length > 0) {
      for (const t of table.totals) {
        const cols = columnsOf(t.columns);
        for (const { check, out } of totalChecks) check(t, table, cols, out);
      }
    }
  }

  const issues: Issue[] = [];
  const cols: number[] = [];
  for (const { rule, out } of found) {
    for (const f of out) {
      const issue = toIssue(rule, f);
      issues.push(issue);
      cols.push(issue.cell === undefined || f.col === undefined ? 0 : f.col);
    }
  }
  return { issues, cols };
}
