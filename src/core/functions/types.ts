import type { Locale } from "../i18n/locale";
import type { PlanModel } from "../plan/model";
import type { Severity } from "../validate/issue";
import type { Day } from "../time/days";
import type { FunctionError } from "./function-error";

/** What the functions answer from besides their arguments: the plan, the day and the language. */
export interface FunctionContext {
  plan: PlanModel;
  /** Results are "as of" this day (today, in the user's calendar). */
  asOf: Day;
  locale: Locale;
  /** How Excel numbers dates in the workbook (a serial passed to BDG.CAMPAIGN). */
  date1904: boolean;
}

/** The kinds of argument the functions take; each kind is coerced one way for every function. */
export type ParamKind = "scope" | "task" | "year" | "group" | "severity" | "field" | "date" | "data";

export type PeopleGroup = "total" | "female" | "male" | "ethnic";
export type TaskField = "title" | "short" | "lead" | "frequency" | "window";

/** A data range as Excel passes it: rows of cell values, header rows included. */
export type DataRows = readonly (readonly unknown[])[];

/** Arguments after coercion, by kind (a function has at most one argument of each kind). */
export interface Args {
  /** "" is the whole plan. */
  scope: string;
  task: string;
  /** null: the whole period. */
  year: number | null;
  group: PeopleGroup;
  /** Issues of this severity or worse. */
  severity: Severity;
  field: TaskField;
  date: Day | null;
  /** null: the workbook's own tracking tables. */
  data: DataRows | null;
}

export interface ParamSpec {
  /** The name Excel shows, e.g. "scope". */
  name: string;
  kind: ParamKind;
  optional: boolean;
}

/** What a function returns to a cell: a number, a text ("" for blank), or a spilled table. */
export type FunctionValue = number | string | string[][];
export type FunctionOutcome = FunctionValue | FunctionError;
