import type { TrackingData } from "../../src/core/read/types";
import { dayOf } from "../../src/core/time/days";
import { data, dataOf, daySpan, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

const rows = [
  { participants: 30, female: 12, budget: 1.5 },
  { participants: 25, female: 10, budget: 2.5 },
];

describe("total-mismatch", () => {
  it("fires when a total differs from the sum of its rows, naming both and the rows", () => {
    const d = data([table({ rows, totals: [{ raw: { participants: 56, female: 22 } }] })]);
    const issues = issuesOf("total-mismatch", d);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", cell: "F7", row: 7, value: 56 });
    expect(issues[0].message).toContain("là 56, nhưng cộng các dòng 5–6 được 55");
  });

  it("does not fire when the total matches, written as text the Vietnamese way", () => {
    const d = data([table({ rows: [{ participants: 1000, female: 500 }, { participants: 500, female: 250 }], totals: [{ raw: { participants: "1.500", female: 750 } }] })]);
    expect(issuesOf("total-mismatch", d)).toHaveLength(0);
  });

  it("tolerates floating point but not a real difference", () => {
    const sums = [{ budget: 0.1 }, { budget: 0.2 }];
    expect(issuesOf("total-mismatch", data([table({ rows: sums, totals: [{ raw: { budget: 0.3 } }] })]))).toHaveLength(0);
    expect(issuesOf("total-mismatch", data([table({ rows: sums, totals: [{ raw: { budget: 0.31 } }] })]))).toHaveLength(1);
  });

  it("compares budgets in the header's unit and shows them in it", () => {
    // Header in đồng: the reader gave the rows in triệu đồng (1,5 and 2,5); the total cell is in đồng.
    const ok = data([table({ rows, budgetScale: 1e-6, totals: [{ raw: { participants: 55, female: 22, budget: 4_000_000 } }] })]);
    expect(issuesOf("total-mismatch", ok)).toHaveLength(0);
    const off = data([table({ rows, budgetScale: 1e-6, totals: [{ raw: { participants: 55, female: 22, budget: 4_100_000 } }] })]);
    const [i] = issuesOf("total-mismatch", off);
    expect(i.cell).toBe("J7");
    expect(i.message).toContain("là 4.100.000, nhưng cộng các dòng 5–6 được 4.000.000");
  });

  it("checks a subtotal against only the rows it covers", () => {
    const t = table({
      rows: [{ participants: 10, female: 5 }, { participants: 20, female: 10 }, { participants: 40, female: 20 }],
      totals: [{ row: 20, from: 1, to: 3, raw: { participants: 60, female: 30 } }],
    });
    expect(issuesOf("total-mismatch", data([t]))).toHaveLength(0);
  });

  it("stays silent when a covered cell cannot be read (its own rule reports it) or the total is blank", () => {
    const unreadable = table({ rows: [...rows, { participants: null, raw: { participants: "??" } }], totals: [{ raw: { participants: 99 } }] });
    expect(issuesOf("total-mismatch", data([unreadable]))).toHaveLength(0);
    expect(issuesOf("total-mismatch", data([table({ rows, totals: [{ raw: { participants: null } }] })]))).toHaveLength(0);
  });

  it("says when the total is what Excel's SUM gives because a row holds a number typed as text", () => {
    const t = table({ rows: [{ participants: 1500, raw: { participants: "1.500" } }, { participants: 40 }], totals: [{ raw: { participants: 40 } }] });
    const [i] = issuesOf("total-mismatch", data([t]));
    expect(i.cell).toBe("F7");
    expect(i.message).toContain("cộng các dòng 5–6 được 1.540: ô F5 chứa số dạng văn bản nên hàm SUM bỏ qua");
    const [en] = issuesOf("total-mismatch", data([t]), undefined, "en");
    expect(en.message).toContain("F5 holds a number typed as text, which Excel's SUM skips");
  });

  it("keeps the plain message when the total is wrong for another reason, text numbers or not", () => {
    const t = table({ rows: [{ participants: 1500, raw: { participants: "1.500" } }, { participants: 40 }], totals: [{ raw: { participants: 45 } }] });
    const [i] = issuesOf("total-mismatch", data([t]));
    expect(i.message).not.toContain("SUM");
    expect(i.message).toContain("là 45, nhưng cộng các dòng 5–6 được 1.540");
  });

  it("accepts a total written as the sum of its subtotals, and reports only the wrong subtotal", () => {
    const t = table({
      rows: [{ participants: 10 }, { participants: 20 }, { participants: 40 }],
      totals: [
        { row: 9, from: 0, to: 2, raw: { participants: 35 } }, // wrong: 30
        { row: 10, from: 2, to: 3, raw: { participants: 40 } },
        { row: 11, from: 0, to: 3, parts: [0, 1], raw: { participants: 75 } },
      ],
    });
    expect(issuesOf("total-mismatch", data([t])).map((i) => i.cell)).toEqual(["F9"]);
    // Matching neither the rows (70) nor the subtotals (75): reported with the rows' sum.
    const off = table({ ...{ rows: [{ participants: 10 }, { participants: 20 }, { participants: 40 }] }, totals: [{ row: 9, from: 0, to: 2, raw: { participants: 30 } }, { row: 10, from: 2, to: 3, raw: { participants: 40 } }, { row: 11, from: 0, to: 3, parts: [0, 1], raw: { participants: 80 } }] });
    const issues = issuesOf("total-mismatch", data([off]));
    expect(issues.map((i) => i.cell)).toEqual(["F11"]);
    expect(issues[0].message).toContain("là 80, nhưng cộng các dòng 5–7 được 70");
  });
});

describe("summary-mismatch", () => {
  const summaryData = (stated: number): TrackingData => {
    const data = dataOf([
      { taskId: "II.2.1", date: daySpan(2024, 3, 8), participants: 40 },
      { taskId: "II.2.1", date: daySpan(2024, 8, 10), participants: 25 },
    ]);
    data.summaries = [
      {
        sheet: "Tổng hợp",
        headerRow: 3,
        period: { start: dayOf(2024, 1, 1), end: dayOf(2024, 6, 30), label: "6 tháng đầu năm 2024" },
        formulaCells: 2,
        rows: [{ row: 4, taskId: "II.2", year: null, figures: { participants: { col: 4, value: stated } } }],
      },
    ];
    return data;
  };

  it("warns on a summary cell that differs from the tracking data for its task and period", () => {
    const found = issuesOf("summary-mismatch", summaryData(65));
    expect(found.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Tổng hợp", "D4", "warning"]]);
    expect(found[0]?.message).toContain("là 65, nhưng sổ theo dõi cho 40");
  });

  it("stays quiet when the summary agrees (a group's figure adds up its tasks, within the period)", () => {
    expect(issuesOf("summary-mismatch", summaryData(40))).toEqual([]);
  });
});
