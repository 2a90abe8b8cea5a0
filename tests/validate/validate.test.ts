import fc from "fast-check";
import type { CellValue } from "../../src/core/snapshot";
import { FIELDS, type Activity, type DateSpan, type Field } from "../../src/core/read/types";
import { dayOf } from "../../src/core/time/days";
import { RULE_CODES } from "../../src/core/validate/issue";
import { RULES } from "../../src/core/validate/registry";
import { summarize, validateTracking } from "../../src/core/validate/validate";
import { columnsWithout, data, daySpan, dataOf, table } from "../helpers/tracking-fixtures";
import { plan } from "./run";

const asOf = dayOf(2025, 12, 31);

describe("the rule registry", () => {
  it("has exactly one rule per code of docs/design.md#rules", () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...RULE_CODES].sort());
  });
});

describe("validateTracking", () => {
  it("sorts issues by sheet (workbook order), row and column, with coverage last", () => {
    const d = data([
      table({
        sheet: "Z 2023",
        rows: [
          { participants: 30, female: 31, evidence: "KH 1" },
          { activity: "Hội nghị", participants: -1, female: null, raw: { status: "??" }, status: null, evidence: "KH 2" },
        ],
      }),
      table({ sheet: "A 2024", rows: [{ activity: null, participants: 4, female: 2, evidence: "KH 3" }] }),
    ]);
    const issues = validateTracking(d, plan, { asOf: dayOf(2026, 1, 1) }).issues;
    const located = issues.filter((i) => i.sheet !== undefined).map((i) => `${i.sheet}!${i.cell}`);
    expect(located).toEqual(["Z 2023!G5", "Z 2023!E6", "Z 2023!F6", "A 2024!B5"]);
    const firstCoverage = issues.findIndex((i) => i.sheet === undefined);
    expect(firstCoverage).toBe(located.length);
    expect(issues.slice(firstCoverage).every((i) => i.taskId !== undefined)).toBe(true);
  });

  it("counts issues by severity", () => {
    const d = dataOf([
      { participants: 30, female: 31, unit: "Hội Nông dân", evidence: "KH 1" },
      { activity: "Hội nghị", participants: 10, evidence: "KH 2" },
    ]);
    const issues = validateTracking(d, plan, { asOf }).issues.filter((i) => i.sheet !== undefined);
    expect(issues.map((i) => i.rule)).toEqual(["unknown-unit", "female-exceeds-total", "missing-sex-breakdown"]);
    expect(summarize(issues)).toEqual({ errors: 1, warnings: 1, infos: 1 });
  });

  it("notes, per table, that a table without a status column was read as a list of what was done", () => {
    const d = data([table({ sheet: "2023", columns: columnsWithout("status"), rows: [{}] }), table({ sheet: "2024", rows: [{}] })]);
    const { notes } = validateTracking(d, plan, { asOf });
    expect(notes).toEqual(["Trang “2023”: bảng không có cột trạng thái, nên các hoạt động có thời gian đến hết ngày 31/12/2025 được coi là đã hoàn thành."]);
    const en = validateTracking(d, plan, { asOf, locale: "en" }).notes;
    expect(en[0]).toContain("taken as completed");
  });

  it("gives clean data no row issue", () => {
    const d = dataOf([
      { participants: 30, female: 18, male: 12, ethnicMinority: 20, budget: 5, evidence: "Báo cáo 12/BC-BDT", date: daySpan(2023, 11, 20) },
    ]);
    expect(validateTracking(d, plan, { asOf }).issues.filter((i) => i.sheet !== undefined)).toEqual([]);
  });

  it("checks 50,000 activities in time linear in their number", () => {
    const rowsOf = (n: number) =>
      Array.from({ length: n }, (_, k) => ({
        taskId: ["II.1", "II.2.4", "III.1.1", "III.2", "V.3"][k % 5],
        activity: `Hoạt động số ${k % 1000}`,
        date: daySpan(2021 + (k % 5), 1 + (k % 12), 1 + (k % 28)),
        participants: 40,
        female: 20 + (k % 3),
        male: 20,
        evidence: "KH",
        unit: k % 7 === 0 ? "Đơn vị lạ" : "Phòng Nghiệp vụ",
      }));
    const small = data([table({ rows: rowsOf(5_000) })]);
    const big = data([table({ rows: rowsOf(50_000) })]);
    validateTracking(small, plan, { asOf }); // warm up
    let t0 = Date.now();
    validateTracking(small, plan, { asOf });
    const tSmall = Date.now() - t0;
    t0 = Date.now();
    const { issues } = validateTracking(big, plan, { asOf });
    const tBig = Date.now() - t0;
    // Ten times the rows: about ten times the time; quadratic work would take a hundred times.
    expect(tBig).toBeLessThan(30 * tSmall + 1500);
    expect(issues.filter((i) => i.rule === "unknown-unit")).toHaveLength(Math.ceil(50_000 / 7));
    // Texts repeat every 1,000 rows, tasks and dates every 420: rows 21,000 apart are the same activity.
    expect(issues.filter((i) => i.rule === "duplicate-activity")).toHaveLength(50_000 - 21_000);
  });
});

