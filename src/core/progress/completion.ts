import type { Activity, DateSpan } from "../read/types";
import { dayOf, type Day } from "../time/days";

/**
 * The days an activity covers: its date, or its whole year when only a year is known, or null.
 */
export function spanOf(a: Activity): DateSpan | null {
  if (a.date) return a.date;
  if (a.year !== null && Number.isInteger(a.year)) {
    return { start: dayOf(a.year, 1, 1), end: dayOf(a.year, 12, 31), precision: "year" };
  }
  return null;
}

/**
 * Completed as of a day. With a status column, only the status decides. Without one (docs/design.md#progress),
 * tracking sheets list what was done, so an activity counts as completed when it starts on or
 * before the as-of day (an activity known only by its year starts on 1 January of that year).
 * A cancelled activity is never completed.
 */
export function isCompleted(a: Activity, asOf: Day): boolean {
  if (a.hasStatusColumn) return a.status === "completed";
  if (a.status === "cancelled") return false;
  const span = spanOf(a);
  return span !== null && span.start <= asOf;
}

export function isCancelled(a: Activity): boolean {
  return a.status === "cancelled";
}
