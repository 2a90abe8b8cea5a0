import type { Analysis } from "../../../core/engine";
import type { PlanModel } from "../../../core/plan/model";
import { countedData } from "../../../core/progress/counting";
import { figuresOf, shareOfEthnic, shareOfWomen, type Figures } from "../../../core/progress/figures";
import type { TrackingData } from "../../../core/read/types";
import type { Day } from "../../../core/time/days";

/** One line of the figures: what was done, by whom, with what money, and the shares of women and ethnic-minority people. */
export interface FigureLine {
  figures: Figures;
  women: number | null;
  ethnic: number | null;
  /** Participants whose sex the rows do not say (participants − women − men, never below 0). */
  unknownSex: number;
}

export interface FiguresTable {
  /** The year chosen, or null for the whole period. */
  year: number | null;
  total: FigureLine;
  /** Every year of the plan (the chart's bars), whatever year is chosen. */
  byYear: Array<{ year: number; line: FigureLine }>;
  /** Tasks with at least one activity in the year or period, in plan order; then rows of no known task. */
  byTask: Array<{ taskId: string | null; line: FigureLine }>;
}

function lineOf(f: Figures): FigureLine {
  return { figures: f, women: shareOfWomen(f), ethnic: shareOfEthnic(f), unknownSex: Math.max(0, f.participants - f.female - f.male) };
}

/**
 * The figures the reports are made of, for a year or the period: the data as counted (values the
 * checks flag left out, as in the reports), summed by the core's one rule (figuresOf).
 */
export function figuresTable(a: Analysis, plan: PlanModel, year: number | null, asOf: Day): FiguresTable {
  const counted = countedData(a.data, a.issues, plan).data;
  const sub = (pick: (taskId: string | null) => boolean): TrackingData => ({ ...counted, activities: counted.activities.filter((x) => pick(x.taskId)) });
  const total = lineOf(figuresOf(counted, plan, "", year, asOf));
  const byYear = plan.years.map((y) => ({ year: y, line: lineOf(figuresOf(counted, plan, "", y, asOf)) }));
  const byTask: FiguresTable["byTask"] = [];
  for (const t of plan.tasks) {
    const f = figuresOf(sub((id) => id === t.id), plan, "", year, asOf);
    if (f.activities > 0) byTask.push({ taskId: t.id, line: lineOf(f) });
  }
  const known = new Set(plan.tasks.map((t) => t.id));
  const other = figuresOf(sub((id) => id === null || !known.has(id)), plan, "", year, asOf);
  if (other.activities > 0) byTask.push({ taskId: null, line: lineOf(other) });
  return { year, total, byYear, byTask };
}
