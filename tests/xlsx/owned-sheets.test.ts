import ExcelJS from "exceljs";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import {
  markSheetOwned,
  OWNED_SHEET_MARKER,
  ownedSheetNames,
  ownedSheetOf,
  unmarkSheetOwned,
} from "../../src/xlsx/owned-sheets";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";
import { buildWorkbook, buildXlsx, rewriteXlsx, toBuffer } from "../helpers/build-xlsx";

async function load(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

function workbookXml(data: Buffer): string {
  const entry = listZipEntries(data)?.find((e) => e.name === "xl/workbook.xml");
  return (entry && readZipEntry(data, entry)?.toString("utf8")) ?? "";
}

async function ownedAfterReading(data: Buffer): Promise<Record<string, boolean | undefined>> {
  const snapshot = await readWorkbookBuffer(data);
  return Object.fromEntries(snapshot.sheets.map((s) => [s.name, s.ownedByAddin]));
}

describe("the report-sheet mark", () => {
  test("is a workbook-scoped defined name referring to the block A1:J50 of the sheet", async () => {
    const data = await buildXlsx([
      { name: "Theo dõi", rows: [["x"]] },
      { name: "BC 2024", rows: [["y"]], ownedByAddin: true },
    ]);
    const xml = workbookXml(data);
    expect(xml).toMatch(new RegExp(`<definedName name="${OWNED_SHEET_MARKER}_1">(?:'|&apos;)BC 2024(?:'|&apos;)!\\$A\\$1:\\$J\\$50</definedName>`));
    expect(xml).not.toMatch(/localSheetId/);
  });

  test("survives a load and save through exceljs, and sheets added then are marked too", async () => {
    const first = await buildXlsx([
      { name: "Theo dõi", rows: [["Mã", "Nội dung"]] },
      { name: "BC 2023", rows: [["BÁO CÁO"]], ownedByAddin: true },
    ]);
    // What `bdg report` does: load the user's workbook, add report sheets, write a copy.
    const wb = await load(first);
    wb.addWorksheet("B01 2024").getCell("A1").value = "Biểu 01";
    markSheetOwned(wb, "B01 2024");
    const second = await toBuffer(wb);
    expect(await ownedAfterReading(second)).toEqual({ "Theo dõi": false, "BC 2023": true, "B01 2024": true });
    // And once more, untouched.
    expect(await ownedAfterReading(await toBuffer(await load(second)))).toEqual({
      "Theo dõi": false,
      "BC 2023": true,
      "B01 2024": true,
    });
  });

  test("works for sheet names that need quoting or have none", async () => {
    const names = ["Báo cáo's 2024", "B01 2021-2025", "Sheet9", "BC, tổng hợp"];
    const data = await buildXlsx(names.map((name) => ({ name, rows: [["x"]], ownedByAddin: true })));
    const owned = await ownedAfterReading(await toBuffer(await load(data)));
    expect(owned).toEqual(Object.fromEntries(names.map((n) => [n, true])));
  });

  test("marking twice leaves one mark; unmarking removes only that sheet's", async () => {
    const wb = buildWorkbook([
      { name: "BC 2024", rows: [["x"]] },
      { name: "B01 2024", rows: [["y"]] },
    ]);
    markSheetOwned(wb, "BC 2024");
    markSheetOwned(wb, "BC 2024");
    markSheetOwned(wb, "B01 2024");
    expect(wb.definedNames.model.filter((d) => d.name.startsWith(OWNED_SHEET_MARKER))).toHaveLength(2);
    unmarkSheetOwned(wb, "BC 2024");
    wb.removeWorksheet(wb.getWorksheet("BC 2024")!.id);
    expect([...ownedSheetNames(wb)]).toEqual(["B01 2024"]);
    const data = await toBuffer(wb);
    expect(workbookXml(data)).not.toContain("BC 2024");
    expect(await ownedAfterReading(data)).toEqual({ "B01 2024": true });
  });

  test("a mark left broken by a deleted sheet (#REF!) marks nothing and does not stop reading", async () => {
    const data = await buildXlsx([
      { name: "Theo dõi", rows: [["x"]] },
      { name: "BC 2024", rows: [["y"]], ownedByAddin: true },
    ]);
    const broken = rewriteXlsx(data, (name, text) =>
      name === "xl/workbook.xml" ? text.replace(/(?:'|&apos;)BC 2024(?:'|&apos;)!\$A\$1:\$J\$50/, "#REF!") : text,
    );
    expect(workbookXml(broken)).toContain(">#REF!</definedName>");
    expect(await ownedAfterReading(broken)).toEqual({ "Theo dõi": false, "BC 2024": false });
  });
});

describe("the mark survives the user's editing of the report", () => {
  const rewriteMark = async (to: string): Promise<Record<string, boolean | undefined>> => {
    const data = await buildXlsx([
      { name: "Theo dõi", rows: [["x"]] },
      { name: "BC 2024", rows: [["y"]], ownedByAddin: true },
    ]);
    const edited = rewriteXlsx(data, (name, text) => (name === "xl/workbook.xml" ? text.replace(/(?:'|&apos;)BC 2024(?:'|&apos;)!\$A\$1:\$J\$50/, to) : text));
    expect(workbookXml(edited)).toContain(`>${to}</definedName>`);
    return ownedAfterReading(edited);
  };

  test("row 1 deleted in Excel: the block shrinks to A1:J49 and the sheet is still the add-in's", async () => {
    expect(await rewriteMark("'BC 2024'!$A$1:$J$49")).toEqual({ "Theo dõi": false, "BC 2024": true });
  });

  test("column A deleted in Excel: the block shrinks to A1:I50 and the sheet is still the add-in's", async () => {
    expect(await rewriteMark("'BC 2024'!$A$1:$I$50")).toEqual({ "Theo dõi": false, "BC 2024": true });
  });

  test("a mark of an earlier version on A1 alone is still recognised", async () => {
    expect(await rewriteMark("'BC 2024'!$A$1")).toEqual({ "Theo dõi": false, "BC 2024": true });
  });

  test("unmarking removes the whole block's name (exceljs's remove() would leave it)", async () => {
    const wb = buildWorkbook([{ name: "BC 2024", rows: [["x"]] }]);
    markSheetOwned(wb, "BC 2024");
    expect(wb.definedNames.model).toEqual([{ name: `${OWNED_SHEET_MARKER}_1`, ranges: ["'BC 2024'!$A$1:$J$50"] }]);
    unmarkSheetOwned(wb, "BC 2024");
    expect(wb.definedNames.model).toEqual([]);
  });
});

describe("ownedSheetOf (for names read through Office.js)", () => {
  test("gives the sheet of a marker's formula, quotes undone", () => {
    expect(ownedSheetOf("BDG_REPORT_1", "='BC 2024'!$A$1")).toBe("BC 2024");
    expect(ownedSheetOf("bdg_report_12", "=Sheet1!$A$1")).toBe("Sheet1");
    expect(ownedSheetOf("BDG_REPORT_2", "'Báo cáo''s'!$A$1")).toBe("Báo cáo's");
  });

  test("gives nothing for other names or broken references", () => {
    expect(ownedSheetOf("TheoDoi", "='BC 2024'!$A$1")).toBeNull();
    expect(ownedSheetOf("BDG_REPORT_X", "='BC 2024'!$A$1")).toBeNull();
    expect(ownedSheetOf("BDG_REPORT_1", "=#REF!$A$1")).toBeNull();
    expect(ownedSheetOf("BDG_REPORT_1", "='BC 2024'!#REF!")).toBeNull();
    expect(ownedSheetOf("BDG_REPORT_1", "=$A$1")).toBeNull();
  });
});
