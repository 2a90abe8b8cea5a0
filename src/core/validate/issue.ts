import { CONTENT_DESCRIPTORS } from "./content";
import { COVERAGE_DESCRIPTORS } from "./coverage";
import { DATE_DESCRIPTORS } from "./dates";
import type { CodeOf, DataProblemCodeOf, RuleDescriptor, Severity } from "./descriptor";
import { ENCODING_DESCRIPTORS } from "./encoding";
import { FILE_DESCRIPTORS } from "../consolidate/file-rules";
import { NUMBER_DESCRIPTORS } from "./numbers";
import { ROW_DESCRIPTORS } from "./rows";
import { STRUCTURE_DESCRIPTORS } from "./structure";
import { TOTAL_DESCRIPTORS } from "./totals";
import { UNIT_DESCRIPTORS } from "./units";

export type { Severity } from "./descriptor";

const FAMILIES = [
  STRUCTURE_DESCRIPTORS,
  ROW_DESCRIPTORS,
  DATE_DESCRIPTORS,
  NUMBER_DESCRIPTORS,
  CONTENT_DESCRIPTORS,
  UNIT_DESCRIPTORS,
  TOTAL_DESCRIPTORS,
  ENCODING_DESCRIPTORS,
  COVERAGE_DESCRIPTORS,
  FILE_DESCRIPTORS,
] as const;

/** Every rule's code: stable, users and tests depend on them. */
export type RuleCode = CodeOf<(typeof FAMILIES)[number]>;

/** The rules that a report lists among the data still to fix; each has a report text. */
export type DataProblemRule = DataProblemCodeOf<(typeof FAMILIES)[number]>;

/** Every rule's descriptor, in the order of the list users see (`listed`). */
export const RULE_DESCRIPTORS: readonly RuleDescriptor<RuleCode>[] = FAMILIES.flatMap((f) => Object.values(f) as RuleDescriptor<RuleCode>[]).sort(
  (a, b) => a.listed - b.listed,
);

/** The rule codes in the order of the list users see. */
export const RULE_CODES: readonly RuleCode[] = RULE_DESCRIPTORS.map((d) => d.code);

const BY_CODE = new Map<RuleCode, RuleDescriptor<RuleCode>>(RULE_DESCRIPTORS.map((d) => [d.code, d]));

export function ruleDescriptor(code: RuleCode): RuleDescriptor<RuleCode> {
  return BY_CODE.get(code) as RuleDescriptor<RuleCode>;
}

/** Whether a report lists the rule's findings among the data still to fix. */
export function isDataProblem(code: RuleCode): code is DataProblemRule {
  return BY_CODE.get(code)?.report === "data-problem";
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One problem, pinned to a cell (row issues) or to a (task, year) (coverage issues); docs/design.md#rules. */
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
  /** The quarter, half or campaign window of the year (1-based), for an obligation that is one of several in its year. */
  part?: number;
  value?: string | number | boolean | null;
}
