import { builtinPlan } from "../../src/core/plan/load";
import { progressOf } from "../../src/core/progress/progress";
import { obligationStatuses } from "../../src/core/progress/statuses";
import { dayOf, ymdOf, type Day } from "../../src/core/time/days";
import { dataOf } from "../helpers/tracking-fixtures";

const plan = builtinPlan();
const campaigns = plan.tasks.filter((t) => t.frequency === "campaign" && t.window);

function doneOn(taskId: string, day: Day, year: number): number | null {
  const rows = [{ taskId, date: { start: day, end: day, precision: "day" as const } }];
  const asOf = dayOf(year + 1, 12, 31);
  return progressOf(obligationStatuses(dataOf(rows), plan, asOf), plan, taskId, year, asOf);
}

describe("a campaign activity on the edges of its window", () => {
  it("the plan has campaigns with windows to test", () => {
    expect(campaigns.length).toBeGreaterThan(2);
  });

  it.each(campaigns.map((t) => [t.id]))("%s: the first and the last day of the 2023 window count, the days around do not", (id) => {
    const task = plan.task(id);
    const w = task ? plan.windowIn(task, 2023) : null;
    if (!w) throw new Error(`no 2023 window for ${id}`);
    const label = (d: Day): string => JSON.stringify(ymdOf(d));
    expect([label(w.start), doneOn(id, w.start, 2023)]).toEqual([label(w.start), 1]);
    expect([label(w.end), doneOn(id, w.end, 2023)]).toEqual([label(w.end), 1]);
    expect([label(w.start - 1), doneOn(id, w.start - 1, 2023)]).toEqual([label(w.start - 1), 0]);
    expect([label(w.end + 1), doneOn(id, w.end + 1, 2023)]).toEqual([label(w.end + 1), 0]);
  });
});
