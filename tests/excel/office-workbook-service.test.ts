import { LIST_SHEET_TEXT } from "../../src/core/i18n/table-messages";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import { readTracking } from "../../src/core/read/read-tracking";
import { builtinPlan } from "../../src/core/plan/load";
import { FakeExcel } from "./fake-excel";
import { reportSpec as spec, service, userWorkbook } from "./spec-fixture";

describe("writeReports", () => {
  it("marks what it wrote as the add-in's, and the reader skips it", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    const r = await svc.writeReports([spec("BC 2024"), spec("B01 2024")]);
    expect(r).toEqual({ written: ["BC 2024", "B01 2024"], replaced: [], renamed: [] });
    expect(await svc.existingReportSheets(["BC 2024", "B01 2024", "Theo dõi", "B02 2024"])).toEqual(["BC 2024", "B01 2024"]);
    const book = await svc.readSnapshot();
    expect(book.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(["BC 2024", "B01 2024"]);
    expect(readTracking(book, builtinPlan()).sheetsRead).toEqual(["Theo dõi"]);
    expect(excel.sheet("BC 2024").activated).toBe(1);
  });

  it("replaces only its own sheet of the same name and keeps a user's sheet of that name", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.writeReports([spec("BC 2024", 2)]);
    excel.addSheet("B01 2024").put(0, 0, [["của người dùng"]]);
    const r = await svc.writeReports([spec("BC 2024", 5), spec("B01 2024")]);
    expect(r).toEqual({ written: ["BC 2024", "B01 2024 (2)"], replaced: ["BC 2024"], renamed: [{ wanted: "B01 2024", used: "B01 2024 (2)" }] });
    expect(excel.sheet("B01 2024").value(0, 0)).toBe("của người dùng");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Theo dõi", "B01 2024", "BC 2024", "B01 2024 (2)"]);
    expect(excel.sheet("BC 2024").value(7, 1)).toBe("Nhiệm vụ 5");
    // One mark per report sheet; the replaced sheet's mark went with it (no #REF! name left).
    expect(excel.names.map((n) => n.sheet?.name)).toEqual(["BC 2024", "B01 2024 (2)"]);
  });

  it("uses the same number of syncs for 3 rows and 5,000, with calculation and its own events suspended", async () => {
    const small = userWorkbook();
    await service(small).writeReports([spec("B01 2024", 3)]);
    const big = userWorkbook();
    await service(big).writeReports([spec("B01 2024", 5000), spec("B02 2024", 5000)]);
    expect(big.syncs).toBe(small.syncs);
    expect(small.syncs).toBe(5);
    const writes = big.syncLog.slice(1, 4);
    for (const s of writes.slice(0, 2)) expect(s.calcSuspended).toBe(true);
    for (const s of big.syncLog) expect(s.eventsOn).toBe(false);
    expect(big.enableEvents).toBe(true);
    expect(big.sheet("B02 2024").value(5002, 1)).toBe("Nhiệm vụ 5000");
  });

  it("lays the sheet out: fonts, merges, widths, heights, number formats, frozen header and print setup", async () => {
    const excel = userWorkbook();
    await service(excel).writeReports([spec("B01 2024")]);
    const s = excel.sheet("B01 2024");
    expect(s.fmt(0, 0)["font.bold"]).toBe(true);
    expect(s.fmt(0, 0)["font.name"]).toBe("Times New Roman");
    expect(s.fmt(4, 1)["font.size"]).toBe(13);
    expect(s.fmt(4, 1)["border.EdgeBottom.style"]).toBe("Continuous");
    expect(s.numberFormats.get("3,2")).toBe("#,##0");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.columnWidths.get(1)).toBeCloseTo((40 * 7 + 5) * 0.75, 5);
    expect(s.rowHeights.get(1)).toBe(30);
    expect(s.freezeRows).toBe(3);
    expect(s.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      printArea: "A1:C6",
      printTitleRows: "$3:$3",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "headersFooters.state": "FirstAndDefault",
      "headersFooters.defaultForAllPages.centerHeader": "&P",
    });
    expect(s.pageLayout.leftMargin).toBeCloseTo((3 / 2.54) * 72, 5);
  });

  it("writes no print setup where ExcelApi 1.9 is missing, and the rest still", async () => {
    const excel = new FakeExcel({ supported: "1.8" });
    excel.addSheet("Theo dõi");
    await service(excel).writeReports([spec("B01 2024")]);
    expect(excel.sheet("B01 2024").pageLayout).toEqual({});
    expect(excel.sheet("B01 2024").value(0, 0)).toBe("BAN DÂN TỘC");
  });
});

