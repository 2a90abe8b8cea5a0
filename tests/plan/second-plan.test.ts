import { analyzeWorkbook } from "../../src/core/engine";
import { evaluate, isFunctionError, type FunctionContext } from "../../src/core/functions";
import { statusLabel } from "../../src/core/i18n/status-labels";
import { planOfWorkbook } from "../../src/core/plan-sheet/plan-of-workbook";
import type { PlanModel } from "../../src/core/plan/model";
import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import { countedData, figuresOf, progressOf } from "../../src/core/progress";
import { buildReports, reportInputOf } from "../../src/core/report";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import { dayOf, serialFromDay } from "../../src/core/time/days";
import { rowValues, rowWhere, texts } from "../report/spec-reader";
import { AS_OF, trackingRange, workbook } from "./second-plan";

function planOf(): PlanModel {
  const r = planOfWorkbook(workbook());
  if (!r?.plan) throw new Error(`the plan sheet did not read: ${JSON.stringify(r?.problems)}`);
  return r.plan;
}

const plan = planOf();
const analysis = analyzeWorkbook(workbook(), plan, { asOf: AS_OF, locale: "vi" });
const stateOf = (taskId: string, year: number | null, part?: number): string | undefined =>
  analysis.statuses.find((s) => s.taskId === taskId && s.year === year && s.part === part)?.state;

describe("a second plan, written as a plan sheet inside the tracking workbook", () => {
  it("reads the plan's name, number, date of issue, issuer, period and effective date", () => {
    const p = plan.plan;
    expect(p.title).toBe("KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030");
    expect(p.number).toBe("15/KH-SDTTG");
    expect(p.issuedOn).toBe("2026-03-10");
    expect(p.issuer).toBe("SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH LẠNG SƠN");
    expect(p.period).toEqual({ start: 2026, end: 2030 });
    expect(p.effectiveDate).toBe("2026-04-01");
  });

  it("reads sections, groups, frequencies in words (one without diacritics), windows, a deadline and the units", () => {
    expect(plan.plan.sections).toEqual([
      { id: "I", title: "Truyền thông" },
      { id: "IV", title: "Tổ chức thực hiện" },
    ]);
    expect(plan.tasks.map((t) => [t.id, t.frequency])).toEqual([
      ["I.1", "quarterly"],
      ["I.2", "group"],
      ["I.2.1", "campaign"],
      ["I.2.2", "campaign"],
      ["IV.1", "half-yearly"],
      ["IV.2", "once"],
      ["IV.3", "annual"],
    ]);
    expect(plan.task("I.2.2")?.windows).toEqual([
      { start: "20/12", end: "15/01" },
      { start: "01/03", end: "31/03" },
    ]);
    expect(plan.task("IV.2")?.deadline).toBe("2027-06-30");
    expect(plan.task("I.2.1")?.partners).toEqual(["Phòng Dân tộc", "Phòng Tôn giáo"]);
    expect(plan.plan.units.map((u) => u.name)).toEqual(["Văn phòng", "Phòng Dân tộc", "Phòng Tôn giáo"]);
  });

  it("is not read as a tracking table: the workbook's one table is the tracking sheet", () => {
    expect(analysis.data.tables.map((t) => t.sheet)).toEqual(["Theo dõi"]);
    expect(analysis.data.activities).toHaveLength(8);
    // The one error is the first half of 2026 of the half-yearly task IV.1, past due with nothing done.
    expect(analysis.issues.filter((i) => i.severity === "error").map((i) => [i.rule, i.taskId, i.part])).toEqual([["missing-task-year", "IV.1", 1]]);
  });

  it("owes a quarterly task one obligation per quarter, a half-yearly task one per half, a campaign one per window", () => {
    // Q1 2026 ends before the plan takes effect (01/4/2026); Q4 falls due on the as-of day itself: still open.
    expect([1, 2, 3, 4].map((q) => stateOf("I.1", 2026, q))).toEqual(["not-due", "done", "done", "not-started"]);
    expect([1, 2].map((h) => stateOf("IV.1", 2026, h))).toEqual(["overdue", "done"]);
    expect(stateOf("I.2.1", 2026)).toBe("done");
    // I.2.2's windows in 2026: 20/12/2026 – 15/01/2027 (open, an activity on 22/12) and 01/3 – 31/3 (before the plan).
    expect(stateOf("I.2.2", 2026, 1)).toBe("in-progress");
    expect(analysis.statuses.find((s) => s.taskId === "I.2.2" && s.part === 1 && s.year === 2026)?.due).toBe(dayOf(2027, 1, 15));
    expect(stateOf("I.2.2", 2026, 2)).toBe("not-due");
    expect(stateOf("IV.2", null)).toBe("in-progress");
    expect(analysis.statuses.find((s) => s.taskId === "IV.2")?.due).toBe(dayOf(2027, 6, 30));
    expect(stateOf("IV.3", 2026)).toBe("done");
    // Five years of obligations, none before 2026 and none after 2030.
    expect(new Set(analysis.statuses.map((s) => s.year))).toEqual(new Set([2026, 2027, 2028, 2029, 2030, null]));
  });

  it("counts progress by hand: 5 done of 7 due in 2026", () => {
    // Due by 31/12/2026: I.1 Q2–Q4 (3), I.2.1 (1), IV.1 H1–H2 (2), IV.3 (1) = 7; done: Q2, Q3, I.2.1, H2, IV.3 = 5.
    expect(progressOf(analysis.statuses, plan, "", 2026, AS_OF)).toBeCloseTo(5 / 7, 12);
    expect(progressOf(analysis.statuses, plan, "", null, AS_OF)).toBeCloseTo(5 / 7, 12);
    expect(progressOf(analysis.statuses, plan, "I.1", 2026, AS_OF)).toBeCloseTo(2 / 3, 12);
    expect(progressOf(analysis.statuses, plan, "IV", null, AS_OF)).toBeCloseTo(2 / 3, 12);
    const f = figuresOf(countedData(analysis.data, analysis.issues, plan).data, plan, "", 2026, AS_OF);
    expect([f.activities, f.participants, f.female, f.ethnicMinority]).toEqual([8, 310, 198, 77]);
    expect(f.budget).toBeCloseTo(12.5, 9);
  });
});

