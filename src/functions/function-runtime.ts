import { prepareCall, runCall } from "../core/functions/evaluate";
import { FunctionError, isFunctionError } from "../core/functions/function-error";
import type { FunctionName } from "../core/functions/registry";
import type { FunctionOutcome, FunctionValue } from "../core/functions/types";
import { OfficeWorkbookService } from "../excel/office-workbook-service";
import { TrackingStore, type StoreState, type TrackingSource } from "./tracking-store";

/**
 * The few lines between Excel's custom-functions runtime and the core: every BDG.* function in
 * functions.ts is one call to `streamTracking` or `planValue`. Errors from the core become
 * CustomFunctions.Error here and nowhere else.
 */

let store: TrackingStore | null = null;

/** In Excel: the workbook through Office.js. Elsewhere (no Excel global): none. */
function officeSource(): TrackingSource | null {
  return typeof Excel !== "undefined" ? sharedService() : null;
}

let service: OfficeWorkbookService | null = null;
function sharedService(): OfficeWorkbookService {
  service ??= new OfficeWorkbookService();
  return service;
}

/** The store every function of this page shares. */
export function functionStore(): TrackingStore {
  store ??= new TrackingStore(officeSource);
  return store;
}

/** Use another store (tests, or a host page that provides its own workbook source). */
export function useFunctionStore(next: TrackingStore): void {
  store = next;
}

/** A core error as the error Excel shows, with its message (#VALUE! and #N/A carry one). */
export function toExcelError(e: FunctionError): CustomFunctions.Error {
  const code = e.code === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

export function toExcelResult(outcome: FunctionOutcome): FunctionValue | CustomFunctions.Error {
  return isFunctionError(outcome) ? toExcelError(outcome) : outcome;
}

function stateOutcome(name: FunctionName, raw: readonly unknown[], state: StoreState): FunctionOutcome {
  // Arguments are checked against the plan the workbook uses now (it may have been replaced).
  const call = prepareCall(name, raw, state.ctx);
  if (isFunctionError(call)) return call;
  if (call.source === "workbook" && state.error) return state.error;
  return runCall(call, state.ctx, state.analysis);
}

/**
 * A function over tracking data, as a streaming function. With a `data` range it answers once
 * (Excel calls it again when the range changes). Without one it answers from the workbook's own
 * tables and answers again whenever they change, until Excel cancels the call.
 */
export function streamTracking<T>(name: FunctionName, raw: readonly unknown[], invocation: CustomFunctions.StreamingInvocation<T>): void {
  const s = functionStore();
  const set = (outcome: FunctionOutcome): void => invocation.setResult(toExcelResult(outcome) as T | CustomFunctions.Error);
  let cancelled = false;
  let unsubscribe: (() => void) | null = null;
  invocation.onCanceled = () => {
    cancelled = true;
    unsubscribe?.();
  };
  // Arguments the saved plan refuses may be right for the workbook's plan sheet: read the workbook, then check again.
  s.context()
    .then(async (ctx) => (isFunctionError(prepareCall(name, raw, ctx)) && (await s.current().then((st) => st.sheetPlan !== undefined, () => false)) ? s.context() : ctx))
    .then(
    (ctx) => {
      if (cancelled) return;
      const call = prepareCall(name, raw, ctx);
      if (isFunctionError(call)) return set(call);
      if (call.source !== "workbook") return set(runCall(call, ctx));
      unsubscribe = s.subscribe((state) => set(stateOutcome(name, raw, state)));
    },
    (e: unknown) => set(new FunctionError("#N/A", e instanceof Error ? e.message : String(e))),
  );
}

/** A function over the plan alone: its value, or the Excel error it stands for (thrown, as Excel expects). */
export async function planValue<T extends FunctionValue>(name: FunctionName, raw: readonly unknown[]): Promise<T> {
  const ctx = await functionStore().context();
  const call = prepareCall(name, raw, ctx);
  const outcome = isFunctionError(call) ? call : runCall(call, ctx);
  if (isFunctionError(outcome)) throw toExcelError(outcome);
  return outcome as T;
}
