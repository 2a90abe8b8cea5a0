/**
 * Summary sheets are never read as activities; where they state a figure for a task and period the
 * tracking data also gives, a difference is the warning summary-mismatch on that cell.
 */
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { countedData, figuresOf } from "../../src/core/progress";
import { dayOf } from "../../src/core/time/days";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { buildXlsx } from "../helpers/build-xlsx";
import { HALF_YEAR, TRACKING } from "./books/summary";

const plan = builtinPlan();
const AS_OF = dayOf(2025, 12, 31);

describe("summary sheets", () => {
  it("keeps the summary out of the activities and the figures, and checks its cells", async () => {
    const book = await readWorkbookBuffer(await buildXlsx([TRACKING, HALF_YEAR]));
    expect(Object.keys(book.sheets[1]?.aggregateFormulas ?? {})).toContain("D4");
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.data.tables.map((t) => t.sheet)).toEqual(["Theo dõi"]);
    expect(a.data.activities).toHaveLength(4);
    expect(a.issues.filter((i) => i.rule === "missing-column")).toEqual([]);
    const figures = figuresOf(countedData(a.data, a.issues, plan).data, plan, "", null, AS_OF);
    expect(figures.participants).toBe(400);
    const mismatches = a.issues.filter((i) => i.rule === "summary-mismatch");
    expect(mismatches.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Tổng hợp 6 tháng", "D5", "warning"]]);
    expect(mismatches[0]?.message).toContain("II.2.2");
    expect(mismatches[0]?.message).toContain("6 THÁNG ĐẦU NĂM 2024");
    expect(mismatches[0]?.message).toContain("52");
    expect(mismatches[0]?.message).toContain("45");
    expect(a.notes.join("\n")).toContain("Trang “Tổng hợp 6 tháng” là trang tổng hợp");
    const state = (task: string, year: number): string | undefined => a.statuses.find((s) => s.taskId === task && s.year === year)?.state;
    expect(state("II.2.1", 2024)).toBe("done");
    expect(state("II.2.2", 2024)).toBe("done");
  });

  it("gets the aggregating formulas alike from both .xlsx readers, and none from the tracking sheet", async () => {
    const data = await buildXlsx([TRACKING, HALF_YEAR]);
    const direct = await readWorkbookBuffer(data);
    const viaExceljs = await loadWithExcelJS(data, false);
    expect(direct.sheets.map((s) => s.aggregateFormulas)).toEqual(viaExceljs.sheets.map((s) => s.aggregateFormulas));
    expect(direct.sheets[0]?.aggregateFormulas).toBeUndefined();
    // SUMIFS over the tracking sheet, not SUM(D4:D6) over the summary's own cells.
    expect(Object.keys(direct.sheets[1]?.aggregateFormulas ?? {}).sort()).toEqual(["D4", "D5", "D6", "E4", "E5", "E6"]);
  });

  it("recognises a summary by its rows alone when the reader sees no formulas (Excel's values only)", async () => {
    const book = await readWorkbookBuffer(await buildXlsx([TRACKING, HALF_YEAR]));
    for (const s of book.sheets) delete s.aggregateFormulas;
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.data.tables.map((t) => t.sheet)).toEqual(["Theo dõi"]);
    expect(a.issues.filter((i) => i.rule === "summary-mismatch").map((i) => i.cell)).toEqual(["D5"]);
  });

  it("reads a tracking table whose rows are activities as before", async () => {
    const book = await readWorkbookBuffer(await buildXlsx([TRACKING]));
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.data.summaries).toBeUndefined();
    expect(a.data.tables).toHaveLength(1);
  });
});
