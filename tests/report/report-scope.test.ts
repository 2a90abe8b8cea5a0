import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import { obligationStatuses } from "../../src/core/progress";
import { reportModel, type ReportInput } from "../../src/core/report";
import { dayOf } from "../../src/core/time/days";
import type { Issue } from "../../src/core/validate/issue";
import { daySpan, dataOf, type ActivityOverrides } from "../helpers/tracking-fixtures";
import { plan } from "./report-fixture";

const AS_OF = dayOf(2024, 6, 30);

function inputOf(rows: ActivityOverrides[], year: number | null, issues: (rowOf: (n: number) => number) => Issue[] = () => []): ReportInput {
  const data = dataOf(rows);
  const rowOf = (n: number): number => data.activities[n - 1].row;
  return { data, statuses: obligationStatuses(data, plan, AS_OF), issues: issues(rowOf), plan, profile: DEFAULT_PROFILE, year, asOf: AS_OF };
}

describe("what a report's scope takes in", () => {
  it("a year report lists the problems of undated rows (they belong to no year, so to every year's report)", () => {
    const rows: ActivityOverrides[] = [
      { taskId: "II.1", date: daySpan(2023, 3, 1) },
      { taskId: "II.2.4", date: null, participants: 5, female: 9 },
      { taskId: "II.1", date: daySpan(2022, 3, 1), participants: 5, female: 9 },
    ];
    const issues = (rowOf: (n: number) => number): Issue[] => [
      { rule: "female-exceeds-total", severity: "error", message: "…", sheet: "Theo dõi", cell: `G${rowOf(2)}`, row: rowOf(2) },
      { rule: "missing-date", severity: "warning", message: "…", sheet: "Theo dõi", cell: `E${rowOf(2)}`, row: rowOf(2) },
      { rule: "female-exceeds-total", severity: "error", message: "…", sheet: "Theo dõi", cell: `G${rowOf(3)}`, row: rowOf(3) },
    ];
    for (const year of [2023, 2024]) {
      const m = reportModel(inputOf(rows, year, issues));
      expect(m.problems.map((g) => [g.rule, g.count])).toEqual([
        ["female-exceeds-total", 1],
        ["missing-date", 1],
      ]);
      expect(m.errors).toBe(1);
      expect(m.warnings).toBe(1);
    }
  });

  it("a period report never takes in activities dated outside the plan's years", () => {
    const rows: ActivityOverrides[] = [
      { taskId: "II.2.4", date: daySpan(2020, 11, 20), participants: 1000, female: 500, budget: 100 },
      { taskId: "II.2.4", date: daySpan(2023, 11, 20), participants: 200, female: 120, budget: 15.5 },
      { taskId: "II.2.4", date: daySpan(2026, 11, 20), participants: 3000, female: 1500, budget: 300 },
    ];
    const m = reportModel(inputOf(rows, null));
    expect([m.from, m.to]).toEqual([plan.years[0], plan.years[plan.years.length - 1]]);
    expect(m.total).toMatchObject({ activities: 1, participants: 200, female: 120, budget: 15.5 });
    expect([...m.byYear.keys()]).toEqual(plan.years);
    const ii24 = m.sections.flatMap((s) => s.tasks).find((t) => t.task.id === "II.2.4");
    expect(ii24?.subtree.participants).toBe(200);
  });

  it("a year report lists a once-only task not yet done as open, in every year of the plan", () => {
    const once = plan.tasks.find((t) => t.frequency === "once");
    if (!once) throw new Error("the plan has no once task");
    for (const year of [2022, 2023, 2024]) {
      const m = reportModel(inputOf([{ taskId: "II.1", date: daySpan(2023, 3, 1) }], year));
      const open = m.open.filter((s) => s.taskId === once.id);
      expect([year, open.length]).toEqual([year, 1]);
      expect(open[0].state).toBe("not-started");
    }
  });
});
