import type { SpecCell } from "../../src/core/report/sheet-spec";
import { reportSpec as spec, service, userWorkbook } from "./spec-fixture";
import type { FakeExcel } from "./fake-excel";

const names = (excel: FakeExcel): string[] => excel.sheets.map((s) => s.name);

describe("report sheets are replaced, never piled up", () => {
  it("replaces its own renamed copy the way the .xlsx writer does, run after run", async () => {
    const excel = userWorkbook();
    excel.addSheet("B01 2024").put(0, 0, [["của người dùng"]]);
    const svc = service(excel);
    for (let run = 0; run < 3; run++) {
      const r = await svc.writeReports([spec("B01 2024", 2 + run)]);
      expect(r.written).toEqual(["B01 2024 (2)"]);
    }
    expect(names(excel)).toEqual(["Theo dõi", "B01 2024", "B01 2024 (2)"]);
    expect(excel.sheet("B01 2024").value(0, 0)).toBe("của người dùng");
    expect(excel.sheet("B01 2024 (2)").value(5, 1)).toBe("Nhiệm vụ 3");
    expect(excel.names).toHaveLength(1);
  });

  it("tells the pane, before writing, every earlier sheet the write will replace (numbered copies too)", async () => {
    const excel = userWorkbook();
    excel.addSheet("B01 2024");
    const svc = service(excel);
    await svc.writeReports([spec("B01 2024"), spec("BC 2024")]);
    expect(await svc.existingReportSheets(["B01 2024", "BC 2024", "B02 2024"])).toEqual(["B01 2024 (2)", "BC 2024"]);
  });

  it("fits a name longer than Excel's 31 characters", async () => {
    const excel = userWorkbook();
    const long = "Báo cáo kết quả thực hiện kế hoạch bình đẳng giới năm 2024";
    const r = await service(excel).writeReports([spec(long)]);
    expect(r.written).toEqual([long.slice(0, 31)]);
    expect(excel.sheet(long.slice(0, 31)).value(0, 0)).toBe("BAN DÂN TỘC");
  });

  it("writes user text as text, whatever Excel would make of it", async () => {
    const excel = userWorkbook();
    const texts = ["=SUM(A1:A9)", "+84 912 345 678", "-5 người", "@mentions", "2023", "TRUE", "'trích dẫn", "15/11/2023", "Mar-24", "March 2024", "Sep 1", "1.500", "43,8%", "false", "Hoàn thành"];
    const cells: SpecCell[] = texts.map((t, i) => ({ row: 10 + i, col: 2, value: t }));
    cells.push({ row: 30, col: 3, value: { formula: "SUM(C4:C6)" } });
    await service(excel).writeReports([spec("B01 2024", 3, cells)]);
    const s = excel.sheet("B01 2024");
    texts.forEach((t, i) => {
      expect(s.value(9 + i, 1)).toBe(t);
      expect(s.formulas.has(`${9 + i},1`)).toBe(false);
    });
    expect(s.formulas.get("29,2")).toBe("=SUM(C4:C6)");
    expect(s.value(3, 2)).toBe(0);
  });

  it("writes template list values as text too", async () => {
    const excel = userWorkbook();
    const tpl = spec("Theo dõi BĐG", 0);
    await service(excel).insertTrackingTemplate(tpl, { firstDataRow: 4, lastDataRow: 10, lists: [{ col: 2, values: ["Mar-24", "TRUE", "Sep 1", "II.1"] }] });
    const list = excel.sheet("Danh mục BĐG");
    expect([0, 1, 2, 3].map((r) => list.value(r, 0))).toEqual(["Mar-24", "TRUE", "Sep 1", "II.1"]);
  });
});

