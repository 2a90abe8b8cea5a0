/**
 * Total rows as clerks write them ("Cộng năm 2021", "Cộng quý I", "Cộng (A)", "Tổng cộng năm 2024"),
 * read from real .xlsx files: they are totals, not activities, and each is checked against the
 * rows (or subtotals) it closes. The workbooks are in books/year-blocks.ts.
 */
import { builtinPlan } from "../../src/core/plan/load";
import { figuresOf } from "../../src/core/progress/figures";
import { obligationStatuses } from "../../src/core/progress/statuses";
import { readTracking } from "../../src/core/read/read-tracking";
import type { TrackingData } from "../../src/core/read/types";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildXlsx, type XlsxSheet } from "../helpers/build-xlsx";
import { EXPECTED, OUTLINE, QUARTERS, YEAR_BLOCKS } from "./books/year-blocks";

const plan = builtinPlan();
const AS_OF = dayOf(2025, 12, 31);

async function read(sheets: XlsxSheet[]): Promise<TrackingData> {
  return readTracking(await readWorkbookBuffer(await buildXlsx(sheets)), plan);
}

describe("totals and subtotals in clerks' books", () => {
  let d: TrackingData;
  beforeAll(async () => {
    d = await read([YEAR_BLOCKS, QUARTERS, OUTLINE]);
  });

  it("reads total rows as totals, never as activities", () => {
    for (const t of d.tables) {
      expect(t.activities).toHaveLength(EXPECTED.activities[t.sheet]);
      expect(t.totals.map((x) => x.row)).toEqual(EXPECTED.totals[t.sheet]);
      expect(t.activities.some((a) => /^(c[oộ]ng|t[oổ]ng)/i.test(a.activity ?? ""))).toBe(false);
    }
  });

  it("closes each subtotal over its own block, and the grand totals over all", () => {
    const span = (sheet: string): Array<[number, number, number]> => {
      const t = d.tables.find((x) => x.sheet === sheet);
      return (t?.totals ?? []).map((x) => [x.row, t?.activities[x.from]?.row ?? -1, t?.activities[x.to - 1]?.row ?? -1]);
    };
    expect(span(YEAR_BLOCKS.name)).toEqual([
      [9, 6, 7],
      [13, 11, 12],
      [17, 15, 16],
      [19, 6, 16],
    ]);
    expect(span(QUARTERS.name)).toEqual([
      [7, 5, 6],
      [10, 9, 9],
      [11, 5, 9],
    ]);
    expect(span(OUTLINE.name)).toEqual([
      [5, 3, 4],
      [8, 7, 7],
      [9, 3, 7],
    ]);
  });

  it("reports exactly the wrong subtotals, saying when Excel's SUM skipped a number typed as text", () => {
    const issues = validateTracking(d, plan, { asOf: AS_OF }).issues;
    const mismatches = issues.filter((i) => i.rule === "total-mismatch");
    expect(mismatches.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual([...EXPECTED.mismatches].sort());
    const text = mismatches.find((i) => i.cell === "E13");
    expect(text?.message).toContain("ô E11 chứa số dạng văn bản nên hàm SUM bỏ qua");
    expect(text?.message).toContain("cộng các dòng 11–12 được 1.540");
    const women = mismatches.find((i) => i.cell === "F17");
    expect(women?.message).toContain("là 160, nhưng cộng các dòng 15–16 được 155");
    expect(women?.message).not.toContain("SUM");
    // A total row read as an activity would say "more women than participants" on row 13.
    expect(issues.filter((i) => i.rule === "female-exceeds-total")).toEqual([]);
  });

  it("counts every participant once: the totals add nothing to the figures", () => {
    const f = figuresOf(d, plan, "", null, AS_OF);
    expect(f.activities).toBe(12);
    expect(f.participants).toBe(EXPECTED.participants);
    expect(f.female).toBe(EXPECTED.female);
  });

  it("gives the tasks' years their state from the activities alone", () => {
    const states = new Map(obligationStatuses(d, plan, AS_OF).map((s) => [`${s.taskId}/${s.year ?? ""}`, s.state]));
    // The plan took effect after 8 March 2021: that campaign was not yet due, whatever was done.
    expect(states.get("II.2.1/2021")).toBe("not-due");
    for (const done of ["II.2.4/2021", "II.2.2/2022", "II.2.4/2023", "II.2.1/2024", "II.2.2/2024", "II.2.4/2024"]) expect([done, states.get(done)]).toEqual([done, "done"]);
    expect(states.get("II.2.4/2022")).toBe("overdue");
    expect(states.get("II.2.1/2022")).toBe("overdue");
  });

  it("names the quarter, half-year and year totals alike with or without diacritics", async () => {
    const labels = ["Cộng quý III", "Cong quy 3 nam 2024", "Cộng 6 tháng đầu năm", "Cộng cả năm", "CỘNG NĂM 2024"];
    const rows: unknown[][] = [["Nội dung hoạt động", "Thời gian", "Số người tham gia"]];
    for (const [i, label] of labels.entries()) {
      rows.push([`Hội nghị tuyên truyền bình đẳng giới lần ${i + 1}`, `0${i + 1}/10/2024`, 10]);
      rows.push([label, null, 10]);
    }
    rows.push(["Cộng đồng dân cư thôn Nà Lừa tham gia tuyên truyền", "20/11/2024", 5]);
    const r = await read([{ name: "Q", rows }]);
    expect(r.tables[0].totals).toHaveLength(labels.length);
    expect(r.activities).toHaveLength(labels.length + 1);
  });
});
