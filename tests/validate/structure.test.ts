import { dayOf } from "../../src/core/time/days";
import { columnsWithout, data, dataOf, table } from "../helpers/tracking-fixtures";
import { issuesOf, plan } from "./run";
import { validateTracking } from "../../src/core/validate/validate";

describe("no-tracking-table", () => {
  it("fires once, naming the sheets read, when no table was found — and nothing else is said", () => {
    const d = { tables: [], legacyCells: [], activities: [], sheetsRead: ["Sheet1", "Bìa"] };
    const all = validateTracking(d, plan, { asOf: dayOf(2026, 1, 1) }).issues;
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ rule: "no-tracking-table", severity: "error" });
    expect(all[0].message).toContain("“Sheet1”");
    expect(all[0].message).toContain("“Bìa”");
  });

  it("does not fire when a table was found, even an empty one", () => {
    expect(issuesOf("no-tracking-table", data([table()]))).toHaveLength(0);
  });
});

describe("missing-column", () => {
  it("is an error without an activity column", () => {
    const [i] = issuesOf("missing-column", dataOf([{}], { columns: columnsWithout("activity") }));
    expect(i).toMatchObject({ severity: "error", sheet: "Theo dõi", row: 4 });
    expect(i.message).toContain("nội dung hoạt động");
  });

  it("is an error with neither date nor year, and silent with a year column only", () => {
    const neither = issuesOf("missing-column", dataOf([{}], { columns: columnsWithout("date") }));
    expect(neither.map((i) => i.severity)).toEqual(["error"]);
    const yearOnly = { ...columnsWithout("date"), year: 3 };
    expect(issuesOf("missing-column", dataOf([{ date: null, year: 2023 }], { columns: yearOnly }))).toHaveLength(0);
  });

  it("is a warning without participants or women columns", () => {
    const issues = issuesOf("missing-column", dataOf([{}], { columns: columnsWithout("participants", "female") }));
    expect(issues.map((i) => i.severity)).toEqual(["warning", "warning"]);
    expect(issues[0].message).toContain("số người tham gia");
    expect(issues[1].message).toContain("số nữ");
  });

  it("is silent for the standard layout", () => {
    expect(issuesOf("missing-column", dataOf([{}]))).toHaveLength(0);
  });
});

describe("cell-error", () => {
  it("fires on a field cell holding an Excel error, with the error as value", () => {
    const [i] = issuesOf("cell-error", dataOf([{ participants: 30, raw: { female: "#REF!" } }]));
    expect(i).toMatchObject({ severity: "error", sheet: "Theo dõi", cell: "G5", row: 5, value: "#REF!" });
    expect(i.message).toBe("Ô G5 (số nữ) đang báo lỗi #REF!. Sửa lại công thức hoặc nhập trực tiếp giá trị.");
  });

  it("does not fire on text that only looks like an error", () => {
    const d = dataOf([{ raw: { female: "#REF" } }]);
    expect(issuesOf("cell-error", d)).toHaveLength(0);
    expect(issuesOf("bad-number", d)).toHaveLength(1);
  });

  it("is the only issue on its cell", () => {
    // The activity text is an error: missing-activity would otherwise fire on B5 as well.
    const d = dataOf([{ activity: null, raw: { activity: "#N/A" } }]);
    const all = validateTracking(d, plan, { asOf: dayOf(2025, 12, 31) }).issues.filter((i) => i.cell === "B5");
    expect(all.map((i) => i.rule)).toEqual(["cell-error"]);
    // Without the error, the same row has missing-activity on B5.
    expect(issuesOf("missing-activity", dataOf([{ activity: null }]))).toHaveLength(1);
  });

  it("fires on a total row's cell too", () => {
    const d = data([table({ rows: [{ participants: 10, female: 5 }], totals: [{ raw: { participants: "#VALUE!" } }] })]);
    const issues = issuesOf("cell-error", d);
    expect(issues.map((i) => i.cell)).toEqual(["F6"]);
    expect(issuesOf("total-mismatch", d)).toHaveLength(0);
  });
});
