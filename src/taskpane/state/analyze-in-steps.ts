import { progressFigures, type Analysis } from "../../core/engine";
import type { Locale } from "../../core/i18n/locale";
import type { PlanModel } from "../../core/plan/model";
import { obligationStatuses } from "../../core/progress";
import { bookYearsOf, bookYearsOverride } from "../../core/read/book-years";
import { readTracking } from "../../core/read/read-tracking";
import type { ColumnOverride, TaskChoice, TrackingData } from "../../core/read/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { Day } from "../../core/time/days";
import { RULES, sortIssues, summarize, validateTracking, type Issue } from "../../core/validate";
import type { TaskControl } from "./use-long-task";

export interface AnalyzeOptions {
  asOf: Day;
  locale: Locale;
  overrides: readonly ColumnOverride[];
  years?: { from: number; to: number };
  taskChoices?: readonly TaskChoice[];
}

/** Lets the browser paint and handle clicks (Cancel) between pieces of work. */
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

/** Pieces of work shorter than this run back to back; longer runs give the browser a turn. */
const SLICE_MS = 30;

/**
 * The same result as analyzeWorkbook (core/engine), computed in pieces with the browser given a
 * turn between them: the tables one sheet at a time, the rules one at a time, then the obligations.
 * A 50,000-row workbook thus never holds the pane for the whole run, the progress bar moves, and
 * Cancel is honoured between pieces. Progress covers `from`..1 of the operation's bar (reading the
 * workbook used the part before). tests/taskpane/analyze-in-steps.test.ts checks the equality.
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
  let last = Date.now();
  const turn = async (done: number, label: string, force = false): Promise<void> => {
    ctl.progress(from + span * done, label);
    if (force || Date.now() - last >= SLICE_MS) {
      await yieldToBrowser();
      last = Date.now();
    }
    throwIfAborted(ctl.signal);
  };

  await turn(0, labels.reading, true);
  const data: TrackingData = { tables: [], legacyCells: [], activities: [], sheetsRead: [] };
  const sheets = snapshot.sheets;
  for (let i = 0; i < sheets.length; i++) {
    const part = readTracking({ sheets: [sheets[i]], date1904: snapshot.date1904 }, plan, { overrides: opts.overrides, taskChoices: opts.taskChoices });
    data.tables.push(...part.tables);
    data.legacyCells.push(...part.legacyCells);
    data.sheetsRead.push(...part.sheetsRead);
    if (part.summaries) (data.summaries ??= []).push(...part.summaries);
    await turn((0.35 * (i + 1)) / sheets.length, labels.reading);
  }
  data.activities = data.tables.flatMap((t) => t.activities);
  // The book's own years are the whole book's statement, read once all its sheets are.
  const bookYears = opts.years ? bookYearsOverride(opts.years.from, opts.years.to, plan) : bookYearsOf(snapshot, data.tables, plan);
  if (bookYears) data.bookYears = bookYears;

  await turn(0.35, labels.checking, true);
  const found: Issue[] = [];
  let notes: string[] = [];
  for (let i = 0; i < RULES.length; i++) {
    const r = validateTracking(data, plan, { asOf: opts.asOf, locale: opts.locale, rules: [RULES[i]] });
    found.push(...r.issues);
    notes = r.notes;
    await turn(0.35 + (0.55 * (i + 1)) / RULES.length, labels.checking);
  }
  // As validateTracking does over all rules at once: on a cell holding an Excel error, only cell-error stays.
  const cellKey = (i: Issue): string => `${i.sheet ?? ""}\u0000${i.cell ?? ""}`;
  const errorCells = new Set(found.filter((i) => i.rule === "cell-error" && i.cell).map(cellKey));
  const kept = errorCells.size === 0 ? found : found.filter((i) => i.rule === "cell-error" || !i.cell || !errorCells.has(cellKey(i)));
  const issues = sortIssues(kept, data.sheetsRead);

  await turn(0.9, labels.checking);
  const statuses = obligationStatuses(data, plan, opts.asOf);
  const analysis: Analysis = { data, issues, notes, summary: summarize(issues), statuses, progress: progressFigures(statuses, plan, opts.asOf) };
  await turn(1, labels.checking, true);
  return analysis;
}
