import { readTracking } from "../../src/core/read/read-tracking";
import { builtinPlan } from "../../src/core/plan/load";
import { readWorkbookSnapshot } from "../../src/excel/read-snapshot";
import { FakeExcel, FakeApiError } from "./fake-excel";

const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "DTTS", "Kinh phí (triệu đồng)"];

/** A tracking sheet: a title on row 1, the header on row 3, then `rows` activities from column B. */
function trackingWorkbook(rows: number, opts: { onTheWeb?: boolean; maxCellsPerSync?: number; supported?: string } = {}): FakeExcel {
  const excel = new FakeExcel(opts);
  const s = excel.addSheet("Theo dõi 2023");
  s.put(0, 1, [["BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2023"]]);
  s.put(2, 1, [HEADER]);
  const data: unknown[][] = [];
  for (let i = 0; i < rows; i++) data.push([i + 1, "III.1.1", `Lớp bồi dưỡng số ${i + 1}`, "15/11/2023", "Phòng Nghiệp vụ", "Hoàn thành", 20, 10, 5, 1.5]);
  s.put(3, 1, data);
  return excel;
}

async function read(excel: FakeExcel, blockCells?: number, webRequestCells?: number) {
  const host = excel.host();
  return host.run((ctx) => readWorkbookSnapshot(ctx, host, { blockCells, webRequestCells }));
}

describe("the fake Excel is as strict as Office.js", () => {
  it("throws on reading values, items or isNullObject before load and sync", async () => {
    const excel = trackingWorkbook(3);
    await excel.host().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Theo dõi 2023");
      const r = ws.getRange("B3:C4");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(FakeApiError);
      await ctx.sync();
      expect(r.values[0]).toEqual(["STT", "Mã NV"]);
      expect(() => ctx.workbook.worksheets.items).toThrow(/items/);
      expect(() => ctx.workbook.worksheets.getItemOrNullObject("Không có").isNullObject).toThrow(/isNullObject/);
      ws.getRange("A:A").load("values");
      await expect(ctx.sync()).rejects.toThrow(/whole column/);
    });
  });
});