describe("insertTrackingTemplate", () => {
  const template = (): SheetSpec => {
    const s = spec("Theo dõi BĐG", 0);
    s.cells = [
      { row: 1, col: 1, value: "BẢNG THEO DÕI", style: { bold: true } },
      ...["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng"].map((v, i) => ({ row: 3, col: i + 1, value: v })),
    ];
    return s;
  };
  const lists = {
    firstDataRow: 4,
    lastDataRow: 50,
    lists: [
      { col: 2, values: ["II.1", "II.2.1"] },
      { col: 5, values: ["UBND huyện Tràng Định", "Phòng Nghiệp vụ, Văn phòng"] },
    ],
  };

  it("inserts the user's sheet with dropdowns pointing at a hidden list sheet the reader skips", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    const name = await svc.insertTrackingTemplate(template(), lists);
    expect(name).toBe("Theo dõi BĐG");
    const listSheet = excel.sheet("Danh mục BĐG");
    expect(listSheet.visibility).toBe("Hidden");
    expect(listSheet.value(1, 1)).toBe("Phòng Nghiệp vụ, Văn phòng");
    expect(excel.sheet(name).validations).toEqual([
      { address: "B4:B50", rule: { list: { inCellDropDown: true, source: "='Danh mục BĐG'!A1:A2" } } },
      { address: "E4:E50", rule: { list: { inCellDropDown: true, source: "='Danh mục BĐG'!B1:B2" } } },
    ]);
    const book = await svc.readSnapshot();
    expect(book.sheets.find((s) => s.name === name)?.ownedByAddin).toBeUndefined();
    expect(book.sheets.find((s) => s.name === "Danh mục BĐG")?.ownedByAddin).toBe(true);
    const data = readTracking(book, builtinPlan());
    expect(data.tables.map((t) => t.sheet)).toEqual(["Theo dõi", "Theo dõi BĐG"]);
    expect(data.sheetsRead).not.toContain("Danh mục BĐG");
  });

  it("writes the list sheet's note, and knows a list sheet of an earlier version (no note) by its name", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.insertTrackingTemplate(template(), lists);
    expect(excel.sheet("Danh mục BĐG").value(0, 3)).toBe(LIST_SHEET_TEXT.vi.note);
    // An earlier list sheet: lists only, no note. It is rewritten in place, not doubled.
    const old = userWorkbook();
    old.addSheet("Danh mục BĐG").put(0, 0, [["II.1"], ["II.2"]]);
    old.markOwned("Danh mục BĐG");
    await service(old).insertTrackingTemplate(template(), lists);
    expect(old.sheets.filter((s) => s.name.startsWith("Danh mục")).map((s) => s.name)).toEqual(["Danh mục BĐG"]);
    expect(old.sheet("Danh mục BĐG").value(0, 3)).toBe(LIST_SHEET_TEXT.vi.note);
    expect(readTracking(await service(old).readSnapshot(), builtinPlan()).sheetsRead).not.toContain("Danh mục BĐG");
  });

  it("gives a second template a free name and reuses its list sheet", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.insertTrackingTemplate(template(), lists);
    const second = await svc.insertTrackingTemplate(template(), lists);
    expect(second).toBe("Theo dõi BĐG (2)");
    expect(excel.sheets.filter((s) => s.name.startsWith("Danh mục"))).toHaveLength(1);
  });
});

describe("settings, selection and change events", () => {
  it("saves, loads and deletes a setting, and tells the page's listeners", async () => {
    const excel = userWorkbook();
    const a = service(excel);
    const b = service(excel);
    const heard = jest.fn();
    const off = await b.onSettingsChanged(heard);
    expect(await a.loadSetting("bdg.plan")).toBeNull();
    await a.saveSetting("bdg.plan", '{"id":"x"}');
    expect(await b.loadSetting("bdg.plan")).toBe('{"id":"x"}');
    await a.saveSetting("bdg.plan", null);
    expect(await b.loadSetting("bdg.plan")).toBeNull();
    expect(heard).toHaveBeenCalledTimes(2);
    off();
    await a.saveSetting("bdg.locale", "en");
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it("selects a cell on its sheet, and says so in Vietnamese when the sheet is gone", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.selectCell("Theo dõi", "C2");
    expect(excel.sheet("Theo dõi").selected).toBe("C2");
    expect(excel.sheet("Theo dõi").activated).toBe(1);
    await expect(svc.selectCell("Đã xóa", "A1")).rejects.toThrow("Không còn trang “Đã xóa”");
  });

  it("hears the user's edits but not the add-in's own writes, until unsubscribed", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    const heard = jest.fn();
    const off = await svc.onDataChanged(heard);
    await excel.userEdit("Theo dõi", 1, 2, "16/3/2024");
    expect(heard).toHaveBeenCalledTimes(1);
    await svc.writeReports([spec("BC 2024")]);
    expect(heard).toHaveBeenCalledTimes(1);
    off();
    await excel.userEdit("Theo dõi", 1, 2, "17/3/2024");
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
