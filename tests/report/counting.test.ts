/**
 * The one rule of what a report counts (src/core/progress/counting.ts), each part pinned on a
 * tracking table checked by the real rules: the exact cells left out, the figures without them,
 * and the KT sheet that lists them.
 */
import { analyzeTracking } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import { countedData, figuresOf, shareOfWomen } from "../../src/core/progress";
import { b01Form, b02Form, bcForm, buildReports, countedInput, ktForm, leftOutInScope, reportInputOf } from "../../src/core/report";
import { dayOf } from "../../src/core/time/days";
import { daySpan, dataOf, type ActivityOverrides } from "../helpers/tracking-fixtures";
import { rowValues, rowWhere, texts } from "./spec-reader";

const plan = builtinPlan();
const asOf = dayOf(2025, 12, 31);

const ROWS: ActivityOverrides[] = [
  // #1 a negative budget: the money is left out, the 30 people still count.
  { taskId: "II.1", date: daySpan(2023, 2, 1), activity: "Hội nghị triển khai", participants: 30, female: 12, ethnicMinority: 20, budget: -5 },
  // #2 more ethnic-minority people than participants.
  { taskId: "III.2", date: daySpan(2023, 8, 20), activity: "Tuyên truyền Luật Bình đẳng giới", participants: 42, female: 20, ethnicMinority: 43, budget: 3 },
  // #3 a fractional head count.
  { taskId: "III.1.1", date: daySpan(2023, 9, 10), activity: "Bồi dưỡng công chức", participants: 12.5, female: 6, budget: 1 },
  // #4 text in a number column (the reader could not read it).
  { taskId: "III.1.3", date: daySpan(2023, 10, 5), activity: "Tập huấn lồng ghép giới", participants: null, female: 10, budget: 2, raw: { participants: "khoảng 40" } },
  // #5 an Excel error in the women cell.
  { taskId: "III.1.4", date: daySpan(2023, 10, 20), activity: "Hội thảo chuyên đề", participants: 25, female: null, budget: 1, raw: { female: "#VALUE!" } },
  // #6 and #7: the same activity twice; only the first counts.
  { taskId: "II.2.4", date: daySpan(2023, 11, 20), activity: "Mít tinh hưởng ứng Tháng hành động", participants: 200, female: 120, ethnicMinority: 150, budget: 15 },
  { taskId: "II.2.4", date: daySpan(2023, 11, 20), activity: "Mít tinh hưởng ứng Tháng hành động", participants: 200, female: 120, ethnicMinority: 150, budget: 15 },
  // #8 a campaign with people and no women recorded.
  { taskId: "II.2.2", date: daySpan(2023, 6, 28), activity: "Việc nhà bình đẳng", participants: 200, budget: 4 },
  // #9 no readable date: in no year of the plan.
  { taskId: "II.2.3", date: null, year: null, activity: "Tọa đàm không ghi ngày", participants: 15, female: 9, budget: 1, raw: { date: "31/02/2023" } },
];

const data = dataOf(ROWS);
const row = (n: number): number => data.activities[n - 1].row;
const analysis = analyzeTracking(data, plan, { asOf });
const input = (year: number | null) => reportInputOf(analysis, { plan, profile: DEFAULT_PROFILE, year, asOf });

