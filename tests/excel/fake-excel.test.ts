import { FakeExcel, excelStores } from "./fake-excel";

/** The fake must fail where Excel fails, or a wrong adapter passes its tests. */
describe("the fake Excel behaves as the Office.js documentation says Excel does", () => {
  const run = <T>(excel: FakeExcel, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => excel.host().run(batch);

  it("queues commands and applies them at the sync; a failing one stops there, the earlier ones applied", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await run(excel, async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("A");
      a.getRange("A1").values = [["một"]];
      expect(excel.sheet("A").value(0, 0)).toBeUndefined();
      ctx.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
      a.getRange("A2").values = [["hai"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(excel.sheet("A").value(0, 0)).toBe("một");
    expect(excel.sheet("A").value(1, 0)).toBeUndefined();
  });

  it("sends what is left queued when Excel.run ends", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await run(excel, async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("B2").values = [["x"]];
    });
    expect(excel.sheet("A").value(1, 1)).toBe("x");
  });

  it.each([
    ["a name of 32 characters", "x".repeat(32), "InvalidArgument"],
    ["an empty name", "", "InvalidArgument"],
    ["a slash", "2024/2025", "InvalidArgument"],
    ["a colon", "BC: 2024", "InvalidArgument"],
    ["brackets", "[BC]", "InvalidArgument"],
    ["a question mark", "BC?", "InvalidArgument"],
    ["a star", "BC*", "InvalidArgument"],
    ["a backslash", "BC\\1", "InvalidArgument"],
    ["a leading apostrophe", "'BC", "InvalidArgument"],
    ["a trailing apostrophe", "BC'", "InvalidArgument"],
    ["History", "history", "InvalidArgument"],
    ["a taken name in another case", "theo DÕI", "ItemAlreadyExists"],
  ])("refuses a sheet named with %s", async (_what, name, code) => {
    const excel = new FakeExcel();
    excel.addSheet("Theo dõi");
    excel.addSheet("Khác");
    await run(excel, async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await expect(ctx.sync()).rejects.toMatchObject({ code });
      ctx.workbook.worksheets.getItem("Khác").name = name;
      await expect(ctx.sync()).rejects.toMatchObject({ code });
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Theo dõi", "Khác"]);
  });

  it("accepts 31 characters and an apostrophe inside", async () => {
    const excel = new FakeExcel();
    await run(excel, async (ctx) => {
      ctx.workbook.worksheets.add("x".repeat(31));
      ctx.workbook.worksheets.add("Báo cáo's 2024");
      await ctx.sync();
    });
    expect(excel.sheets).toHaveLength(2);
  });

  it("refuses changes to a protected sheet's cells and formats, and tells whether a sheet is protected", async () => {
    const excel = new FakeExcel();
    const s = excel.addSheet("Khóa");
    s.protected = true;
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khóa");
      ws.protection.load("protected");
      await ctx.sync();
      expect(ws.protection.protected).toBe(true);
      ws.getRange("A1").values = [["x"]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
      ws.getRange("A1").format.fill.color = "#FF0000";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    });
    expect(s.value(0, 0)).toBeUndefined();
    expect(s.formats.size).toBe(0);
  });

  it("needs visibility loaded to read it, and never hides or deletes the last visible sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    excel.addSheet("B").visibility = "Hidden";
    await run(excel, async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("A");
      expect(() => a.visibility).toThrow(/not available/);
      a.load("visibility");
      await ctx.sync();
      expect(a.visibility).toBe("Visible");
      a.visibility = "Hidden";
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      a.delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(excel.sheet("A").visibility).toBe("Visible");
  });

  it("loads only the properties asked for on a collection's items", async () => {
    const excel = new FakeExcel();
    excel.addSheet("A");
    await run(excel, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      expect(sheets.items[0].name).toBe("A");
      expect(() => sheets.items[0].id).toThrow(/not available/);
      expect(() => sheets.items[0].visibility).toThrow(/not available/);
    });
  });

  it.each([
    ["15/11/2023", 45245],
    ["Mar-24", null],
    ["March 2024", 45352],
    ["Sep 1", null],
    ["43,8%", 0.438],
    ["1.500", 1500],
    ["TRUE", true],
    ["false", false],
    ["2023", 2023],
  ])("converts typed %s as Excel does, and keeps it as text with the quote prefix or the text format", async (input, value) => {
    const stored = excelStores(input);
    expect(typeof stored.value).not.toBe("string");
    if (typeof value === "boolean") expect(stored.value).toBe(value);
    else if (value !== null) expect(stored.value).toBeCloseTo(value, 6);
    const excel = new FakeExcel();
    const s = excel.addSheet("A");
    s.numberFormats.set("2,0", "@");
    await run(excel, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("A");
      ws.getRange("A1:A3").values = [[input], [`'${input}`], [input]];
      const r = ws.getRange("A1:A3");
      r.load("values,text,formulas,numberFormat");
      await ctx.sync();
      expect(r.values[1][0]).toBe(input);
      expect(r.values[2][0]).toBe(input);
      expect(r.text[0][0]).toBe(input);
      expect(r.numberFormat[2][0]).toBe("@");
    });
    expect(s.quotePrefix.has("1,0")).toBe(true);
  });

  it("refuses a request over 5 MB on the web, writes as reads", async () => {
    const excel = new FakeExcel({ onTheWeb: true });
    excel.addSheet("A");
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await run(excel, async (ctx) => {
      ctx.workbook.worksheets.getItem("A").getRange("A1:A60000").values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
    expect(excel.sheet("A").values).toEqual([]);
  });

  it("refuses settings over their size limit, keeping the old value", async () => {
    const excel = new FakeExcel({ maxSettingsBytes: 1000 });
    excel.settings.set("k", "cũ");
    await run(excel, async (ctx) => {
      ctx.workbook.settings.add("k", "x".repeat(2000));
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(excel.settings.get("k")).toBe("cũ");
  });
});
