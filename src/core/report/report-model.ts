/**
 * The facts every form states, computed once from the tracking data, the obligation statuses and
 * the issues: figures per plan section and task, progress counts, what is overdue or open, and the
 * data problems still to fix. Forms only lay these out.
 */
import type { Analysis } from "../engine";
import type { Locale } from "../i18n/locale";
import type { PlanModel } from "../plan/model";
import type { Task } from "../plan/schema";
import type { OrgProfile } from "../profile/profile";
import {
  countedData,
  countedList,
  obligationStatuses,
  figuresOf,
  isCancelled,
  obligationYear,
  progressCountOf,
  type Figures,
  type LeftOut,
  type ObligationStatus,
  type ProgressCount,
} from "../progress";
import type { Activity, TrackingData } from "../read/types";
import type { Day } from "../time/days";
import { placeInPeriod, reportPeriod, type Cutoff, type ReportPeriod } from "./report-period";
import { columnLetter } from "../snapshot";
import { isDataProblem, type DataProblemRule, type Issue, type Severity } from "../validate/issue";
import { groupByRule } from "../validate/issue-groups";
import { issueLocation } from "../validate/issue-location";

export { FORM_CODES, type FormCode } from "./form-descriptors";

/** Everything a form needs. `year` null: the whole period. */
export interface ReportInput {
  data: TrackingData;
  statuses: readonly ObligationStatus[];
  issues: readonly Issue[];
  plan: PlanModel;
  profile: OrgProfile;
  year: number | null;
  asOf: Day;
  /** Language of the tables B01–B03; the BC report itself is always Vietnamese. */
  locale?: Locale;
  /** The first six months of `year` rather than the whole year (report-period.ts). */
  half?: boolean;
  /** The data cut-off: the calendar (default) or Nghị định 09/2019's 15/12–14/12 (14/6). */
  cutoff?: Cutoff;
  /**
   * Set once the input is counted (countedInput): `data` and `statuses` then hold the values as
   * every figure counts them, and this lists what was left out.
   */
  leftOut?: readonly LeftOut[];
}

/**
 * The input as the forms count it (src/core/progress/counting.ts): values the checks flag emptied,
 * later duplicates dropped from the data and from every obligation's lists. Counting an input
 * twice changes nothing.
 */
export function countedInput(input: ReportInput): ReportInput & { leftOut: readonly LeftOut[] } {
  if (input.leftOut) return { ...input, leftOut: input.leftOut };
  const { plan, asOf } = input;
  const c = countedData(input.data, input.issues, plan, asOf);
  const period = periodOfInput(input);
  if (period.kind === "half" || c.leftOut.some((e) => e.reason === "after-as-of")) {
    // The obligations' states as of the end of the covered dates, from what happened by then:
    // a half-year report does not count what was done in July, nor a report as of 1 March what
    // the sheet already records for June.
    const upTo = Math.min(asOf, period.to);
    const activities = period.kind === "half" ? c.data.activities.filter((a) => placeInPeriod(a, period, plan) === "inside") : c.data.activities;
    const statuses = obligationStatuses({ ...c.data, activities }, plan, upTo);
    return { ...input, data: c.data, statuses, leftOut: [...c.leftOut, ...unplaced(c.data.activities, input, period)] };
  }
  const statuses = input.statuses.map((s) => ({ ...s, activities: countedList(s.activities, c), completed: countedList(s.completed, c) }));
  return { ...input, data: c.data, statuses, leftOut: [...c.leftOut, ...unplaced(c.data.activities, input, period)] };
}

/** The dates the input's report covers. */
export function periodOfInput(input: ReportInput): ReportPeriod {
  return reportPeriod(input.plan, input.year, input.half === true && input.year !== null, input.cutoff ?? "calendar");
}

/**
 * Rows a report by dates (a half-year, the Nghị định 09 cut-off) cannot place: dated only by a
 * month, quarter or year that reaches past its covered dates. Listed on KT, never counted.
 */
function unplaced(list: readonly Activity[], input: ReportInput, period: ReportPeriod): LeftOut[] {
  if (period.kind !== "half" && period.cutoff === "calendar") return [];
  const out: LeftOut[] = [];
  for (const a of list) {
    if (isCancelled(a) || a.year === null || !input.plan.years.includes(a.year)) continue;
    if (placeInPeriod(a, period, input.plan) !== "unknown") continue;
    const col = a.columns.date ?? a.columns.year;
    out.push({
      sheet: a.sheet,
      row: a.row,
      cell: col === undefined ? "" : `${columnLetter(col)}${a.row}`,
      field: null,
      value: a.raw.date ?? a.raw.year ?? null,
      reason: "date-not-placed",
      year: period.year,
    });
  }
  return out;
}