describe("failure paths of a report write", () => {
  it("an error half-way leaves events as they were, calculation running and no half-written sheet", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.writeReports([spec("BC 2024", 4)]);
    const before = names(excel);
    // The 3rd cell write of the next run fails (inside the values of the second sheet).
    excel.editsBeforeFailure = 3;
    await expect(svc.writeReports([spec("BC 2024", 6), spec("B01 2024", 6)])).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.enableEvents).toBe(true);
    expect(names(excel)).toEqual(before);
    expect(excel.sheet("BC 2024").value(6, 1)).toBe("Nhiệm vụ 4");
    expect(excel.names.map((n) => n.sheet?.name)).toEqual(["BC 2024"]);
    expect(excel.syncLog[excel.syncLog.length - 1].calcSuspended).toBe(false);
  });

  it("an error in the formats leaves no temporary sheet either", async () => {
    const excel = userWorkbook();
    excel.beforeSync.set(3, () => (excel.editsBeforeFailure = 5));
    await expect(service(excel).writeReports([spec("B01 2024")])).rejects.toThrow();
    expect(names(excel)).toEqual(["Theo dõi"]);
    expect(excel.names).toEqual([]);
    expect(excel.enableEvents).toBe(true);
  });

  it("keeps the events off state the user had", async () => {
    const excel = userWorkbook();
    excel.enableEvents = false;
    excel.editsBeforeFailure = 1;
    await expect(service(excel).writeReports([spec("B01 2024")])).rejects.toThrow();
    expect(excel.enableEvents).toBe(false);
  });

  it("a protected report sheet to replace gets a clear message before anything is written", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.writeReports([spec("B01 2024")]);
    excel.sheet("B01 2024").protected = true;
    const syncs = excel.syncs;
    await expect(svc.writeReports([spec("B01 2024", 9)])).rejects.toThrow("Trang báo cáo “B01 2024” đang được bảo vệ");
    expect(names(excel)).toEqual(["Theo dõi", "B01 2024"]);
    expect(excel.syncLog.slice(syncs).every((s) => s.requestBytes < 200)).toBe(true);
  });

  it("a protected list sheet gets a clear message before the template is inserted", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    const lists = { firstDataRow: 4, lastDataRow: 10, lists: [{ col: 2, values: ["II.1"] }] };
    await svc.insertTrackingTemplate(spec("Theo dõi BĐG", 0), lists);
    excel.sheet("Danh mục BĐG").protected = true;
    await expect(svc.insertTrackingTemplate(spec("Theo dõi BĐG", 0), lists)).rejects.toThrow("Trang danh mục “Danh mục BĐG” đang được bảo vệ");
    expect(names(excel)).toEqual(["Theo dõi", "Theo dõi BĐG", "Danh mục BĐG"]);
  });

  it("an error while inserting a template leaves neither the template nor its list sheet", async () => {
    const excel = userWorkbook();
    excel.beforeSync.set(3, () => (excel.editsBeforeFailure = 2));
    const lists = { firstDataRow: 4, lastDataRow: 10, lists: [{ col: 2, values: ["II.1"] }] };
    await expect(service(excel).insertTrackingTemplate(spec("Theo dõi BĐG", 0), lists)).rejects.toThrow();
    expect(names(excel)).toEqual(["Theo dõi"]);
    expect(excel.names).toEqual([]);
    expect(excel.enableEvents).toBe(true);
  });

  it("a sheet a co-author adds while the report is being written does not make it fail", async () => {
    for (const at of [3, 4]) {
      const excel = userWorkbook();
      excel.beforeSync.set(at, () => excel.addSheet("B01 2024"));
      const r = await service(excel).writeReports([spec("B01 2024")]);
      expect(r.written).toEqual(["B01 2024 (2)"]);
      expect(names(excel).sort()).toEqual(["B01 2024", "B01 2024 (2)", "Theo dõi"]);
      expect(excel.names.map((n) => n.sheet?.name)).toEqual(["B01 2024 (2)"]);
    }
  });

  it("stays under Excel on the web's 5 MB a request when writing a large report", async () => {
    const excel = userWorkbook({ onTheWeb: true });
    const long = "Tập huấn kiến thức về bình đẳng giới cho cán bộ cơ sở ".repeat(4);
    const extra: SpecCell[] = Array.from({ length: 30_000 }, (_, i) => ({ row: 40 + i, col: 2, value: `${long}${i}` }));
    await service(excel).writeReports([spec("B01 2024", 3, extra)]);
    expect(excel.sheet("B01 2024").value(30_038, 1)).toBe(`${long}29999`);
    for (const s of excel.syncLog) {
      expect(s.error).toBeUndefined();
      expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    }
  });
});
