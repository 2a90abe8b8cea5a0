import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import { reportSpec as spec, service, userWorkbook } from "./spec-fixture";

describe("the add-in recognises its report sheets after the user edits them (Office.js)", () => {
  it("after row 1 and column A of a report are deleted, it is still skipped by the reader and replaced, not piled up", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.writeReports([spec("B01 2024", 5)]);
    excel.deleteRow("B01 2024", 0);
    excel.deleteColumn("B01 2024", 0);
    expect(excel.names[0]).toMatchObject({ cell: "$A$1:$I$49" });
    const book = await svc.readSnapshot();
    expect(book.sheets.find((s) => s.name === "B01 2024")?.ownedByAddin).toBe(true);
    expect(readTracking(book, builtinPlan()).sheetsRead).toEqual(["Theo dõi"]);
    expect(await svc.existingReportSheets(["B01 2024"])).toEqual(["B01 2024"]);
    const r = await svc.writeReports([spec("B01 2024", 5)]);
    expect(r).toEqual({ written: ["B01 2024"], replaced: ["B01 2024"], renamed: [] });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Theo dõi", "B01 2024"]);
  });

  it("cutting A1 of a report and pasting it onto a user's sheet does not hide that sheet's data", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    await svc.writeReports([spec("B01 2024")]);
    excel.cutPaste("B01 2024", { top: 0, left: 0, bottom: 0, right: 0 }, "Theo dõi", 0, 0);
    const book = await svc.readSnapshot();
    expect(book.sheets.find((s) => s.name === "Theo dõi")?.ownedByAddin).toBeUndefined();
    expect(book.sheets.find((s) => s.name === "B01 2024")?.ownedByAddin).toBe(true);
    expect(await svc.existingReportSheets(["Theo dõi"])).toEqual([]);
  });

  it("a user's table on a sheet that carries the mark is read, and never replaced, at a constant number of syncs", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    // The user typed their own table over an old report sheet, mark and all.
    excel.addSheet("B01 2024").put(0, 0, [
      ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng"],
      [1, "II.1", "Tập huấn về bình đẳng giới", "15/03/2024", "Văn phòng", "Hoàn thành"],
    ]);
    excel.markOwned("B01 2024");
    const book = await svc.readSnapshot();
    expect(book.sheets.find((s) => s.name === "B01 2024")?.ownedByAddin).toBeUndefined();
    expect(readTracking(book, builtinPlan()).sheetsRead).toContain("B01 2024");
    expect(await svc.existingReportSheets(["B01 2024"])).toEqual([]);
    const before = excel.syncs;
    const r = await svc.writeReports([spec("B01 2024")]);
    expect(r).toEqual({ written: ["B01 2024 (2)"], replaced: [], renamed: [{ wanted: "B01 2024", used: "B01 2024 (2)" }] });
    expect(excel.sheet("B01 2024").value(1, 2)).toBe("Tập huấn về bình đẳng giới");
    // One sync more per look at the sheets (before writing, and again before naming) than a
    // workbook without marks, whatever the number of marked sheets.
    const plain = userWorkbook();
    const p0 = plain.syncs;
    await service(plain).writeReports([spec("B01 2024")]);
    expect(excel.syncs - before).toBe(plain.syncs - p0 + 2);
    const many = userWorkbook();
    for (let i = 1; i <= 6; i++) {
      many.addSheet(`Cũ ${i}`).put(0, 0, [["Biểu 01"]]);
      many.markOwned(`Cũ ${i}`);
    }
    const m0 = many.syncs;
    await service(many).writeReports([spec("B01 2024")]);
    expect(many.syncs - m0).toBe(excel.syncs - before);
  });

  it("gives a sheet marked by an earlier version (A1 alone) the new mark when it replaces it", async () => {
    const excel = userWorkbook();
    excel.addSheet("BC 2024").put(0, 0, [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["BÁO CÁO"]]);
    excel.markOwned("BC 2024", "BDG_REPORT_1", "$A$1");
    const r = await service(excel).writeReports([spec("BC 2024")]);
    expect(r.replaced).toEqual(["BC 2024"]);
    expect(excel.names.map((n) => [n.sheet?.name, n.cell])).toEqual([["BC 2024", "$A$1:$J$50"]]);
  });
});