/** What a report of the scope left out: values and rows of its year (or the period), and rows of no year of the plan. */
export function leftOutInScope(input: ReportInput & { leftOut: readonly LeftOut[] }): LeftOut[] {
  const { plan, year } = input;
  return input.leftOut.filter((e) => e.year === null || !plan.years.includes(e.year) || year === null || e.year === year);
}

export function reportInputOf(
  a: Pick<Analysis, "data" | "statuses" | "issues">,
  opts: { plan: PlanModel; profile: OrgProfile; year: number | null; asOf: Day; locale?: Locale },
): ReportInput {
  return { data: a.data, statuses: a.statuses, issues: a.issues, ...opts };
}

export interface TaskResult {
  task: Task;
  /** 0 for a task directly under its section (II.1), 1 for the next level (II.2.1), … */
  depth: number;
  /** Activities whose task is exactly this one, in the year (or the period), not cancelled, in sheet order. */
  activities: Activity[];
  own: Figures;
  /** This task and every task under it. */
  subtree: Figures;
  /** The obligations this task owes in the scope: the year's (or every year's), and a once task's single one. */
  obligations: ObligationStatus[];
  /** A campaign's activities of the scope not counted for any window (held outside the campaign window). */
  outsideWindow: Activity[];
}

export interface SectionResult {
  id: string;
  title: string;
  figures: Figures;
  tasks: TaskResult[];
}

export type { ProgressCount };

export interface ProblemGroup {
  rule: DataProblemRule;
  severity: Severity;
  count: number;
  /** Where, in sheet order: the sheet and the cell ("F12") or the row ("12:12"). */
  cells: Array<{ sheet: string; ref: string }>;
}

export interface ReportModel {
  plan: PlanModel;
  year: number | null;
  /** The dates covered (a year, its first six months, the period; calendar or ND 09 cut-off). */
  period: ReportPeriod;
  /** The day the obligations' states are taken at: the as-of day, or the end of a half-year before it. */
  statesAt: Day;
  asOf: Day;
  from: number;
  to: number;
  sections: SectionResult[];
  /** Activities whose task is unknown (no id and no confident guess). */
  unmapped: { activities: Activity[]; figures: Figures };
  total: Figures;
  progress: ProgressCount;
  byYear: Map<number, ProgressCount>;
  /** Overdue obligations of the scope. */
  overdue: ObligationStatus[];
  /** Obligations of the scope not done and not yet due (a once task is open in every year). */
  open: ObligationStatus[];
  problems: ProblemGroup[];
  errors: number;
  warnings: number;
}

const EMPTY_DATA: Omit<TrackingData, "activities"> = { tables: [], legacyCells: [], sheetsRead: [] };

/** Figures over a list of activities, by the same rules as everywhere else (figuresOf). */
export function figuresOfList(list: readonly Activity[], plan: PlanModel, asOf: Day): Figures {
  return figuresOf({ ...EMPTY_DATA, activities: [...list] }, plan, "", null, asOf);
}

/** In the report's scope: the year, or for the period any year of the plan (an undated row is in neither). */
export function inScopeYear(a: Activity, plan: PlanModel, year: number | null): boolean {
  if (a.year === null) return false;
  return year === null ? plan.years.includes(a.year) : a.year === year;
}

/** Done and due obligations, by the same rules as progressOf. */
export const progressCount = progressCountOf;

/**
 * How many obligations of the year (null: the period) had their due day by the day: the part of
 * "due" that is not a task done ahead of time. Zero means nothing was due yet, and a progress of
 * 100 % made only of tasks done early would say more than the facts.
 */
export function strictlyDue(statuses: readonly ObligationStatus[], plan: PlanModel, year: number | null, at: Day): number {
  return statuses.filter((s) => s.state !== "not-due" && s.due <= at && (year === null || obligationYear(s) === year) && plan.inScope(s.taskId, "")).length;
}

/** The section a task id belongs to: its first part ("III.1.2" -> "III"). */
export function sectionOf(taskId: string): string {
  const cut = taskId.indexOf(".");
  return cut < 0 ? taskId : taskId.slice(0, cut);
}

/** Obligations of a task that a report of the scope speaks of. */
export function obligationsInScope(statuses: readonly ObligationStatus[], taskId: string, year: number | null): ObligationStatus[] {
  return statuses.filter((s) => s.taskId === taskId && (year === null || s.year === year || s.year === null));
}

