/**
 * One file, one as-of date: `bdg progress --json`, the BDG functions (their AnalysisView) and every
 * report form give the same activities, people, women, ethnic-minority people and money for every
 * task and year — on the sample and on random tracking data.
 */
import fc from "fast-check";
import { join } from "path";
import { main } from "../../src/cli/main";
import { loadWorkbook } from "../../src/cli/load-workbook";
import { analyzeTracking, analyzeWorkbook, type Analysis } from "../../src/core/engine";
import { AnalysisView } from "../../src/core/functions/analysis-view";
import { builtinPlan } from "../../src/core/plan/load";
import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import type { Figures } from "../../src/core/progress";
import { b01Form, b02Form, bcForm, buildReports, reportInputOf } from "../../src/core/report";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import { dayOf, type Day } from "../../src/core/time/days";
import { daySpan, dataOf, type ActivityOverrides } from "../helpers/tracking-fixtures";
import { rowValues, rowWhere, texts } from "./spec-reader";

const plan = builtinPlan();
const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
const ASOF = "2025-12-31";
const asOf = dayOf(2025, 12, 31);

type Five = [number, number, number, number, number];
const five = (f: Figures): Five => [f.activities, f.participants, f.female, f.ethnicMinority, Math.round(f.budget * 1e6) / 1e6];
/** B01 columns: activities (5), total (7), women (8), ethnic minority (10), money (11). */
const b01Five = (v: unknown[]): Five => [v[4], v[6], v[7], v[9], v[10]].map((x) => (typeof x === "number" ? Math.round(x * 1e6) / 1e6 : 0)) as Five;

/** Every task's B01 row (its subtree) equals what the functions answer for the task and year. */
function expectB01AgreesWithFunctions(a: Analysis, asOfDay: Day, year: number | null): SheetSpec {
  const view = new AnalysisView(a, plan, asOfDay);
  const spec = b01Form(reportInputOf(a, { plan, profile: DEFAULT_PROFILE, year, asOf: asOfDay }));
  for (const t of plan.tasks) {
    expect([t.id, year, ...b01Five(rowValues(spec, rowWhere(spec, 2, t.id)))]).toEqual([t.id, year, ...five(view.figures(t.id, year))]);
  }
  // The total row holds every activity of the scope, those of no known task included.
  expect(b01Five(rowValues(spec, rowWhere(spec, 1, "Tổng cộng")))).toEqual(five(view.figures("", year)));
  return spec;
}

describe("the same figures everywhere, on the sample", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = analyzeWorkbook(await loadWorkbook(SAMPLE, "vi"), plan, { asOf });
  });

  async function progressJson(year: number | null): Promise<Figures> {
    let out = "";
    const args = ["progress", SAMPLE, "--json", "--as-of", ASOF, ...(year === null ? [] : ["--year", String(year)])];
    await main(args, (s) => (out += s), () => undefined);
    return (JSON.parse(out) as { figures: Figures }).figures;
  }

  it.each([...plan.years, null])("for %s: bdg progress, the functions and B01 agree for every task", async (year) => {
    const spec = expectB01AgreesWithFunctions(a, asOf, year);
    expect(five(await progressJson(year))).toEqual(b01Five(rowValues(spec, rowWhere(spec, 1, "Tổng cộng"))));
  });

  it("BC states the same totals as B01 for the period (the undated row and the duplicate left out of both)", async () => {
    const f = await progressJson(null);
    expect([f.activities, f.participants, f.female, f.ethnicMinority, f.budget]).toEqual([44, 2682, 1244, 2141, 193.5]);
    const bc = bcForm(reportInputOf(a, { plan, profile: DEFAULT_PROFILE, year: null, asOf }));
    const overall = texts(bc).find((t) => t.includes("tổng kinh phí thực hiện"))!;
    expect(overall).toContain("44 hoạt động");
    expect(overall).toContain("2.682 lượt người tham gia, trong đó nữ 1.244 lượt");
    expect(overall).toContain("người dân tộc thiểu số 2.141 lượt");
    expect(overall).toContain("193,5 triệu đồng");
  });
});