describe("what the figures leave out", () => {
  const counted = countedData(analysis.data, analysis.issues, plan);
  const left = counted.leftOut.map((e) => [e.cell, e.value, e.reason, e.field]);

  it("lists each value a check marks as an error, with its cell, value and reason", () => {
    expect(left).toEqual([
      [`J${row(1)}`, -5, "negative-number", "budget"],
      [`I${row(2)}`, 43, "ethnic-exceeds-total", "ethnicMinority"],
      [`F${row(3)}`, 12.5, "non-integer-count", "participants"],
      [`F${row(4)}`, "khoảng 40", "bad-number", "participants"],
      [`G${row(5)}`, "#VALUE!", "cell-error", "female"],
      [`B${row(7)}`, "Mít tinh hưởng ứng Tháng hành động", "duplicate-activity", null],
      [`C${row(9)}`, "31/02/2023", "no-year", null],
    ]);
  });

  it("still counts the rest of an activity whose value is left out", () => {
    const f = figuresOf(counted.data, plan, "II.1", 2023, asOf);
    expect([f.activities, f.participants, f.female, f.budget]).toEqual([1, 30, 12, 0]);
    const t = figuresOf(counted.data, plan, "III.2", 2023, asOf);
    expect([t.participants, t.female, t.ethnicMinority, t.budget]).toEqual([42, 20, 0, 3]);
  });

  it("counts only the first of two duplicate rows", () => {
    const f = figuresOf(counted.data, plan, "II.2.4", 2023, asOf);
    expect([f.activities, f.participants, f.female, f.budget]).toEqual([1, 200, 120, 15]);
    const b01 = b01Form(input(2023));
    expect(rowValues(b01, rowWhere(b01, 2, "II.2.4")).slice(4, 11)).toEqual([1, "Hoàn thành", 200, 120, "60%", 150, 15]);
    // BC lists it once.
    expect(texts(bcForm(input(2023))).filter((t) => t.includes("Mít tinh hưởng ứng Tháng hành động"))).toHaveLength(1);
  });

  it("never counts a row with no readable year, in the period or in progress", () => {
    const all = figuresOf(counted.data, plan, "", null, asOf);
    // Nine rows: the later duplicate and the undated row are not counted.
    expect(all.activities).toBe(7);
    expect(figuresOf(counted.data, plan, "II.2.3", null, asOf).activities).toBe(0);
  });

  it("computes a share only over the activities that recorded it, and says so where none did", () => {
    // II.2.2: 200 people, no women recorded: no share, not 0 %.
    const f = figuresOf(counted.data, plan, "II.2.2", 2023, asOf);
    expect(shareOfWomen(f)).toBeNull();
    const b02 = b02Form(input(2023));
    expect(rowValues(b02, rowWhere(b02, 1, 2)).slice(5, 8)).toEqual([200, 0, "không có số liệu"]);
    // The 200 stay out of the denominator of the year's share of women.
    const total = figuresOf(counted.data, plan, "", 2023, asOf);
    expect(total.femaleBase).toBe(30 + 42 + 200);
    expect(shareOfWomen(total)).toBeCloseTo((12 + 20 + 120) / 272, 10);
  });

  it("never prints a share above 100 % or a negative money in any form", () => {
    for (const y of [2023, null]) {
      for (const spec of buildReports(input(y))) {
        for (const c of spec.cells) {
          if (typeof c.value !== "number") continue;
          if (c.style?.numberFormat === "0.0%") expect(c.value).toBeLessThanOrEqual(1);
          expect(c.value).toBeGreaterThanOrEqual(0);
        }
        for (const t of texts(spec)) {
          for (const m of t.matchAll(/chiếm (\d+(?:,\d+)?)%/g)) expect(Number(m[1].replace(",", "."))).toBeLessThanOrEqual(100);
          expect(t).not.toMatch(/-\d+(,\d+)? triệu/);
        }
      }
    }
    expect(texts(bcForm(input(2023))).join(" ")).toContain("chưa có số liệu về số nữ");
  });

  it("writes the KT sheet beside the forms, with what the year left out", () => {
    const specs = buildReports(input(2023), ["BC"]);
    expect(specs.map((s) => [s.name, s.form])).toEqual([
      ["BC 2023", "BC"],
      ["KT 2023", "KT"],
    ]);
    const kt = specs[1];
    expect(kt.leftOut).toBe(7);
    const r = rowWhere(kt, 3, `I${row(2)}`);
    expect(rowValues(kt, r)).toEqual([2, "Theo dõi", `I${row(2)}`, "43", "số người DTTS lớn hơn tổng số người tham gia (số người DTTS)"]);
    expect(leftOutInScope(countedInput(input(2022)))).toHaveLength(1); // only the undated row
  });

  it("says so on KT when nothing was left out", () => {
    const clean = analyzeTracking(dataOf([ROWS[5]]), plan, { asOf });
    const kt = ktForm(reportInputOf(clean, { plan, profile: DEFAULT_PROFILE, year: 2023, asOf }));
    expect(kt.leftOut).toBe(0);
    expect(texts(kt)).toContain("Không có giá trị nào bị loại: mọi số liệu của các trang theo dõi đều được tính.");
  });
});
