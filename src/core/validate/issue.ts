/** The rule codes of DESIGN §5: stable, users and tests depend on them. */
export const RULE_CODES = [
  "no-tracking-table",
  "missing-column",
  "cell-error",
  "missing-activity",
  "unknown-task",
  "unmapped-activity",
  "missing-date",
  "bad-date",
  "date-outside-period",
  "future-completed",
  "bad-status",
  "bad-number",
  "negative-number",
  "non-integer-count",
  "female-exceeds-total",
  "ethnic-exceeds-total",
  "sex-sum-mismatch",
  "missing-sex-breakdown",
  "campaign-out-of-window",
  "unknown-unit",
  "duplicate-activity",
  "total-mismatch",
  "legacy-encoding",
  "missing-evidence",
  "missing-task-year",
  "missing-campaign",
  "missing-once-task",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type Severity = "error" | "warning" | "info";
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One problem, pinned to a cell (row issues) or to a (task, year) (coverage issues). DESIGN §5. */
export interface Issue {
  rule: RuleCode;
  severity: Severity;
  message: string;
  sheet?: string;
  /** A1 address in `sheet`. */
  cell?: string;
  /** 1-based sheet row. */
  row?: number;
  taskId?: string;
  year?: number;
  value?: string | number | boolean | null;
}
