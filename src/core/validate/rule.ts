import type { Locale } from "../i18n/locale";
import type { RuleMessages } from "../i18n/rules-messages";
import type { PlanModel } from "../plan/model";
import type { ObligationStatus } from "../progress/statuses";
import type { Activity, Field, TotalRow, TrackingData, TrackingTable } from "../read/types";
import type { Day } from "../time/days";
import type { RuleDescriptor, Severity } from "./descriptor";
import type { RuleCode } from "./issue";

/** What every rule sees: the data, the plan, the as-of day, and the messages of the chosen locale. */
export interface RuleContext {
  readonly data: TrackingData;
  readonly plan: PlanModel;
  readonly asOf: Day;
  readonly locale: Locale;
  readonly msg: RuleMessages;
  /** Obligation statuses at the as-of day, computed once for the rules that need them. */
  statuses(): ObligationStatus[];
}

/**
 * One problem a rule found. A row finding gives sheet, row and the 1-based column of the cell
 * (the runner turns it into an A1 address, so the cell always lies on the row); a coverage
 * finding gives taskId and year instead.
 */
export interface Finding {
  message: string;
  sheet?: string;
  row?: number;
  col?: number;
  taskId?: string;
  year?: number;
  /** The quarter, half or campaign window of the year (1-based), for an obligation that is one of several in its year. */
  part?: number;
  value?: string | number | boolean | null;
  /** Only for rules whose severity depends on the case (missing-column, missing-once-task). */
  severity?: Severity;
}

/**
 * A row's columns, resolved once per table: only real (1-based, whole) column numbers are kept,
 * so `cols.female !== undefined` means the table has a women column.
 */
export type Columns = Readonly<Partial<Record<Field, number>>>;

/** Per-row checks of one run; each pushes its findings (and only findings) onto `out`. */
export interface RowChecks {
  activity?(a: Activity, cols: Columns, out: Finding[]): void;
  total?(t: TotalRow, table: TrackingTable, cols: Columns, out: Finding[]): void;
}

/**
 * A rule about one row at a time. The runner walks every table once, each activity then each
 * total row, and hands the row to every row rule: `rows` prepares a run (its caches) once.
 */
export interface RowRule extends RuleDescriptor<RuleCode> {
  rows(ctx: RuleContext): RowChecks;
}

/** A rule about the whole data (tables, duplicates across rows, coverage of the plan). */
export interface DataRule extends RuleDescriptor<RuleCode> {
  check(ctx: RuleContext, out: Finding[]): void;
}

/** A validation rule: its descriptor (code, usual severity, family, list place, report use) and a cheap check. */
export type Rule = RowRule | DataRule;

export const isRowRule = (r: Rule): r is RowRule => "rows" in r;
