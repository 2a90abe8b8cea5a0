import { analyzeWorkbook } from "../../src/core/engine";
import { planOfWorkbook } from "../../src/core/plan-sheet/plan-of-workbook";
import type { PlanModel } from "../../src/core/plan/model";
import { dayOf } from "../../src/core/time/days";
import type { Issue } from "../../src/core/validate/issue";
import { workbook } from "./second-plan";

function planOf(): PlanModel {
  const r = planOfWorkbook(workbook());
  if (!r?.plan) throw new Error(`the plan sheet did not read: ${JSON.stringify(r?.problems)}`);
  return r.plan;
}

const plan = planOf();
const issuesAt = (asOf: number, locale: "vi" | "en" = "vi"): Issue[] => analyzeWorkbook(workbook(), plan, { asOf, locale }).issues;
const about = (issues: Issue[], taskId: string): Issue[] => issues.filter((i) => i.taskId === taskId);

describe("coverage of quarterly, half-yearly and several-window tasks (the second plan)", () => {
  // As of 15/7/2027: I.1 has Q2 and Q3 2026 done; Q4 2026, Q1 and Q2 2027 are past due with nothing.
  const issues = issuesAt(dayOf(2027, 7, 15));

  it("reports each overdue quarter of a quarterly task on its obligation, naming the quarter", () => {
    const quarters = about(issues, "I.1");
    expect(quarters.map((i) => [i.rule, i.severity, i.year, i.part])).toEqual([
      ["missing-task-year", "error", 2026, 4],
      ["missing-task-year", "error", 2027, 1],
      ["missing-task-year", "error", 2027, 2],
    ]);
    expect(quarters[2].message).toContain("Nhiệm vụ I.1 (Tuyên truyền về bình đẳng giới trên cổng thông tin) quý II năm 2027: chưa có hoạt động nào hoàn thành");
    expect(quarters[0].message).toContain("quý IV năm 2026");
  });

  it("reports each overdue half of a half-yearly task, naming the half", () => {
    const halves = about(issues, "IV.1");
    expect(halves.map((i) => [i.year, i.part])).toEqual([
      [2026, 1],
      [2027, 1],
    ]);
    expect(halves[0].message).toContain("6 tháng đầu năm 2026");
    expect(halves[1].message).toContain("Sơ kết công tác bình đẳng giới) 6 tháng đầu năm 2027: chưa có hoạt động nào hoàn thành");
  });

  it("says the same in English", () => {
    const en = issuesAt(dayOf(2027, 7, 15), "en");
    expect(about(en, "I.1")[2].message).toContain("Q2 2027: no activity completed");
    expect(about(en, "IV.1")[1].message).toContain("first half of 2027: no activity completed");
  });

  it("checks each window of a campaign held twice a year; an activity in the other window is not called outside", () => {
    const windows = about(issues, "I.2.2");
    // 20/12/2026–15/01/2027: only an open activity; 01/3–31/3/2027: nothing. 01/3–31/3/2026 was before the plan.
    expect(windows.map((i) => [i.rule, i.year, i.part])).toEqual([
      ["missing-campaign", 2026, 1],
      ["missing-campaign", 2027, 2],
    ]);
    expect(windows[0].message).toContain("trong đợt 20/12/2026–15/01/2027 (có 1 hoạt động chưa hoàn thành).");
    // The 08/03/2026 activity counts for the March 2026 window, not as "outside" the December one.
    expect(windows[0].message).not.toContain("không được tính");
    expect(windows[1].message).toContain("trong đợt 01/03/2027–31/03/2027");
  });

  it("raises nothing for a quarter or half not yet over (as of the fixture's day, only the first half of 2026)", () => {
    const atYearEnd = issuesAt(dayOf(2026, 12, 31)).filter((i) => i.rule === "missing-task-year" || i.rule === "missing-campaign");
    expect(atYearEnd.map((i) => [i.taskId, i.year, i.part])).toEqual([["IV.1", 2026, 1]]);
  });
});
