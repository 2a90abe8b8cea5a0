import type { Analysis } from "../engine";
import type { PlanModel } from "../plan/model";
import { countedData, figuresOf, obligationYear, progressOf, yearStatusOf, type Figures, type ObligationStatus } from "../progress";
import type { TrackingData } from "../read/types";
import type { Day } from "../time/days";
import { SEVERITY_RANK, type Severity } from "../validate/issue";

/**
 * The questions the functions ask of one analysis, each answered once and remembered: a sheet
 * with a thousand =BDG.COUNT("III.1"; 2024) cells costs one pass over the activities, not a
 * thousand.
 */
export class AnalysisView {
  private readonly progressMemo = new Map<string, number | null>();
  private readonly figuresMemo = new Map<string, Figures>();
  private readonly issuesMemo = new Map<Severity, number>();
  private statusIndex: Map<string, ObligationStatus[]> | null = null;
  private counted: TrackingData | null = null;

  constructor(
    readonly analysis: Analysis,
    readonly plan: PlanModel,
    readonly asOf: Day,
  ) {}

  /** True when the workbook or range held at least one tracking table. */
  get hasData(): boolean {
    return this.analysis.data.tables.length > 0;
  }

  progress(scope: string, year: number | null): number | null {
    const key = `${scope}\u0000${year ?? ""}`;
    if (!this.progressMemo.has(key)) this.progressMemo.set(key, progressOf(this.analysis.statuses, this.plan, scope, year, this.asOf));
    return this.progressMemo.get(key) ?? null;
  }

  figures(scope: string, year: number | null): Figures {
    const key = `${scope}\u0000${year ?? ""}`;
    let f = this.figuresMemo.get(key);
    // Counted by the same rule as the reports and `bdg progress` (progress/counting.ts).
    this.counted ??= countedData(this.analysis.data, this.analysis.issues, this.plan, this.asOf).data;
    if (!f) this.figuresMemo.set(key, (f = figuresOf(this.counted, this.plan, scope, year, this.asOf)));
    return f;
  }

  /** The obligations of a task, in year order. */
  obligations(taskId: string): ObligationStatus[] {
    if (!this.statusIndex) {
      this.statusIndex = new Map();
      for (const s of this.analysis.statuses) {
        const list = this.statusIndex.get(s.taskId);
        if (list) list.push(s);
        else this.statusIndex.set(s.taskId, [s]);
      }
    }
    return this.statusIndex.get(taskId) ?? [];
  }

  /** The obligation of a task in a year (a once task has one for the whole period; a quarterly task's four read as one). */
  obligation(taskId: string, year: number | null): ObligationStatus | undefined {
    const list = this.obligations(taskId);
    const [only] = list;
    if (list.length === 1 && only?.year === null) return only;
    return year === null ? undefined : yearStatusOf(list.filter((s) => obligationYear(s) === year));
  }

  /** Issues of this severity or worse. */
  issues(atLeast: Severity): number {
    let n = this.issuesMemo.get(atLeast);
    if (n === undefined) {
      const min = SEVERITY_RANK[atLeast];
      n = this.analysis.issues.reduce((k, i) => k + (SEVERITY_RANK[i.severity] >= min ? 1 : 0), 0);
      this.issuesMemo.set(atLeast, n);
    }
    return n;
  }
}

// analysis -> plan -> as-of day -> view: no key strings built on the hot path.
const views = new WeakMap<Analysis, WeakMap<PlanModel, Map<Day, AnalysisView>>>();

/** The memoising view of an analysis for a plan and day (one per analysis, reused by every call). */
export function viewOf(analysis: Analysis, plan: PlanModel, asOf: Day): AnalysisView {
  let byPlan = views.get(analysis);
  if (!byPlan) views.set(analysis, (byPlan = new WeakMap()));
  let byDay = byPlan.get(plan);
  if (!byDay) byPlan.set(plan, (byDay = new Map()));
  let v = byDay.get(asOf);
  if (!v) byDay.set(asOf, (v = new AnalysisView(analysis, plan, asOf)));
  return v;
}
