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
import type { RuleMessages } from "../i18n/rules-messages";
import { runRules } from "./run-rules";

export interface ValidationOptions {
  asOf: Day;
  /** Language of the messages; Vietnamese by default. */
  locale?: Locale;
  /** The rules to run; all of them by default. */
  rules?: readonly Rule[];
  /**
   * obligationStatuses(data, plan, asOf), when the caller computes them anyway (as the analysis
   * does for progress): the coverage rules then use them instead of computing them again.
   */
  statuses?: ObligationStatus[];
}

export interface ValidationResult {
  issues: Issue[];
  /** Assumptions the results rest on, e.g. that a table without a status column lists what was done. */
  notes: string[];
}

const cellKey = (i: Issue): string => `${i.sheet ?? ""}\u0000${i.cell ?? ""}`;

/** An issue, where it lies (sheet rank, row, column), and its rank among the issues found. */
interface Placed {
  issue: Issue;
  index: number;
  rank: number;
  row: number;
  col: number;
}

/** Sheet order is the workbook's; issues without a sheet (workbook and coverage) come last. */
function sheetRanker(sheetOrder: readonly string[]): (sheet: string | undefined) => number {
  const sheetRank = new Map(sheetOrder.map((s, i) => [s, i]));
  return (sheet) => (sheet === undefined ? Number.MAX_SAFE_INTEGER : (sheetRank.get(sheet) ?? sheetOrder.length));
}

const byPlace = (x: Placed, y: Placed): number =>
  x.rank - y.rank ||
  (x.issue.sheet !== y.issue.sheet ? (x.issue.sheet ?? "").localeCompare(y.issue.sheet ?? "") : 0) ||
  x.row - y.row ||
  x.col - y.col ||
  x.index - y.index;

/** Sheet order is the workbook's; issues without a sheet (workbook and coverage) come last, in rule order. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const rankOf = sheetRanker(sheetOrder);
  // Keys computed once per issue: a comparator that parsed addresses would dominate on big sheets.
  const placed = issues.map((issue, index) => ({
    issue,
    index,
    rank: rankOf(issue.sheet),
    row: issue.row ?? 0,
    col: issue.cell ? columnNumber(issue.cell.replace(/\d+$/, "")) : 0,
  }));
  return placed.sort(byPlace).map((e) => e.issue);
}

/**
 * Every rule over the tracking data, at an as-of day. Issues are sorted by sheet, row and column;
 * on a cell holding an Excel error, cell-error is the only issue kept. Notes state the assumptions
 * made (a table without a status column), one per table, in the same language as the messages.
 */
export function validateTracking(data: TrackingData, plan: PlanModel, opts: ValidationOptions): ValidationResult {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const msg = ruleMessages(locale);
  let statuses: ObligationStatus[] | undefined = opts.statuses;
  const ctx: RuleContext = {
    data,
    plan,
    asOf: opts.asOf,
    locale,
    msg,
    statuses: () => (statuses ??= obligationStatuses(data, plan, opts.asOf)),
  };

  const { issues: found, cols } = runRules(opts.rules ?? RULES, ctx);

  const errorCells = new Set(found.filter((i) => i.rule === "cell-error" && i.cell).map(cellKey));
  // Sorted as sortIssues sorts, with the columns the rules gave rather than parsed back from A1.
  const rankOf = sheetRanker(data.sheetsRead);
  const placed: Placed[] = [];
  found.forEach((issue, index) => {
    if (errorCells.size > 0 && issue.rule !== "cell-error" && issue.cell && errorCells.has(cellKey(issue))) return;
    placed.push({ issue, index, rank: rankOf(issue.sheet), row: issue.row ?? 0, col: cols[index] ?? 0 });
  });

  const notes: string[] = [];
  for (const t of data.tables) {
    if (!t.hasStatusColumn && t.activities.length > 0) notes.push(msg.noStatusColumn({ sheet: t.sheet, asOf: viDateOf(opts.asOf) }));
  }
  notes.push(...readingNotes(data, msg));
  return { issues: placed.sort(byPlace).map((e) => e.issue), notes };
}

/** What the reader left out on purpose: hidden rows (one note for the book) and summary sheets. */
export function readingNotes(data: TrackingData, msg: RuleMessages): string[] {
  const notes: string[] = [];
  let count = 0;
  const places: Array<{ sheet: string; rows: string }> = [];
  for (const t of data.tables) {
    const hidden = t.hiddenActivities;
    if (!hidden || hidden.length === 0) continue;
    count += hidden.length;
    const rows = hidden.map((a) => a.row);
    const last = places[places.length - 1];
    if (last && last.sheet === t.sheet) last.rows += `, ${rowRuns(rows)}`;
    else places.push({ sheet: t.sheet, rows: rowRuns(rows) });
  }
  if (count > 0) notes.push(msg.hiddenRowsLeftOut({ count, places }));
  const given = (f: string): boolean => data.tables.some((t) => (t.columns as Record<string, number | undefined>)[f] !== undefined);
  for (const s of data.summaries ?? []) {
    let checked = 0;
    for (const r of s.rows) for (const f of Object.keys(r.figures)) if (given(f)) checked++;
    notes.push(msg.summarySheet({ sheet: s.sheet, checked }));
  }
  return notes;
}

/** Row numbers in order as runs: "12, 15–17". */
function rowRuns(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] as number) + 1) j++;
    parts.push(i === j ? String(rows[i]) : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
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
