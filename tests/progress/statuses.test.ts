import { builtinPlan } from "../../src/core/plan/load";
import { obligationsOf } from "../../src/core/progress/obligations";
import { obligationStatuses, type ObligationStatus } from "../../src/core/progress/statuses";
import { isCompleted } from "../../src/core/progress/completion";
import { statusLabel } from "../../src/core/i18n/status-labels";
import { dayOf } from "../../src/core/time/days";
import type { ActivityOverrides } from "../helpers/tracking-fixtures";
import { activity, columnsWithout, daySpan, monthSpan, quarterSpan, dataOf } from "../helpers/tracking-fixtures";

const plan = builtinPlan();

function statusOf(rows: ActivityOverrides[], asOf: number, taskId: string, year: number | null, columns?: ReturnType<typeof columnsWithout>): ObligationStatus {
  const s = obligationStatuses(dataOf(rows, columns ? { columns } : {}), plan, asOf).find((o) => o.taskId === taskId && o.year === year);
  if (!s) throw new Error(`no obligation ${taskId} ${year}`);
  return s;
}

describe("obligationsOf", () => {
  const obligations = obligationsOf(plan);

  it("owes an annual task once a year, due on 31/12", () => {
    const ii1 = obligations.filter((o) => o.taskId === "II.1");
    expect(ii1.map((o) => o.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(ii1[2].due).toBe(dayOf(2023, 12, 31));
  });

  it("owes a campaign once a year, from the window's start to its end", () => {
    const c = obligations.filter((o) => o.taskId === "II.2.4");
    expect(c).toHaveLength(5);
    expect(c[0]).toMatchObject({ year: 2021, start: dayOf(2021, 11, 15), due: dayOf(2021, 12, 15) });
  });

  it("owes a once task one obligation for the whole period and nothing for as-needed tasks or groups", () => {
    expect(obligations.filter((o) => o.taskId === "III.1.2")).toEqual([
      { taskId: "III.1.2", year: null, start: dayOf(2021, 1, 1), due: dayOf(2025, 12, 31) },
    ]);
    for (const id of ["II.2", "III.1", "III.1.5", "V.3"]) expect(obligations.some((o) => o.taskId === id)).toBe(false);
  });
});

describe("obligation states", () => {
  const open = { status: "in-progress" as const, date: daySpan(2023, 5, 10) };

  it("is in progress on its due day and overdue the day after", () => {
    expect(statusOf([open], dayOf(2023, 12, 31), "III.1.1", 2023).state).toBe("in-progress");
    expect(statusOf([open], dayOf(2024, 1, 1), "III.1.1", 2023).state).toBe("overdue");
  });

  it("is not started when nothing is recorded before the due day, overdue after it", () => {
    expect(statusOf([], dayOf(2023, 12, 31), "III.1.1", 2023).state).toBe("not-started");
    expect(statusOf([], dayOf(2024, 1, 1), "III.1.1", 2023).state).toBe("overdue");
  });

  it("is done once one mapped activity is completed, even among open ones", () => {
    const s = statusOf([open, { date: daySpan(2023, 9, 1) }], dayOf(2023, 10, 1), "III.1.1", 2023);
    expect(s.state).toBe("done");
    expect(s.activities).toHaveLength(2);
    expect(s.completed.map((a) => a.row)).toEqual([6]);
  });

  it("does not owe the 8/3 campaign of 2021 (before the plan took effect) but owes 28/6 and the annual tasks of 2021", () => {
    const asOf = dayOf(2022, 1, 1);
    expect(statusOf([], asOf, "II.2.1", 2021).state).toBe("not-due");
    expect(statusOf([], asOf, "II.2.2", 2021).state).toBe("overdue");
    expect(statusOf([], asOf, "III.1.1", 2021).state).toBe("overdue");
    expect(statusOf([], asOf, "II.2.1", 2022).state).toBe("not-started");
  });

  it("keeps a once task open until the end of the period", () => {
    expect(statusOf([], dayOf(2025, 12, 31), "III.1.2", null).state).toBe("not-started");
    expect(statusOf([], dayOf(2026, 1, 1), "III.1.2", null).state).toBe("overdue");
    const done = [{ taskId: "III.1.2", date: daySpan(2023, 4, 2) }];
    expect(statusOf(done, dayOf(2023, 4, 2), "III.1.2", null).state).toBe("done");
    const before = [{ taskId: "III.1.2", date: daySpan(2020, 4, 2) }];
    expect(statusOf(before, dayOf(2026, 1, 1), "III.1.2", null).state).toBe("overdue");
  });

  it("counts an activity of a child task for its parent's obligation, not one of the parent group for a child", () => {
    const child = { taskId: "II.2.1.1", date: daySpan(2023, 3, 8) };
    // Plans may nest deeper than the built-in one: an id under a campaign still counts for it.
    expect(statusOf([child], dayOf(2023, 4, 1), "II.2.1", 2023).state).toBe("done");
    const group = { taskId: "II.2", date: daySpan(2023, 3, 8) };
    const forGroup = statusOf([group], dayOf(2023, 4, 1), "II.2.1", 2023);
    expect(forGroup.state).toBe("overdue");
    expect(forGroup.activities).toHaveLength(0);
  });

  it("counts a campaign activity only when it is dated inside the window", () => {
    const asOf = dayOf(2024, 1, 1);
    expect(statusOf([{ taskId: "II.2.1", date: daySpan(2023, 3, 8) }], asOf, "II.2.1", 2023).state).toBe("done");
    expect(statusOf([{ taskId: "II.2.1", date: monthSpan(2023, 3) }], asOf, "II.2.1", 2023).state).toBe("done");
    const outside = statusOf([{ taskId: "II.2.1", date: daySpan(2023, 5, 15) }], asOf, "II.2.1", 2023);
    expect(outside.state).toBe("overdue");
    expect(outside.activities).toHaveLength(0);
    // A year or a quarter cannot show the activity took place during the campaign.
    expect(statusOf([{ taskId: "II.2.1", date: null, year: 2023 }], asOf, "II.2.1", 2023).state).toBe("overdue");
    expect(statusOf([{ taskId: "II.2.1", date: quarterSpan(2023, 1) }], asOf, "II.2.1", 2023).state).toBe("overdue");
  });

  it("places a campaign activity in the window of its own year", () => {
    const s = obligationStatuses(dataOf([{ taskId: "II.2.4", date: daySpan(2023, 12, 1) }]), plan, dayOf(2024, 6, 1));
    const byYear = new Map(s.filter((o) => o.taskId === "II.2.4").map((o) => [o.year, o.state]));
    expect(byYear.get(2023)).toBe("done");
    expect(byYear.get(2022)).toBe("overdue");
  });

  it("never counts a cancelled activity", () => {
    const s = statusOf([{ status: "cancelled", date: daySpan(2023, 5, 1) }], dayOf(2023, 6, 1), "III.1.1", 2023);
    expect(s.state).toBe("not-started");
    expect(s.activities).toHaveLength(0);
  });

  it("without a status column counts an activity as completed from the day it is dated", () => {
    const cols = columnsWithout("status");
    const rows = [{ date: daySpan(2023, 11, 15) }];
    expect(statusOf(rows, dayOf(2023, 11, 14), "III.1.1", 2023, cols).state).toBe("in-progress");
    expect(statusOf(rows, dayOf(2023, 11, 15), "III.1.1", 2023, cols).state).toBe("done");
  });

  it("with a status column trusts the status, not the date", () => {
    const notDone = statusOf([{ status: "not-started", date: daySpan(2023, 2, 1) }], dayOf(2024, 1, 1), "III.1.1", 2023);
    expect(notDone.state).toBe("overdue");
    const blank = statusOf([{ status: null, date: daySpan(2023, 2, 1) }], dayOf(2023, 6, 1), "III.1.1", 2023);
    expect(blank.state).toBe("in-progress");
  });
});

describe("isCompleted", () => {
  const noStatus = columnsWithout("status");
  it("takes a year-only activity of a table without status as done from 1 January of that year", () => {
    const a = activity({ columns: noStatus, date: null, year: 2024 });
    expect(isCompleted(a, dayOf(2023, 12, 31))).toBe(false);
    expect(isCompleted(a, dayOf(2024, 1, 1))).toBe(true);
  });
  it("never takes an undated activity of a table without status as done", () => {
    expect(isCompleted(activity({ columns: noStatus, date: null, year: null }), dayOf(2030, 1, 1))).toBe(false);
  });
});

describe("status labels", () => {
  it("are Vietnamese by default and English on request, one per state", () => {
    expect(statusLabel("done")).toBe("Hoàn thành");
    expect(statusLabel("overdue", "en")).toBe("Overdue");
    const states = ["done", "in-progress", "not-started", "overdue", "not-due"] as const;
    expect(new Set(states.map((s) => statusLabel(s, "vi"))).size).toBe(states.length);
    expect(new Set(states.map((s) => statusLabel(s, "en"))).size).toBe(states.length);
  });
});

describe("guessed tasks", () => {
  const asOf = dayOf(2025, 1, 15);
  const stateOf = (confidence: number) =>
    obligationStatuses(dataOf([{ taskId: "III.2", taskSource: "guess", taskConfidence: confidence, date: daySpan(2024, 5, 10) }]), plan, asOf).find(
      (s) => s.taskId === "III.2" && s.year === 2024,
    )!.state;

  it("counts a confident guess and leaves an uncertain one to be confirmed", () => {
    expect(stateOf(0.9)).toBe("done");
    expect(stateOf(0.4)).toBe("overdue");
  });
});
