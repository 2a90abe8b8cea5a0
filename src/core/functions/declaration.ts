import type { AnalysisView } from "./analysis-view";
import type { FunctionError } from "./function-error";
import type { Args, FunctionContext, FunctionValue, ParamKind, ParamSpec } from "./types";

/**
 * A BDG.* function as data: its name, its parameters (each of a kind that the coercion layer knows)
 * and its implementation on coerced arguments. Families declare their functions beside their
 * implementations; src/functions only forwards Excel's arguments by name.
 */
interface Common<N extends string> {
  /** The name after "BDG.", e.g. "PROGRESS". */
  name: N;
  params: readonly ParamSpec[];
  /** A single value, or a table that spills. */
  result: "scalar" | "matrix";
}

/** A function answered from tracking data: a `data` range, or the workbook's own tables. */
export interface TrackingDeclaration<N extends string = string> extends Common<N> {
  uses: "tracking";
  impl(args: Args, view: AnalysisView, ctx: FunctionContext): FunctionValue | FunctionError;
}

/** A function answered from the plan alone. */
export interface PlanDeclaration<N extends string = string> extends Common<N> {
  uses: "plan";
  impl(args: Args, ctx: FunctionContext): FunctionValue | FunctionError;
}

export type FunctionDeclaration<N extends string = string> = TrackingDeclaration<N> | PlanDeclaration<N>;

/**
 * Declares a function over tracking data, keeping its name as a literal type so that the registry
 * derives `FunctionName` from the declarations themselves.
 */
export function trackingFunction<N extends string>(d: TrackingDeclaration<N>): TrackingDeclaration<N> {
  return d;
}

/** Declares a function over the plan alone (see trackingFunction). */
export function planFunction<N extends string>(d: PlanDeclaration<N>): PlanDeclaration<N> {
  return d;
}

export function param(name: string, kind: ParamKind, optional = true): ParamSpec {
  return { name, kind, optional };
}
