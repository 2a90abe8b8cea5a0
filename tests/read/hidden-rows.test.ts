/**
 * Hidden rows are not activities (one note says how many and where); hidden columns are mapped only
 * when no visible column fits. Both readers of .xlsx carry the visibility.
 */
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { dayOf } from "../../src/core/time/days";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { DRAFTS, DRAFT_HIDDEN_COLUMNS, DRAFT_HIDDEN_ROWS, hiddenBook, WOMEN_HIDDEN, WOMEN_HIDDEN_COLUMNS } from "./books/hidden";

const plan = builtinPlan();
const AS_OF = dayOf(2025, 12, 31);

describe("hidden rows and columns", () => {
  it("carries row and column visibility in the snapshot from both .xlsx readers, as ranges", async () => {
    const data = await hiddenBook([{ sheet: DRAFTS, rows: DRAFT_HIDDEN_ROWS, columns: DRAFT_HIDDEN_COLUMNS }]);
    const direct = await readWorkbookBuffer(data);
    const sheet = direct.sheets[0];
    expect(sheet?.hiddenRows).toEqual([
      { from: 7, to: 7 },
      { from: 9, to: 10 },
    ]);
    expect(sheet?.hiddenColumns).toEqual([{ from: 6, to: 6 }]);
    const viaExceljs = await loadWithExcelJS(data, false);
    expect(viaExceljs.sheets[0]?.hiddenRows).toEqual(sheet?.hiddenRows);
    expect(viaExceljs.sheets[0]?.hiddenColumns).toEqual(sheet?.hiddenColumns);
  });

  it("leaves hidden drafts out: no issue on them, one note, the cancelled draft does not mark its task done", async () => {
    const book = await readWorkbookBuffer(await hiddenBook([{ sheet: DRAFTS, rows: DRAFT_HIDDEN_ROWS, columns: DRAFT_HIDDEN_COLUMNS }]));
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.data.activities.map((x) => x.row)).toEqual([5, 6, 8]);
    // Nothing reported on a row nobody sees: no duplicate of row 5, no bad date, no #VALUE!.
    expect(a.issues.filter((i) => i.sheet === DRAFTS.name && [7, 9, 10].includes(i.row ?? 0))).toEqual([]);
    expect(a.issues.filter((i) => i.rule === "duplicate-activity" || i.rule === "bad-date" || i.rule === "cell-error")).toEqual([]);
    // The total is Excel's SUM over every row, hidden ones included: it is right.
    expect(a.issues.filter((i) => i.rule === "total-mismatch")).toEqual([]);
    expect(a.notes.filter((n) => n.includes("dòng bị ẩn"))).toEqual([
      expect.stringContaining("Đã bỏ qua 3 dòng bị ẩn"),
    ]);
    expect(a.notes.join("\n")).toContain("trang “Theo dõi 2024” dòng 7, 9–10");
    const state = (task: string, year: number): string | undefined => a.statuses.find((s) => s.taskId === task && s.year === year)?.state;
    expect(state("II.1.3", 2024)).not.toBe("done");
    expect(state("II.2.1", 2024)).toBe("done");
    // The visible participants column G, not the hidden old one F.
    expect(a.data.tables[0]?.columns.participants).toBe(7);
    expect(a.data.activities.reduce((n, x) => n + (x.participants ?? 0), 0)).toBe(210);
  });

  it("a wrong total is still caught when the hidden rows do not explain it", async () => {
    const rows = DRAFTS.rows.map((r) => [...r]);
    (rows[10] as unknown[])[7] = 150;
    const book = await readWorkbookBuffer(await hiddenBook([{ sheet: { ...DRAFTS, rows }, rows: DRAFT_HIDDEN_ROWS, columns: DRAFT_HIDDEN_COLUMNS }]));
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.issues.filter((i) => i.rule === "total-mismatch").map((i) => i.cell)).toEqual(["H11"]);
  });

  it("maps a hidden column when no visible column gives its field", async () => {
    const book = await readWorkbookBuffer(await hiddenBook([{ sheet: WOMEN_HIDDEN, columns: WOMEN_HIDDEN_COLUMNS }]));
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(a.data.tables[0]?.columns.female).toBe(6);
    expect(a.data.activities[0]?.female).toBe(30);
  });
});
