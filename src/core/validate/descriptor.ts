/**
 * What the product knows of a validation rule besides its check: its stable code, its usual
 * severity, its family (the module that holds it), its place in the list users see, and how a
 * report states its findings. Each family module declares its rules' descriptors next to their
 * checks; `issue.ts` derives the rule codes from them, so a text keyed by rule code that misses a
 * rule does not compile.
 */

export type Severity = "error" | "warning" | "info";

export type RuleFamily = "structure" | "rows" | "dates" | "numbers" | "content" | "units" | "totals" | "encoding" | "coverage" | "files";

/**
 * How the BC report states a rule's findings:
 * - "data-problem": listed among the data still to fix ("4. Số liệu theo dõi"), under its report text;
 * - "progress": stated as obligations overdue or open, not as a data problem;
 * - "none": not in the report (notes, and what needs no fixing in the data).
 * Info findings never reach the report, whatever the rule says.
 */
export type ReportUse = "data-problem" | "progress" | "none";

export interface RuleDescriptor<C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /**
   * Place in the list of rules users see (1, 2, …): the pane's issue groups and the report's data
   * problems follow it. Independent of the order the rules run in.
   */
  readonly listed: number;
  readonly report: ReportUse;
}

/** The codes of a family's descriptors (of each family, given a union of families). */
export type CodeOf<T> = T extends Record<string, RuleDescriptor> ? T[keyof T]["code"] : never;

/** The codes of the descriptors whose findings a report lists among the data still to fix. */
export type DataProblemCodeOf<T> = T extends Record<string, RuleDescriptor> ? Extract<T[keyof T], { report: "data-problem" }>["code"] : never;
