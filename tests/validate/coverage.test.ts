import { dayOf } from "../../src/core/time/days";
import { data, daySpan, dataOf, STANDARD_COLUMNS, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

describe("missing-task-year", () => {
  it("fires for an annual task with nothing completed in a year that is past due", () => {
    const issues = issuesOf("missing-task-year", dataOf([{ taskId: "III.1.1", status: "in-progress", date: daySpan(2023, 5, 1) }]), dayOf(2024, 1, 1));
    const i = issues.find((x) => x.taskId === "III.1.1" && x.year === 2023);
    expect(i).toMatchObject({ severity: "error" });
    expect(i?.cell).toBeUndefined();
    expect(i?.message).toContain("năm 2023");
    expect(i?.message).toContain("có 1 hoạt động chưa hoàn thành");
  });

  it("does not fire on the due day itself, nor once an activity is completed", () => {
    const none = issuesOf("missing-task-year", dataOf([]), dayOf(2023, 12, 31));
    expect(none.some((i) => i.year === 2023)).toBe(false);
    expect(none.some((i) => i.year === 2022 && i.taskId === "III.1.1")).toBe(true);
    const done = issuesOf("missing-task-year", dataOf([{ taskId: "III.1.1", date: daySpan(2023, 5, 1) }]), dayOf(2024, 1, 1));
    expect(done.some((i) => i.taskId === "III.1.1" && i.year === 2023)).toBe(false);
  });
});

describe("missing-campaign", () => {
  it("fires for a past campaign whose activity lies outside the window, saying it was not counted", () => {
    const d = dataOf([{ taskId: "II.2.1", date: daySpan(2023, 4, 15) }]);
    const i = issuesOf("missing-campaign", d, dayOf(2023, 4, 1)).find((x) => x.taskId === "II.2.1" && x.year === 2023);
    expect(i?.message).toContain("01/03/2023–31/03/2023");
    expect(i?.message).toContain("Có 1 hoạt động của đợt trong năm không được tính");
  });

  it("does not fire for the 8/3 campaign of 2021, owed before the plan took effect", () => {
    const issues = issuesOf("missing-campaign", data([table()]), dayOf(2022, 1, 1));
    expect(issues.some((i) => i.taskId === "II.2.1" && i.year === 2021)).toBe(false);
    expect(issues.some((i) => i.taskId === "II.2.2" && i.year === 2021)).toBe(true);
  });

  it("does not fire once an activity is completed inside the window", () => {
    const d = dataOf([{ taskId: "II.2.1", date: daySpan(2023, 3, 8) }]);
    expect(issuesOf("missing-campaign", d, dayOf(2024, 1, 1)).some((i) => i.taskId === "II.2.1" && i.year === 2023)).toBe(false);
  });
});

describe("missing-once-task", () => {
  it("is a warning during the period and an error after it", () => {
    const during = issuesOf("missing-once-task", data([table()]), dayOf(2025, 6, 1));
    expect(during).toMatchObject([{ taskId: "III.1.2", severity: "warning" }]);
    expect(during[0].message).toContain("Hạn hoàn thành là ngày 31/12/2025");
    const after = issuesOf("missing-once-task", data([table()]), dayOf(2026, 1, 1));
    expect(after).toMatchObject([{ taskId: "III.1.2", severity: "error" }]);
  });

  it("does not fire once the task is done", () => {
    expect(issuesOf("missing-once-task", dataOf([{ taskId: "III.1.2", date: daySpan(2022, 9, 1) }]), dayOf(2026, 1, 1))).toHaveLength(0);
  });
});

describe("coverage with a year column only", () => {
  it("counts a year-only annual activity but not a year-only campaign one", () => {
    const cols = { ...STANDARD_COLUMNS, year: 13 };
    delete cols.date;
    const d = dataOf(
      [
        { taskId: "III.1.1", date: null, year: 2023 },
        { taskId: "II.2.3", date: null, year: 2023 },
      ],
      { columns: cols },
    );
    const asOf = dayOf(2024, 1, 1);
    expect(issuesOf("missing-task-year", d, asOf).some((i) => i.taskId === "III.1.1" && i.year === 2023)).toBe(false);
    expect(issuesOf("missing-campaign", d, asOf).some((i) => i.taskId === "II.2.3" && i.year === 2023)).toBe(true);
  });
});

describe("coverage for a book's own years", () => {
  it("reports nothing for the years before the book's, and the book's years as before", () => {
    const book = { ...dataOf([]), bookYears: { from: 2023, to: 2025, source: "title" as const } };
    const tasks = issuesOf("missing-task-year", book, dayOf(2026, 1, 1));
    expect([...new Set(tasks.map((i) => i.year))].sort()).toEqual([2023, 2024, 2025]);
    const campaigns = issuesOf("missing-campaign", book, dayOf(2026, 1, 1));
    expect(campaigns.some((i) => (i.year as number) < 2023)).toBe(false);
    expect(campaigns.some((i) => i.year === 2023)).toBe(true);
  });
});
