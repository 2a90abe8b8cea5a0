import type { Locale } from "../i18n/locale";
import type { RuleMessages } from "../i18n/rules-messages";
import type { PlanModel } from "../plan/model";
import type { ObligationStatus } from "../progress/statuses";
import type { TrackingData } from "../read/types";
import type { Day } from "../time/days";
import type { RuleCode, Severity } from "./issue";

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
  value?: string | number | boolean | null;
  /** Only for rules whose severity depends on the case (missing-column, missing-once-task). */
  severity?: Severity;
}

/** A validation rule: a stable code, its usual severity, and a single cheap pass over the data. */
export interface Rule {
  code: RuleCode;
  severity: Severity;
  check(ctx: RuleContext): Iterable<Finding>;
}