describe("the same figures everywhere, as of a day inside the period", () => {
  // As of 30/6/2024 the sheet already records activities of later months: no figure counts them.
  const early = dayOf(2024, 6, 30);
  let a: Analysis;
  beforeAll(async () => {
    a = analyzeWorkbook(await loadWorkbook(SAMPLE, "vi"), plan, { asOf: early });
  });

  it.each([2024, null])("for %s: bdg progress, the functions and B01 agree, and leave out what came later", async (year) => {
    let out = "";
    const args = ["progress", SAMPLE, "--json", "--as-of", "2024-06-30", ...(year === null ? [] : ["--year", String(year)])];
    await main(args, (s) => (out += s), () => undefined);
    const progress = (JSON.parse(out) as { figures: Figures }).figures;
    const spec = expectB01AgreesWithFunctions(a, early, year);
    expect(five(progress)).toEqual(b01Five(rowValues(spec, rowWhere(spec, 1, "Tổng cộng"))));
    const late = new AnalysisView(analyzeWorkbook(await loadWorkbook(SAMPLE, "vi"), plan, { asOf }), plan, asOf).figures("", year);
    expect(progress.activities).toBeLessThan(late.activities);
  });
});

const TASKS = ["II.1", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "III.1.1", "III.1.3", "III.2", "V.1", null] as const;
const count = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 300 }) },
  { weight: 1, arbitrary: fc.integer({ min: -50, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(2.5, 0.5) },
  { weight: 2, arbitrary: fc.constant(null) },
);
const money = fc.oneof(fc.integer({ min: -10, max: 40 }).map((n) => n / 2), fc.constant(null));
const row: fc.Arbitrary<ActivityOverrides> = fc
  .record({
    taskId: fc.constantFrom(...TASKS),
    year: fc.option(fc.integer({ min: 2020, max: 2026 }), { freq: 8 }),
    month: fc.integer({ min: 1, max: 12 }),
    participants: count,
    female: count,
    ethnicMinority: count,
    budget: money,
    status: fc.constantFrom("completed", "completed", "in-progress", "not-started", "cancelled"),
    text: fc.constantFrom("Hội nghị", "Tập huấn", "Mít tinh", "Tọa đàm", "Hội thi"),
  })
  .map((r) => ({
    taskId: r.taskId,
    date: r.year === null ? null : daySpan(r.year, r.month, 10),
    year: r.year,
    activity: `${r.text} ${r.month}`,
    participants: r.participants,
    female: r.female,
    ethnicMinority: r.ethnicMinority,
    budget: r.budget,
    status: r.status as ActivityOverrides["status"],
  }));
/** Rows, some repeated word for word (duplicates). */
const rows = fc
  .tuple(fc.array(row, { minLength: 1, maxLength: 25 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([list, copies]) => [...list, ...copies.map((i) => ({ ...list[i % list.length] }))]);

describe("the same figures everywhere, on random tracking data", () => {
  it("the functions and B01 agree for every task and year; no share above 100 %, no negative number in any form", () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(2022, 2023, 2024, null), (list, year) => {
        const a = analyzeTracking(dataOf(list), plan, { asOf });
        expectB01AgreesWithFunctions(a, asOf, year);
        const input = reportInputOf(a, { plan, profile: DEFAULT_PROFILE, year, asOf });
        for (const spec of [...buildReports(input), b02Form(input)]) {
          for (const c of spec.cells) {
            if (typeof c.value !== "number") continue;
            expect(c.value).toBeGreaterThanOrEqual(0);
            if (c.style?.numberFormat === "0.0%") expect(c.value).toBeLessThanOrEqual(1);
          }
          for (const t of texts(spec)) {
            for (const m of t.matchAll(/chiếm (\d+(?:,\d+)?)%/g)) expect(Number(m[1].replace(",", "."))).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
