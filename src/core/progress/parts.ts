import type { ObligationState, ObligationStatus } from "./statuses";

/**
 * The obligations of one task in one year (a quarterly task's four, a campaign held twice a year)
 * read as one, for what shows a year per task (BDG.STATUS, B03): done when every owed part is done,
 * overdue when one is, in progress when something was done or started, not due when none is owed.
 * A single obligation is returned as it is.
 */
export function yearStatusOf(parts: readonly ObligationStatus[]): ObligationStatus | undefined {
  const [first] = parts;
  if (first === undefined || parts.length === 1) return first;
  const owed = parts.filter((p) => p.state !== "not-due");
  let state: ObligationState;
  if (owed.length === 0) state = "not-due";
  else if (owed.every((p) => p.state === "done")) state = "done";
  else if (owed.some((p) => p.state === "overdue")) state = "overdue";
  else if (owed.some((p) => p.state === "done" || p.state === "in-progress")) state = "in-progress";
  else state = "not-started";
  const activities = [...new Set(parts.flatMap((p) => p.activities))];
  const completed = [...new Set(parts.flatMap((p) => p.completed))];
  return {
    taskId: first.taskId,
    year: first.year,
    start: Math.min(...parts.map((p) => p.start)),
    due: Math.max(...parts.map((p) => p.due)),
    state,
    activities,
    completed,
  };
}

/** One status per year (see yearStatusOf), in the order the years first appear; a once task's kept as it is. */
export function yearStatusesOf(list: readonly ObligationStatus[]): ObligationStatus[] {
  const byYear = new Map<number | null, ObligationStatus[]>();
  for (const s of list) {
    const l = byYear.get(s.year);
    if (l) l.push(s);
    else byYear.set(s.year, [s]);
  }
  return [...byYear.values()].map((l) => yearStatusOf(l) as ObligationStatus);
}
