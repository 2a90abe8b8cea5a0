import { analyzeTracking, type Analysis } from "../../core/engine";
import type { Locale } from "../../core/i18n/locale";
import type { PlanModel } from "../../core/plan/model";
import { readTracking } from "../../core/read/read-tracking";
import type { ColumnOverride } from "../../core/read/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { Day } from "../../core/time/days";
import type { TaskControl } from "./use-long-task";

export interface AnalyzeOptions {
  asOf: Day;
  locale: Locale;
  overrides: readonly ColumnOverride[];
}

/** Lets the browser paint and handle clicks (Cancel) between the synchronous phases. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  const e = new Error("aborted");
  e.name = "AbortError";
  return e;
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

/**
 * The core analysis in two phases (read the tables, then validate and measure) with a pause
 * between them, so that a 50,000-row workbook never blocks the pane for the whole run.
 * Progress covers `from`..1 of the operation's bar (reading the workbook used the part before).
 */
export async function analyzeInSteps(
  snapshot: WorkbookSnapshot,
  plan: PlanModel,
  opts: AnalyzeOptions,
  ctl: TaskControl,
  labels: { reading: string; checking: string },
  from = 0,
): Promise<Analysis> {
  const span = 1 - from;
  ctl.progress(from, labels.reading);
  await yieldToBrowser();
  throwIfAborted(ctl.signal);
  const data = readTracking(snapshot, plan, { overrides: opts.overrides });
  ctl.progress(from + span * 0.5, labels.checking);
  await yieldToBrowser();
  throwIfAborted(ctl.signal);
  const analysis = analyzeTracking(data, plan, { asOf: opts.asOf, locale: opts.locale, overrides: opts.overrides });
  ctl.progress(1, labels.checking);
  await yieldToBrowser();
  throwIfAborted(ctl.signal);
  return analysis;
}
