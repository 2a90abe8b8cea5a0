import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { ruleMessages } from "../i18n/rules-messages";
import type { PlanModel } from "../plan/model";
import { obligationStatuses, type ObligationStatus } from "../progress/statuses";
import type { TrackingData } from "../read/types";
import { columnNumber } from "../snapshot";
import { viDateOf, type Day } from "../time/days";
import type { Issue } from "./issue";
import { RULES } from "./registry";
import type { Rule, RuleContext } from "./rule";
import { runRules } from "./run-rules";

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

  const found = runRules(opts.rules ?? RULES, ctx);

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
