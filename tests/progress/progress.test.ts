import { builtinPlan } from "../../src/core/plan/load";
import { obligationStatuses } from "../../src/core/progress/statuses";
import { progressOf } from "../../src/core/progress/progress";
import { figuresOf } from "../../src/core/progress/figures";
import { dayOf } from "../../src/core/time/days";
import type { ActivityOverrides } from "../helpers/tracking-fixtures";
import { daySpan, dataOf, columnsWithout } from "../helpers/tracking-fixtures";

const plan = builtinPlan();

function progress(rows: ActivityOverrides[], asOf: number, scope: string, year: number | null): number | null {
  return progressOf(obligationStatuses(dataOf(rows), plan, asOf), plan, scope, year, asOf);
}

describe("progressOf", () => {
  it("is empty (null), not 0, when nothing is due yet", () => {
    expect(progress([], dayOf(2021, 5, 31), "", null)).toBeNull();
    expect(progress([], dayOf(2023, 6, 1), "III.1.1", 2023)).toBeNull();
    // As-needed tasks owe nothing, ever.
    expect(progress([{ taskId: "III.1.5" }], dayOf(2026, 1, 1), "III.1.5", null)).toBeNull();
  });

  it("is 0 when obligations are due and none is done", () => {
    expect(progress([], dayOf(2024, 1, 1), "III.1.1", 2023)).toBe(0);
  });

  it("covers III.1.1–III.1.5 under the group III.1 and nothing else", () => {
    const rows = [
      { taskId: "III.1.1", date: daySpan(2023, 3, 1) },
      { taskId: "III.1.3", date: daySpan(2023, 4, 1) },
      { taskId: "III.2", date: daySpan(2023, 4, 1) },
      { taskId: "II.1", date: daySpan(2023, 4, 1) },
    ];
    // 2023 obligations of III.1: III.1.1, III.1.3, III.1.4 (III.1.2 is once, due in 2025): 2 done of 3.
    expect(progress(rows, dayOf(2023, 12, 31), "III.1", 2023)).toBeCloseTo(2 / 3);
    expect(progress(rows, dayOf(2023, 12, 31), "III.2", 2023)).toBe(1);
  });

  it("counts an obligation done before its due day as due, so progress never exceeds 1", () => {
    const rows = [{ taskId: "III.1.1", date: daySpan(2023, 3, 1) }];
    expect(progress(rows, dayOf(2023, 6, 30), "III.1.1", 2023)).toBe(1);
    // III.1.3 of 2023 is neither due nor done on 30/06/2023: not in the denominator.
    expect(progress(rows, dayOf(2023, 6, 30), "III.1", 2023)).toBe(1);
    expect(progress(rows, dayOf(2024, 1, 1), "III.1", 2023)).toBeCloseTo(1 / 3);
  });

  it("leaves out obligations from before the plan took effect", () => {
    // On 01/01/2022 the 2021 campaigns owed are 28/6, 20/10 and the Action Month; 8/3 is not owed.
    const rows = [{ taskId: "II.2.2", date: daySpan(2021, 6, 28) }];
    expect(progress(rows, dayOf(2022, 1, 1), "II.2", 2021)).toBeCloseTo(1 / 3);
  });

  it("does not count a campaign activity dated outside the window, nor a cancelled one", () => {
    const asOf = dayOf(2024, 1, 1);
    expect(progress([{ taskId: "II.2.3", date: daySpan(2023, 10, 20) }], asOf, "II.2.3", 2023)).toBe(1);
    expect(progress([{ taskId: "II.2.3", date: daySpan(2023, 11, 20) }], asOf, "II.2.3", 2023)).toBe(0);
    expect(progress([{ taskId: "II.2.3", date: daySpan(2023, 10, 20), status: "cancelled" }], asOf, "II.2.3", 2023)).toBe(0);
  });

  it("puts a once task in the year it falls due", () => {
    const rows = [{ taskId: "III.1.2", date: daySpan(2022, 8, 1) }];
    expect(progress(rows, dayOf(2022, 12, 31), "III.1.2", 2022)).toBeNull();
    expect(progress(rows, dayOf(2022, 12, 31), "III.1.2", 2025)).toBe(1);
    expect(progress(rows, dayOf(2022, 12, 31), "III.1.2", null)).toBe(1);
  });

  it("counts dated activities as done when the table has no status column", () => {
    const statuses = obligationStatuses(dataOf([{ date: daySpan(2023, 11, 15) }], { columns: columnsWithout("status") }), plan, dayOf(2024, 1, 1));
    expect(progressOf(statuses, plan, "III.1.1", 2023, dayOf(2024, 1, 1))).toBe(1);
  });
});

describe("figuresOf", () => {
  const rows: ActivityOverrides[] = [
    { taskId: "III.1.1", participants: 30, female: 18, male: 12, ethnicMinority: 20, budget: 15.5 },
    { taskId: "III.1.3", participants: 10, female: 4, budget: 2, status: "in-progress" },
    { taskId: "III.1.1", participants: 100, female: 50, status: "cancelled" },
    { taskId: "III.2", participants: 7, female: 7, date: daySpan(2024, 3, 1) },
    { taskId: null, participants: 5 },
  ];
  const d = dataOf(rows);
  const asOf = dayOf(2025, 12, 31);

  it("sums the non-cancelled activities of a group in a year", () => {
    expect(figuresOf(d, plan, "III.1", 2023, asOf)).toEqual({
      activities: 2,
      completed: 1,
      participants: 40,
      female: 22,
      // 12 given, plus 10 - 4 derived where the male column is blank.
      male: 18,
      ethnicMinority: 20,
      budget: 17.5,
      // Shares are over the activities that recorded the breakdown: both recorded women, one DTTS.
      femaleBase: 40,
      femaleInBase: 22,
      ethnicBase: 30,
      ethnicInBase: 20,
    });
  });

  it("counts every activity, even one without a task, for the whole plan", () => {
    const all = figuresOf(d, plan, "", null, asOf);
    expect(all.activities).toBe(4);
    expect(all.participants).toBe(52);
    expect(figuresOf(d, plan, "", 2024, asOf).participants).toBe(7);
  });

  it("counts a not-started (or postponed) activity but not the people and money it only planned", () => {
    const planned = dataOf([
      { taskId: "III.2", participants: 40, female: 20, budget: 3 },
      { taskId: "III.2", participants: 200, female: 90, budget: 12, status: "not-started" },
    ]);
    expect(figuresOf(planned, plan, "III.2", 2023, asOf)).toMatchObject({ activities: 2, completed: 1, participants: 40, female: 20, budget: 3 });
  });
});
