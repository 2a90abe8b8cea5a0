/**
 * The dates a report covers. A report is for a year, for the first six months of a year, or for
 * the whole period of the plan; its data cut-off is the calendar (1/1–31/12, 1/1–30/6) or the one
 * of Nghị định 09/2019/NĐ-CP for periodic reports (annual: 15/12 of the year before to 14/12;
 * six months: 15/12 of the year before to 14/6). See docs/reports.md#periods.
 */
import type { PlanModel } from "../plan/model";
import { spanOf } from "../progress";
import type { Activity } from "../read/types";
import { dayOf, type Day } from "../time/days";

export type Cutoff = "calendar" | "nd09";
export const CUTOFFS: readonly Cutoff[] = ["calendar", "nd09"];

export interface ReportPeriod {
  /** "year", "half" (first six months of `year`) or "period" (the plan's years). */
  kind: "year" | "half" | "period";
  /** The year of a year or half-year report; null for the period. */
  year: number | null;
  cutoff: Cutoff;
  /** First and last day covered, inclusive. */
  from: Day;
  to: Day;
}

/** The dates a report for the scope covers (a half-year always has a year). */
export function reportPeriod(plan: PlanModel, year: number | null, half: boolean, cutoff: Cutoff): ReportPeriod {
  const nd09 = cutoff === "nd09";
  if (year === null) {
    const first = plan.firstYear;
    const last = plan.lastYear;
    return {
      kind: "period",
      year: null,
      cutoff,
      from: nd09 ? dayOf(first - 1, 12, 15) : dayOf(first, 1, 1),
      to: nd09 ? dayOf(last, 12, 14) : dayOf(last, 12, 31),
    };
  }
  const from = nd09 ? dayOf(year - 1, 12, 15) : dayOf(year, 1, 1);
  if (half) return { kind: "half", year, cutoff, from, to: nd09 ? dayOf(year, 6, 14) : dayOf(year, 6, 30) };
  return { kind: "year", year, cutoff, from, to: nd09 ? dayOf(year, 12, 14) : dayOf(year, 12, 31) };
}

/**
 * Whether the report can place an activity by its year alone: a calendar year or the calendar
 * period, whose covered dates are whole years of the plan (as every other figure counts).
 */
export function placesByYear(p: ReportPeriod): boolean {
  return p.cutoff === "calendar" && p.kind !== "half";
}

export type Placement = "inside" | "outside" | "unknown";

/**
 * Where an activity falls against the covered dates. A calendar year (or the period) takes the
 * activity's year. Otherwise its date decides: inside when it starts inside and either ends inside
 * or is a day or a range of days (an event that began in the covered dates); a date known only by
 * its month, quarter or year that reaches past the covered dates is "unknown" (listed on KT, not
 * counted), as is a row with no date.
 */
export function placeInPeriod(a: Activity, p: ReportPeriod, plan: PlanModel): Placement {
  if (placesByYear(p)) {
    if (a.year === null) return "unknown";
    return p.year === null ? (plan.years.includes(a.year) ? "inside" : "outside") : a.year === p.year ? "inside" : "outside";
  }
  const span = spanOf(a);
  if (span === null) return "unknown";
  if (span.end < p.from || span.start > p.to) return "outside";
  if (span.start >= p.from && span.end <= p.to) return "inside";
  if (span.start >= p.from && (span.precision === "day" || span.precision === "range")) return "inside";
  return "unknown";
}