describe("readWorkbookSnapshot", () => {
  it("reads the cells dense from A1, blanks as null, text in NFC", async () => {
    const excel = trackingWorkbook(2);
    excel.sheet("Theo dõi 2023").put(5, 3, [["Tuyên truyền tại thôn".normalize("NFD")]]);
    const book = await read(excel);
    const s = book.sheets[0];
    expect(s.name).toBe("Theo dõi 2023");
    expect(s.values[0]).toEqual([null, "BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2023"]);
    expect(s.values[1]).toEqual([]);
    expect(s.values[2]).toEqual([null, ...HEADER]);
    expect(s.values[3]).toEqual([null, 1, "III.1.1", "Lớp bồi dưỡng số 1", "15/11/2023", "Phòng Nghiệp vụ", "Hoàn thành", 20, 10, 5, 1.5]);
    expect(s.values[5]).toEqual([null, null, null, "Tuyên truyền tại thôn".normalize("NFC")]);
    expect(s.values).toHaveLength(6);
    expect(book.date1904).toBeUndefined();
  });

  it("gives what the reader needs: the table is found and every activity read", async () => {
    const book = await read(trackingWorkbook(25));
    const data = readTracking(book, builtinPlan());
    expect(data.tables).toHaveLength(1);
    expect(data.tables[0].headerRow).toBe(3);
    expect(data.activities).toHaveLength(25);
    expect(data.activities[24].row).toBe(28);
  });

  it("syncs as often for 100,000 rows as for 100, reading in blocks of rows", async () => {
    const small = trackingWorkbook(100);
    await read(small);
    const big = trackingWorkbook(100_000);
    const book = await read(big, 20_000);
    expect(book.sheets[0].values).toHaveLength(100_003);
    expect(book.sheets[0].values[100_002][3]).toBe("Lớp bồi dưỡng số 100000");
    expect(big.syncs).toBe(small.syncs);
    expect(small.syncs).toBe(3);
  });

  it("keeps every sync under the payload cap on Excel on the web", async () => {
    const excel = trackingWorkbook(30_000, { onTheWeb: true, maxCellsPerSync: 100_000 });
    const book = await read(excel, 20_000, 100_000);
    expect(book.sheets[0].values).toHaveLength(30_003);
    for (const s of excel.syncLog) expect(s.cells).toBeLessThanOrEqual(100_000);
    // 300,030 cells, each read with its number format (two grids), in blocks of 20,000 cells that
    // weigh 40,000: two blocks a request of at most 100,000, eight value syncs after the two first steps.
    expect(excel.syncs).toBe(2 + 8);
  });

  it("retries a sync refused as too large in halves", async () => {
    const excel = trackingWorkbook(20_000, { onTheWeb: true, maxCellsPerSync: 60_000 });
    const book = await read(excel, 200_000, 200_000);
    expect(book.sheets[0].values).toHaveLength(20_003);
    expect(book.sheets[0].values[20_002][1]).toBe(20_000);
    expect(excel.syncLog.some((s) => s.cells > 60_000)).toBe(true);
  });

  it("flags the add-in's report sheets reading only their head, and ignores broken marks", async () => {
    const excel = trackingWorkbook(3);
    const rows = Array.from({ length: 60 }, (_, i) => [`dòng ${i + 1}`]);
    excel.addSheet("BC 2023").put(0, 0, [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["BÁO CÁO"], ...rows]);
    excel.markOwned("BC 2023");
    excel.names.push({ name: "BDG_REPORT_9", sheet: null, cell: "$A$1" });
    const book = await read(excel);
    const bc = book.sheets.find((s) => s.name === "BC 2023");
    expect(bc?.ownedByAddin).toBe(true);
    // The head that confirms the form (A1:L20), not the 62 rows of the sheet.
    expect(bc?.values).toHaveLength(20);
    expect(bc?.values[0][0]).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(book.sheets[0].ownedByAddin).toBeUndefined();
  });

  it("reads a marked sheet whose cells are the user's own table like any other sheet", async () => {
    const excel = trackingWorkbook(3);
    excel.markOwned("Theo dõi 2023");
    const book = await read(excel);
    const sheet = book.sheets.find((s) => s.name === "Theo dõi 2023");
    expect(sheet?.ownedByAddin).toBeUndefined();
    expect(sheet?.values.length).toBeGreaterThan(3);
    expect(readTracking(book, builtinPlan()).sheetsRead).toContain("Theo dõi 2023");
  });

  it("reads merged areas where ExcelApi 1.13 is there, and does without them elsewhere", async () => {
    const make = (supported: string): FakeExcel => {
      const e = trackingWorkbook(2, { supported });
      e.sheet("Theo dõi 2023").merges.push({ top: 0, left: 1, bottom: 0, right: 10 });
      return e;
    };
    const withMerges = await read(make("1.13"));
    expect(withMerges.sheets[0].merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 11 }]);
    const without = await read(make("1.12"));
    expect(without.sheets[0].merges).toEqual([]);
  });

  it("records text cells in a legacy font: a whole sheet in .VnTime at no extra sync", async () => {
    const excel = trackingWorkbook(2);
    excel.sheet("Theo dõi 2023").defaultFont = ".VnTime";
    const book = await read(excel);
    expect(book.sheets[0].legacyFonts?.["D4"]).toBe(".VnTime");
    expect(book.sheets[0].legacyFonts?.["B4"]).toBeUndefined();
    expect(excel.syncs).toBe(3);
  });

  it("reads cell fonts of the columns that mix them, in one more sync", async () => {
    const excel = trackingWorkbook(4);
    const s = excel.sheet("Theo dõi 2023");
    s.fmt(4, 3)["font.name"] = "VNI-Times";
    for (let r = 0; r < 8; r++) s.fmt(r, 6)["font.name"] = ".VnTimeH";
    const book = await read(excel);
    expect(book.sheets[0].legacyFonts).toEqual({ D5: "VNI-Times", G3: ".VnTimeH", G4: ".VnTimeH", G5: ".VnTimeH", G6: ".VnTimeH", G7: ".VnTimeH" });
    expect(excel.syncs).toBe(4);
  });

  it("knows the 1904 date system", async () => {
    const excel = trackingWorkbook(1);
    excel.date1904 = true;
    expect((await read(excel)).date1904).toBe(true);
  });

  it("reads an empty workbook and empty sheets", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const book = await read(excel);
    expect(book.sheets).toEqual([{ name: "Sheet1", values: [], merges: [] }]);
  });

  it("stops when cancelled", async () => {
    const excel = trackingWorkbook(10);
    const host = excel.host();
    const ac = new AbortController();
    ac.abort();
    await expect(host.run((ctx) => readWorkbookSnapshot(ctx, host, { signal: ac.signal }))).rejects.toMatchObject({ name: "AbortError" });
  });
});
