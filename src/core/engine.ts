import { withoutPlanSheet } from "./plan-sheet/read-plan-sheet";
import type { PlanModel } from "./plan/model";
import { obligationStatuses, progressOf, type ObligationStatus } from "./progress";
import { readTracking } from "./read/read-tracking";
import type { ColumnOverride, TaskChoice, TrackingData } from "./read/types";
import type { Day } from "./time/days";
import type { Locale } from "./i18n/locale";
import type { Issue } from "./validate/issue";
import { summarize, validateTracking } from "./validate";

export interface AnalysisOptions {
  asOf: Day;
  locale?: Locale;
  overrides?: readonly ColumnOverride[];
  /** The years the user says the book covers (--years, the pane's setting). */
  years?: { from: number; to: number };
  /** Guessed tasks the user confirmed or corrected. */
  taskChoices?: readonly TaskChoice[];
}

export interface ProgressFigures {
  /** null when nothing is due yet. */
  overall: number | null;
  byYear: Record<string, number | null>;
}

/** Everything one pass over a workbook yields: the same in Excel and on the command line. */
export interface Analysis {
  data: TrackingData;
  issues: Issue[];
  notes: string[];
  summary: { errors: number; warnings: number; infos: number };
  statuses: ObligationStatus[];
  progress: ProgressFigures;
}

export function progressFigures(statuses: ObligationStatus[], plan: PlanModel, asOf: Day, scope = ""): ProgressFigures {
  const byYear: Record<string, number | null> = {};
  for (const y of plan.years) byYear[String(y)] = progressOf(statuses, plan, scope, y, asOf);
  return { overall: progressOf(statuses, plan, scope, null, asOf), byYear };
}

/** Read, validate and measure: workbook data in, everything the user sees out. */
export function analyzeTracking(data: TrackingData, plan: PlanModel, opts: AnalysisOptions): Analysis {
  const statuses = obligationStatuses(data, plan, opts.asOf);
  const { issues, notes } = validateTracking(data, plan, { asOf: opts.asOf, locale: opts.locale, statuses });
  return { data, issues, notes, summary: summarize(issues), statuses, progress: progressFigures(statuses, plan, opts.asOf) };
}

export function analyzeWorkbook(
  book: Parameters<typeof readTracking>[0],
  plan: PlanModel,
  opts: AnalysisOptions,
): Analysis {
  // The plan sheet is the plan, not activities: the tracking reader never sees it.
  return analyzeTracking(readTracking(withoutPlanSheet(book), plan, { overrides: opts.overrides, years: opts.years, taskChoices: opts.taskChoices }), plan, opts);
}
