import { numberFormatAt } from "../../src/core/number-format-runs";
import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";
import { readWorkbookSnapshot } from "../../src/excel/read-snapshot";
import { FakeExcel } from "./fake-excel";

const HEADER = ["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "Kinh phí (đồng)"];
const PEOPLE = '#,##0" người"';
const DONG = '#,##0 "đ";(#,##0 "đ")';

/** A tracking sheet from A1 whose count and budget cells carry number formats (0-based keys "row,col"). */
function formattedWorkbook(opts: { onTheWeb?: boolean; maxCellsPerSync?: number } = {}): FakeExcel {
  const excel = new FakeExcel(opts);
  const s = excel.addSheet("Theo dõi 2023");
  s.put(0, 0, [
    HEADER,
    ["III.2", "Tuyên truyền pháp luật tại xã Tân Văn", "10/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 1200, 0.438, 5_000_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Hoàng Văn Thụ", "11/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 45, 50, 3_000_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Văn Quan", "13/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 30, 10, -1_500_000],
  ]);
  for (const [k, code] of [["1,5", PEOPLE], ["1,6", "0.0%"], ["2,5", PEOPLE], ["2,6", PEOPLE], ["3,7", DONG], ["1,2", "@"], ["3,2", "dd/mm/yyyy"]] as const)
    s.numberFormats.set(k, code);
  return excel;
}

async function read(excel: FakeExcel, webRequestCells?: number, blockCells?: number) {
  const host = excel.host();
  return host.run((ctx) => readWorkbookSnapshot(ctx, host, { webRequestCells, blockCells }));
}

describe("number formats through Office.js", () => {
  it("reads each number cell's format with its values, in the same syncs", async () => {
    const excel = formattedWorkbook();
    const book = await read(excel);
    const s = book.sheets[0];
    expect(numberFormatAt(s, 2, 7)).toBe("0.0%");
    expect(numberFormatAt(s, 3, 6)).toBe(PEOPLE);
    expect(numberFormatAt(s, 4, 8)).toBe(DONG);
    expect(numberFormatAt(s, 2, 8)).toBeNull(); // General
    expect(numberFormatAt(s, 2, 3)).toBeNull(); // a text cell
    expect(excel.syncs).toBe(3);
  });

  it("keeps the web's request budget, a cell weighing its value and its format", async () => {
    // Blocks of one row (8 cells, 16 with their formats): one a request of at most 20 cells.
    const excel = formattedWorkbook({ onTheWeb: true, maxCellsPerSync: 20 });
    const book = await read(excel, 20, 8);
    expect(numberFormatAt(book.sheets[0], 4, 8)).toBe(DONG);
    expect(excel.syncLog.filter((s) => s.error !== undefined)).toEqual([]);
    for (const s of excel.syncLog) expect(s.cells).toBeLessThanOrEqual(20);
    expect(excel.syncs).toBe(2 + 4);
  });

  it("gives messages that quote the cells as Excel shows them", async () => {
    const plan = builtinPlan();
    const data = readTracking(await read(formattedWorkbook()), plan);
    const issues = validateTracking(data, plan, { asOf: dayOf(2025, 12, 31) }).issues;
    const at = (rule: string, cell: string) => issues.find((i) => i.rule === rule && i.cell === cell)?.message ?? "";
    expect(at("non-integer-count", "G2")).toContain("“43,8%”");
    expect(at("female-exceeds-total", "G3")).toContain("“50 người”");
    expect(at("negative-number", "H4")).toContain("“(1.500.000 đ)”");
    const en = validateTracking(data, plan, { asOf: dayOf(2025, 12, 31), locale: "en" }).issues;
    expect(en.find((i) => i.rule === "negative-number")?.message).toContain("“(1,500,000 đ)”");
  });

  it("costs nothing on a sheet without formats", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1").put(0, 0, [["Số"], [1], [2.5]]);
    expect((await read(excel)).sheets[0].numberFormats).toBeUndefined();
  });
});
