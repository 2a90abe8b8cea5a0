/**
 * The Office.js writer lays the report out as the .xlsx writer does: manual page breaks at the
 * same rows, a fixed print scale (not "fit to", which drops them), page numbers at the foot of
 * the tables. Checked against the strict fake Excel.
 */
import { buildReports } from "../../src/core/report";
import { service, userWorkbook } from "../excel/spec-fixture";
import { input } from "./report-fixture";
import { writeSheetSpec } from "../../src/xlsx/write-sheet-spec";
import ExcelJS from "exceljs";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";

describe("the Office.js writer", () => {
  const specs = buildReports(input(null));

  it("adds the manual page breaks and prints at the fixed scale", async () => {
    const excel = userWorkbook();
    await service(excel).writeReports(specs);
    for (const spec of specs.filter((s) => (s.print.rowBreaks ?? []).length > 0)) {
      const s = excel.sheet(spec.name);
      expect(s.pageBreaks).toEqual((spec.print.rowBreaks ?? []).map((r) => `A${r}`));
      expect(s.pageLayout.zoom).toEqual({ scale: spec.print.scale });
    }
    const b01 = excel.sheet(specs.find((x) => x.form === "B01")!.name);
    expect(b01.pageLayout["headersFooters.defaultForAllPages.centerFooter"]).toBe("&P");
  });

  it("puts the breaks where the .xlsx writer puts them", async () => {
    const bc = specs[0];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(bc.name);
    writeSheetSpec(ws, bc);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const entry = (listZipEntries(bytes) ?? []).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const xml = readZipEntry(bytes, entry)!.toString("utf8");
    // <brk id="n"/>: a break below row n, so the page starts at n + 1.
    const ids = [...xml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]) + 1);
    expect(ids).toEqual(bc.print.rowBreaks);
    expect(xml).toMatch(/<pageSetup\b[^>]*scale="\d+"/);
    expect(xml).not.toMatch(/fitToWidth/);
  });
});