function taskResult(input: ReportInput, task: Task, scoped: readonly Activity[]): TaskResult {
  const { plan, asOf, year, statuses } = input;
  const activities = scoped.filter((a) => a.taskId === task.id);
  const under = scoped.filter((a) => a.taskId !== null && plan.inScope(a.taskId, task.id));
  const obligations = obligationsInScope(statuses, task.id, year);
  let outsideWindow: Activity[] = [];
  if (task.frequency === "campaign") {
    const counted = new Set<Activity>(obligations.flatMap((o) => o.activities));
    outsideWindow = under.filter((a) => !counted.has(a));
  }
  return {
    task,
    depth: task.id.split(".").length - 2,
    activities,
    own: figuresOfList(activities, plan, asOf),
    subtree: figuresOfList(under, plan, asOf),
    obligations,
    outsideWindow,
  };
}

/** Where a report cites an issue: its cell ("F12") or its row ("12:12"); null off the cells. */
function whereOf(i: Issue): { sheet: string; ref: string } | null {
  const at = issueLocation(i);
  if (at.kind === "cell") return { sheet: at.sheet, ref: at.cell };
  if (at.kind === "row") return { sheet: at.sheet, ref: `${at.row}:${at.row}` };
  return null;
}

/**
 * The errors and warnings a person still has to fix, grouped by rule, errors first. For a year, an
 * issue counts when it is about that year, or about a row of that year, or about no particular year.
 */
export function dataProblems(input: ReportInput): { groups: ProblemGroup[]; errors: number; warnings: number } {
  const yearOfRow = new Map<string, number | null>();
  for (const a of input.data.activities) yearOfRow.set(`${a.sheet}\u0000${a.row}`, a.year);
  // The descriptors say which rules' findings are data to fix; the others the report states as
  // progress, or not at all.
  const relevant = input.issues.filter((i): i is Issue & { rule: DataProblemRule } => {
    if (i.severity === "info" || !isDataProblem(i.rule)) return false;
    if (input.year === null) return true;
    if (i.year !== undefined) return i.year === input.year;
    if (i.sheet !== undefined && i.row !== undefined) {
      const y = yearOfRow.get(`${i.sheet}\u0000${i.row}`);
      return y === undefined || y === null || y === input.year;
    }
    return true;
  });
  const groups = groupByRule(relevant).map(({ rule, severity, issues }): ProblemGroup => {
    const cells: ProblemGroup["cells"] = [];
    for (const i of issues) {
      const w = whereOf(i);
      if (w && !cells.some((c) => c.sheet === w.sheet && c.ref === w.ref)) cells.push(w);
    }
    return { rule, severity, count: issues.length, cells };
  });
  return {
    groups,
    errors: relevant.filter((i) => i.severity === "error").length,
    warnings: relevant.filter((i) => i.severity === "warning").length,
  };
}

export function reportModel(raw: ReportInput): ReportModel {
  const input = countedInput(raw);
  const { plan, year, statuses } = input;
  const period = periodOfInput(input);
  const asOf = period.kind === "half" ? Math.min(input.asOf, period.to) : input.asOf;
  const scoped = input.data.activities.filter((a) => !isCancelled(a) && placeInPeriod(a, period, plan) === "inside");
  const sectionIds: string[] = [];
  for (const t of plan.tasks) if (!sectionIds.includes(sectionOf(t.id))) sectionIds.push(sectionOf(t.id));
  const sections = sectionIds.map((id) => {
    const title = plan.plan.sections.find((s) => s.id === id)?.title ?? id;
    const tasks = plan.tasks.filter((t) => sectionOf(t.id) === id).map((t) => taskResult({ ...input, asOf }, t, scoped));
    const inSection = scoped.filter((a) => a.taskId !== null && plan.hasTask(a.taskId) && sectionOf(a.taskId) === id);
    return { id, title, figures: figuresOfList(inSection, plan, asOf), tasks };
  });
  const unmappedList = scoped.filter((a) => a.taskId === null || !plan.hasTask(a.taskId));
  const inYearScope = (s: ObligationStatus): boolean => year === null || obligationYear(s) === year;
  const byYear = new Map<number, ProgressCount>();
  for (const y of plan.years) byYear.set(y, progressCount(statuses, plan, "", y, asOf));
  const problems = dataProblems(input);
  return {
    plan,
    year,
    period,
    statesAt: asOf,
    asOf: input.asOf,
    from: plan.firstYear,
    to: plan.lastYear,
    sections,
    unmapped: { activities: unmappedList, figures: figuresOfList(unmappedList, plan, asOf) },
    total: figuresOfList(scoped, plan, asOf),
    progress: progressCount(statuses, plan, "", year, asOf),
    byYear,
    overdue: statuses.filter((s) => s.state === "overdue" && inYearScope(s)),
    open: statuses.filter(
      (s) => (s.state === "in-progress" || s.state === "not-started") && (inYearScope(s) || s.year === null),
    ),
    problems: problems.groups,
    errors: problems.errors,
    warnings: problems.warnings,
  };
}
