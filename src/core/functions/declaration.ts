import type { AnalysisView } from "./analysis-view";
import type { FunctionError } from "./function-error";
import type { Args, FunctionContext, FunctionValue, ParamKind, ParamSpec } from "./types";

/**
 * A BDG.* function as data: its name, its parameters (each of a kind that the coercion layer knows)
 * and its implementation on coerced arguments. Families declare their functions beside their
 * implementations; src/functions only forwards Excel's arguments by name.
 */
interface Common {
  /** The name after "BDG.", e.g. "PROGRESS". */
  name: string;
  params: readonly ParamSpec[];
  /** A single value, or a table that spills. */
  result: "scalar" | "matrix";
}

/** A function answered from tracking data: a `data` range, or the workbook's own tables. */
export interface TrackingDeclaration extends Common {
  uses: "tracking";
  impl(args: Args, view: AnalysisView, ctx: FunctionContext): FunctionValue | FunctionError;
}

/** A function answered from the plan alone. */
export interface PlanDeclaration extends Common {
  uses: "plan";
  impl(args: Args, ctx: FunctionContext): FunctionValue | FunctionError;
}

export type FunctionDeclaration = TrackingDeclaration | PlanDeclaration;

export function param(name: string, kind: ParamKind, optional = true): ParamSpec {
  return { name, kind, optional };
}
