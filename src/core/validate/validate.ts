import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { ruleMessages } from "../i18n/rules-messages";
import type { PlanModel } from "../plan/model";
import { obligationStatuses, type ObligationStatus } from "../progress/statuses";
import type { TrackingData } from "../read/types";
import { a1, columnNumber } from "../snapshot";
import { viDateOf, type Day } from "../time/days";
import type { Issue } from "./issue";
import { RULES } from "./registry";
import type { Rule, RuleContext } from "./rule";

export interface ValidationOptions {
  asOf: Day;
  /** Language of the messages; Vietnamese by default. */
  locale?: Locale;
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
}

export interface ValidationResult {
  issues: Issue[];
  /** Assumptions the results rest on, e.g. that a table without a status column lists what was done. */
  notes: string[];
}

function runRule(rule: Rule, ctx: RuleContext, out: Issue[]): void {
  for (const f of rule.check(ctx)) {
    const issue: Issue = { rule: rule.code, severity: f.severity ?? rule.severity, message: f.message };
    if (f.sheet !== undefined) issue.sheet = f.sheet;
    if (f.row !== undefined) {
      issue.row = f.row;
      // Built from the row itself, so that a cell always lies on its issue's row.
      if (f.col !== undefined && f.col > 0 && Number.isInteger(f.col) && f.row > 0 && Number.isInteger(f.row)) issue.cell = a1(f.row, f.col);
    }
    if (f.taskId !== undefined) issue.taskId = f.taskId;
    if (f.year !== undefined) issue.year = f.year;
    if (f.value !== undefined) issue.value = f.value;
    out.push(issue);
  }
}

const cellKey = (i: Issue): string => `${i.sheet ?? ""}\u0000${i.cell ?? ""}`;

/** Sheet order is the workbook's; issues without a sheet (workbook and coverage) come last, in rule order. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const sheetRank = new Map(sheetOrder.map((s, i) => [s, i]));
  // Keys computed once per issue: a comparator that parsed addresses would dominate on big sheets.
  const keyed = issues.map((issue, index) => ({
    issue,
    index,
    rank: issue.sheet === undefined ? Number.MAX_SAFE_INTEGER : (sheetRank.get(issue.sheet) ?? sheetOrder.length),
    row: issue.row ?? 0,
    col: issue.cell ? columnNumber(issue.cell.replace(/\d+$/, "")) : 0,
  }));
  keyed.sort(
    (x, y) =>
      x.rank - y.rank ||
      (x.issue.sheet !== y.issue.sheet ? (x.issue.sheet ?? "").localeCompare(y.issue.sheet ?? "") : 0) ||
      x.row - y.row ||
      x.col - y.col ||
      x.index - y.index,
  );
  return keyed.map((e) => e.issue);
}

/**
 * Every rule over the tracking data, at an as-of day. Issues are sorted by sheet, row and column;
 * on a cell holding an Excel error, cell-error is the only issue kept. Notes state the assumptions
 * made (a table without a status column), one per table, in the same language as the messages.
 */
export function validateTracking(data: TrackingData, plan: PlanModel, opts: ValidationOptions): ValidationResult {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const msg = ruleMessages(locale);
  let statuses: ObligationStatus[] | undefined;
  const ctx: RuleContext = {
    data,
    plan,
    asOf: opts.asOf,
    locale,
    msg,
    statuses: () => (statuses ??= obligationStatuses(data, plan, opts.asOf)),
  };

  const found: Issue[] = [];
  for (const rule of opts.rules ?? RULES) runRule(rule, ctx, found);

  const errorCells = new Set(found.filter((i) => i.rule === "cell-error" && i.cell).map(cellKey));
  const kept = errorCells.size === 0 ? found : found.filter((i) => i.rule === "cell-error" || !i.cell || !errorCells.has(cellKey(i)));

  const notes: string[] = [];
  for (const t of data.tables) {
    if (!t.hasStatusColumn && t.activities.length > 0) notes.push(msg.noStatusColumn({ sheet: t.sheet, asOf: viDateOf(opts.asOf) }));
  }
  return { issues: sortIssues(kept, data.sheetsRead), notes };
}

export function summarize(issues: readonly Issue[]): { errors: number; warnings: number; infos: number } {
  const s = { errors: 0, warnings: 0, infos: 0 };
  for (const i of issues) {
    if (i.severity === "error") s.errors++;
    else if (i.severity === "warning") s.warnings++;
    else s.infos++;
  }
  return s;
}
