/**
 * The Office.js reader carries hidden rows and columns in the snapshot, in as many syncs as a book
 * with none, checked against the fake Excel (which answers rowHidden / columnHidden as Excel does:
 * true all, false none, null some; and getRowProperties / getColumnProperties from ExcelApi 1.9).
 */
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { dayOf } from "../../src/core/time/days";
import { readWorkbookSnapshot } from "../../src/excel/read-snapshot";
import { FakeExcel } from "./fake-excel";

const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Số người tham gia", "Số người tham gia", "Nữ", "Tình trạng"];

/** `rows` activities from row 2; every tenth row a hidden draft; column E (the old count) hidden. */
function book(rows: number, hide: boolean, opts: { onTheWeb?: boolean } = {}): FakeExcel {
  const excel = new FakeExcel(opts);
  const s = excel.addSheet("Theo dõi");
  s.put(0, 0, [HEADER]);
  const data: unknown[][] = [];
  for (let i = 0; i < rows; i++) data.push([i + 1, "III.1.1", `Lớp tập huấn số ${i + 1}`, "15/11/2024", 99, 20, 10, "Hoàn thành"]);
  s.put(1, 0, data);
  if (hide) {
    for (let r = 1; r <= rows; r += 10) s.hiddenRows.add(r);
    s.hiddenColumns.add(4);
  }
  excel.addSheet("Ghi chú").put(0, 0, [["Không có gì ẩn ở đây"]]);
  return excel;
}

async function read(excel: FakeExcel, blockCells?: number) {
  const host = excel.host();
  return host.run((ctx) => readWorkbookSnapshot(ctx, host, { blockCells }));
}

describe("Office.js reader: hidden rows and columns", () => {
  it("carries them as spans and leaves the hidden rows out of the activities", async () => {
    const snap = await read(book(30, true));
    const s = snap.sheets[0];
    expect(s?.hiddenRows).toEqual([
      { from: 2, to: 2 },
      { from: 12, to: 12 },
      { from: 22, to: 22 },
    ]);
    expect(s?.hiddenColumns).toEqual([{ from: 5, to: 5 }]);
    expect(snap.sheets[1]?.hiddenRows).toBeUndefined();
    const a = analyzeWorkbook(snap, builtinPlan(), { asOf: dayOf(2025, 12, 31) });
    expect(a.data.activities).toHaveLength(27);
    expect(a.data.tables[0]?.columns.participants).toBe(6);
    expect(a.notes.join("\n")).toContain("Đã bỏ qua 3 dòng bị ẩn");
  });

  it("takes as many syncs with hidden rows as without, whatever the size, also in blocks on the web", async () => {
    const plain = book(2000, false);
    const hidden = book(2000, true);
    const bigHidden = book(20000, true);
    await read(plain);
    await read(hidden);
    await read(bigHidden);
    expect(hidden.syncs).toBe(plain.syncs);
    expect(bigHidden.syncs).toBe(plain.syncs);
    const web = book(20000, true, { onTheWeb: true });
    const webPlain = book(20000, false, { onTheWeb: true });
    const a = await read(web, 16000);
    await read(webPlain, 16000);
    expect(web.syncs).toBe(webPlain.syncs);
    expect(a.sheets[0]?.hiddenRows).toHaveLength(2000);
  });

  it("marks every row hidden when the whole used range is, without asking row by row", async () => {
    const excel = book(5, false);
    for (let r = 0; r <= 5; r++) excel.sheet("Theo dõi").hiddenRows.add(r);
    const snap = await read(excel);
    expect(snap.sheets[0]?.hiddenRows).toEqual([{ from: 1, to: 6 }]);
  });
});