describe("the report forms follow the second plan", () => {
  const input = reportInputOf(analysis, { plan, profile: DEFAULT_PROFILE, year: 2026, asOf: AS_OF, locale: "vi" });
  const specs = buildReports(input);
  const byForm = (form: string): SheetSpec => specs.find((s) => s.form === form) as SheetSpec;

  it("BC cites the plan by number, date and issuer, and reports its sections", () => {
    const bc = texts(byForm("BC")).join("\n");
    expect(bc).toContain("Thực hiện Kế hoạch số 15/KH-SDTTG ngày 10/3/2026 của SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH LẠNG SƠN");
    expect(bc).toContain("Truyền thông");
    expect(bc).toContain("Tổ chức thực hiện");
    expect(bc).not.toMatch(/II\.2\.1|III\.1/);
  });

  it("B03 spans 2026–2030 with a quarterly task's year read from its quarters", () => {
    const b03 = byForm("B03");
    expect(b03.name).toBe("B03 2026-2030");
    const all = texts(b03);
    for (const y of [2026, 2027, 2028, 2029, 2030]) expect(all.some((t) => t.includes(String(y)))).toBe(true);
    expect(all.some((t) => t.includes("2025"))).toBe(false);
    const row = (id: string): unknown[] => rowValues(b03, rowWhere(b03, 2, id));
    // I.1 in 2026: Q2, Q3 done, Q4 still open on its due day — in progress; IV.1: H1 overdue.
    expect(row("I.1")).toContain(statusLabel("in-progress"));
    expect(row("IV.1")).toContain(statusLabel("overdue"));
    expect(row("IV.3")).toContain(statusLabel("done"));
  });

  it("B01 and B02 list the plan's own tasks and campaigns", () => {
    const b01 = texts(byForm("B01"));
    for (const id of ["I.1", "I.2.1", "IV.1", "IV.2", "IV.3"]) expect(b01).toContain(id);
    const b02 = texts(byForm("B02")).join("\n");
    expect(b02).toContain("Tháng hành động vì bình đẳng giới");
    expect(b02).toContain("Truyền thông dịp Tết");
    expect(b02).toContain("Mít tinh hưởng ứng Tháng hành động");
  });
});

describe("every function answers from the second plan", () => {
  const ctx: FunctionContext = { plan, asOf: AS_OF, locale: "vi", date1904: false };
  const data = trackingRange();

  it("PROGRESS, STATUS, COUNT, PARTICIPANTS and BUDGET give the figures worked out by hand", () => {
    expect(evaluate("PROGRESS", [null, 2026, data], ctx)).toBeCloseTo(5 / 7, 12);
    expect(evaluate("PROGRESS", ["I.1", 2026, data], ctx)).toBeCloseTo(2 / 3, 12);
    expect(evaluate("STATUS", ["I.1", 2026, data], ctx)).toBe(statusLabel("in-progress"));
    expect(evaluate("STATUS", ["IV.1", 2026, data], ctx)).toBe(statusLabel("overdue"));
    expect(evaluate("STATUS", ["I.2.1", 2026, data], ctx)).toBe(statusLabel("done"));
    expect(evaluate("STATUS", ["IV.2", null, data], ctx)).toBe(statusLabel("in-progress"));
    expect(evaluate("COUNT", [null, 2026, data], ctx)).toBe(8);
    expect(evaluate("COUNT", ["I.2", 2026, data], ctx)).toBe(3);
    expect(evaluate("PARTICIPANTS", [null, 2026, null, data], ctx)).toBe(310);
    expect(evaluate("PARTICIPANTS", [null, 2026, "nữ", data], ctx)).toBe(198);
    expect(evaluate("BUDGET", [null, 2026, data], ctx)).toBeCloseTo(12.5, 9);
    expect(typeof evaluate("ISSUES", [null, data], ctx)).toBe("number");
  });

  it("accepts the years of the plan and refuses the old period", () => {
    expect(evaluate("PROGRESS", [null, 2030, data], ctx)).toBe("");
    expect(isFunctionError(evaluate("PROGRESS", [null, 2024, data], ctx))).toBe(true);
    expect(isFunctionError(evaluate("STATUS", ["II.2.1", 2026, data], ctx))).toBe(true);
  });

  it("TASK, TASKS and CAMPAIGN read the plan sheet's tasks and windows, across New Year too", () => {
    expect(evaluate("TASK", ["I.1", "frequency"], ctx)).toBe("Hằng quý");
    expect(evaluate("TASK", ["IV.1", "frequency"], ctx)).toBe("6 tháng");
    expect(evaluate("TASK", ["I.2.2", "window"], ctx)).toBe("20/12 - 15/01; 01/03 - 31/03");
    expect(evaluate("TASKS", ["IV"], ctx)).toHaveLength(4);
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2027, 1, 5))], ctx)).toBe("I.2.2");
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2026, 3, 15))], ctx)).toBe("I.2.2");
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2026, 12, 1))], ctx)).toBe("I.2.1");
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2026, 7, 1))], ctx)).toBe("");
  });
});
