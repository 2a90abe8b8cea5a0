import type { Analysis } from "../engine";
import { functionMessages } from "../i18n/function-messages";
import { viewOf } from "./analysis-view";
import { coerceArgs } from "./coerce";
import type { FunctionDeclaration } from "./declaration";
import { isFunctionError, notAvailable, type FunctionError } from "./function-error";
import { rangeAnalysis } from "./range-analysis";
import { declarationOf, type FunctionName } from "./registry";
import type { Args, FunctionContext, FunctionOutcome } from "./types";

/**
 * Calling a BDG.* function: the same steps for all of them — find the declaration, coerce the
 * arguments, find the tracking data (the `data` range, or the workbook's analysis), run.
 */

/** A call whose arguments are valid, and where its answer comes from. */
export interface PreparedCall {
  decl: FunctionDeclaration;
  args: Args;
  /** "plan": no tracking data needed; "range": the data argument; "workbook": the workbook's own tables. */
  source: "plan" | "range" | "workbook";
}

export function prepareCall(name: FunctionName, raw: readonly unknown[], ctx: FunctionContext): PreparedCall | FunctionError {
  const decl = declarationOf(name);
  const args = coerceArgs(decl.params, raw, ctx);
  if (isFunctionError(args)) return args;
  const source = decl.uses === "plan" ? "plan" : args.data !== null ? "range" : "workbook";
  return { decl, args, source };
}

/**
 * Run a prepared call. `workbook` is the analysis of the workbook's own tables, needed only when
 * the call's source is "workbook" (null there: not read, so no data).
 */
export function runCall(call: PreparedCall, ctx: FunctionContext, workbook: Analysis | null = null): FunctionOutcome {
  const { decl, args } = call;
  if (decl.uses === "plan") return decl.impl(args, ctx);
  const m = functionMessages(ctx.locale);
  const analysis = call.source === "range" && args.data !== null ? rangeAnalysis(args.data, ctx) : workbook;
  if (!analysis) return notAvailable(m.noTableInWorkbook({}));
  const view = viewOf(analysis, ctx.plan, ctx.asOf);
  if (!view.hasData) return notAvailable(call.source === "range" ? m.noTableInRange({}) : m.noTableInWorkbook({}));
  return decl.impl(args, view, ctx);
}

/** prepareCall then runCall: the whole call, for callers that already hold the workbook's analysis. */
export function evaluate(name: FunctionName, raw: readonly unknown[], ctx: FunctionContext, workbook: Analysis | null = null): FunctionOutcome {
  const call = prepareCall(name, raw, ctx);
  return isFunctionError(call) ? call : runCall(call, ctx, workbook);
}