describe("validateTracking on arbitrary rows (property)", () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.constant("-"),
    fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!"),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -100, max: 5000 }),
    fc.boolean(),
  );
  const num = fc.option(fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { nil: null });
  const day = fc.integer({ min: dayOf(2015, 1, 1), max: dayOf(2032, 12, 31) });
  const span: fc.Arbitrary<DateSpan | null> = fc.option(
    fc.tuple(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom("day", "month", "quarter", "year", "range") as fc.Arbitrary<DateSpan["precision"]>).map(
      ([start, len, precision]) => ({ start, end: start + len, precision }),
    ),
    { nil: null },
  );
  const taskId = fc.option(fc.constantFrom(...plan.tasks.map((t) => t.id), "II.2.1.7"), { nil: null });
  const columns = fc.subarray([...FIELDS]).map((fs) => {
    const c: Partial<Record<Field, number>> = {};
    fs.forEach((f, k) => (c[f] = k + 1));
    return c;
  });
  const activityOverrides = fc.record({
    taskId,
    unknownTaskId: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
    taskSource: fc.constantFrom("column", "heading", "guess", null) as fc.Arbitrary<Activity["taskSource"]>,
    taskConfidence: fc.double({ min: 0, max: 1, noNaN: true }),
    activity: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
    date: span,
    year: fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }),
    unit: fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("Phòng Nghiệp vụ, xã Tân Văn", "và", ",;")), { nil: null }),
    status: fc.constantFrom("completed", "in-progress", "not-started", "cancelled", null) as fc.Arbitrary<Activity["status"]>,
    participants: num,
    female: num,
    male: num,
    ethnicMinority: num,
    budget: num,
    evidence: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
    raw: fc.dictionary(fc.constantFrom(...FIELDS), cellValue, { maxKeys: 5 }) as fc.Arbitrary<Partial<Record<Field, CellValue>>>,
  });
  const tableArb = fc.record({
    sheet: fc.constantFrom("A", "B", "Năm 2023"),
    columns,
    rows: fc.array(activityOverrides, { maxLength: 8 }),
    totals: fc.array(
      fc.record({
        from: fc.integer({ min: -2, max: 10 }),
        to: fc.integer({ min: -2, max: 10 }),
        raw: fc.dictionary(fc.constantFrom(...FIELDS), cellValue, { maxKeys: 5 }) as fc.Arbitrary<Partial<Record<Field, CellValue>>>,
      }),
      { maxLength: 2 },
    ),
    budgetScale: fc.constantFrom(1, 0.001, 1e-6, 0),
  });

  it("never throws, and every issue has a known code and a cell on its own row", () => {
    fc.assert(
      fc.property(
        fc.array(tableArb, { maxLength: 3 }),
        fc.integer({ min: dayOf(2020, 1, 1), max: dayOf(2027, 1, 1) }),
        fc.constantFrom("vi", "en") as fc.Arbitrary<"vi" | "en">,
        (tables, asOfDay, locale) => {
          const d = data(tables.map((t) => table(t)));
          const { issues, notes } = validateTracking(d, plan, { asOf: asOfDay, locale });
          for (const i of issues) {
            expect(RULE_CODES).toContain(i.rule);
            expect(i.message.length).toBeGreaterThan(0);
            expect(i.message).not.toMatch(/undefined|NaN|\[object/);
            if (i.cell !== undefined) {
              const m = /^[A-Z]+(\d+)$/.exec(i.cell);
              expect(m).not.toBeNull();
              expect(Number(m?.[1])).toBe(i.row);
            }
          }
          for (const n of notes) expect(n.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
