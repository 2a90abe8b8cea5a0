import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildReports } from "../../src/core/report";
import { ownSheetNames } from "../../src/core/report/form-signature";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { addReportSheetsToPackage } from "../../src/xlsx/report-package";
import { addReportSheets } from "../helpers/exceljs-report-writer";
import { listZipEntries, rawZipEntry } from "../../src/xlsx/zip-entries";
import { buildWorkbook, rewriteXlsx, toBuffer } from "../helpers/build-xlsx";
import { input } from "../report/report-fixture";

/**
 * The report copy is the user's package with the report sheets' parts added. What the report
 * sheets show must be what the earlier writer (the whole workbook loaded and saved by exceljs,
 * addReportSheets) gave: read both back with exceljs and compare.
 */

jest.setTimeout(30_000);

const SAMPLE = readFileSync(join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx"));
const specs = buildReports(input(2023));

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** What a sheet shows and prints: values (an empty text as blank), styles, merges, sizes, page setup. */
function shown(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (c, col) => {
      const value = c.type === ExcelJS.ValueType.Merge || c.value === "" ? null : c.value;
      cells.push([r, col, value, c.style]);
    }),
  );
  const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
  const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width);
  const heights = Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height);
  return { cells, merges, widths, heights, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter, views: ws.views };
}

/** The report written as the command line writes it: the sheets confirmed as the add-in's read from the input first. */
async function withOwn(user: Buffer): ReturnType<typeof addReportSheetsToPackage> {
  return addReportSheetsToPackage(user, specs, ownSheetNames((await readWorkbookBuffer(user)).sheets));
}

async function byExcelJS(user: Buffer): Promise<Buffer> {
  const wb = await load(user);
  addReportSheets(wb, specs);
  return toBuffer(wb);
}

describe("report sheets added to the user's package", () => {
  test("show and print exactly what the exceljs writer gave", async () => {
    const [before, now] = await Promise.all([byExcelJS(SAMPLE).then(load), withOwn(SAMPLE).then((r) => load(r.bytes))]);
    expect(now.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    for (const spec of specs) {
      expect({ sheet: spec.name, ...shown(now.getWorksheet(spec.name)!) }).toEqual({ sheet: spec.name, ...shown(before.getWorksheet(spec.name)!) });
    }
  });

  test("leave every part of the user's package byte for byte, except the four that list sheets and styles", async () => {
    const { bytes } = await withOwn(SAMPLE);
    const out = new Map(listZipEntries(bytes)!.map((e) => [e.name, e]));
    const changed: string[] = [];
    for (const e of listZipEntries(SAMPLE)!) {
      if (e.name.endsWith("/")) continue;
      const o = out.get(e.name);
      if (!o || !rawZipEntry(bytes, o)!.equals(rawZipEntry(SAMPLE, e)!)) changed.push(e.name);
    }
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
  });

  test("the user's cells keep their values and formats; the report sheets are marked as the add-in's", async () => {
    const { bytes } = await withOwn(SAMPLE);
    const [before, after] = await Promise.all([readWorkbookBuffer(SAMPLE), readWorkbookBuffer(bytes)]);
    expect(after.sheets.filter((s) => !s.ownedByAddin)).toEqual(before.sheets);
    expect(after.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(specs.map((s) => s.name));
    const [b, a] = await Promise.all([load(SAMPLE), load(bytes)]);
    for (const ws of b.worksheets) expect(shown(a.getWorksheet(ws.name)!)).toEqual(shown(ws));
  });

  test("a second run replaces its own sheets, keeps a user's sheet of a report's name, and leaves no stray names", async () => {
    const user = await toBuffer(
      buildWorkbook([
        { name: "Theo dõi", rows: [["Mã"]] },
        { name: "BC 2023", rows: [["Ghi chép của tôi"]] },
      ]),
    );
    const first = await withOwn(user);
    expect(first.result.renamed).toEqual([{ wanted: "BC 2023", used: "BC 2023 (2)" }]);
    const second = await withOwn(first.bytes);
    expect(second.result.replaced.sort()).toEqual(["B01 2023", "B02 2023", "B03 2021-2025", "B04 2023", "BC 2023 (2)", "KT 2023"].sort());
    expect(second.result.written).toEqual(first.result.written);
    const back = await load(second.bytes);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2023", ...first.result.written]);
    expect(back.getWorksheet("BC 2023")!.getCell("A1").value).toBe("Ghi chép của tôi");
    const names = back.definedNames.model.map((d) => d.name).filter((n) => /^BDG_REPORT/i.test(n));
    expect(names).toHaveLength(6); // BC, B01, B02, B03, B04 and the KT working sheet
    // Print areas follow their sheets (exceljs turns each into the sheet's pageSetup.printArea).
    for (const name of first.result.written) expect(back.getWorksheet(name)!.pageSetup.printArea).toBeTruthy();
    const snapshot = await readWorkbookBuffer(second.bytes);
    expect(snapshot.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(first.result.written);
  });

  test("a user's print area after a removed report sheet still designates its own sheet", async () => {
    const wb = buildWorkbook([
      { name: "Theo dõi", rows: [["Mã"]] },
      { name: "B01 2023", rows: [["Biểu 01"], ["bản cũ"]], ownedByAddin: true },
      { name: "In ấn", rows: [["x", "y"]] },
    ]);
    wb.getWorksheet("In ấn")!.pageSetup.printArea = "A1:B2";
    const { bytes, result } = await withOwn(await toBuffer(wb));
    expect(result.replaced).toEqual(["B01 2023"]);
    const back = await load(bytes);
    expect(back.getWorksheet("In ấn")!.pageSetup.printArea).toBe("A1:B2");
    expect(back.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "In ấn", ...result.written]);
  });

  test("a sheet that carries the mark but holds the user's own table is kept, and the report takes another name", async () => {
    const wb = buildWorkbook([
      { name: "Theo dõi", rows: [["Mã"]] },
      { name: "B01 2023", rows: [["STT", "Mã NV", "Nội dung hoạt động"], [1, "II.1", "Tập huấn"]], ownedByAddin: true },
    ]);
    const { bytes, result } = await withOwn(await toBuffer(wb));
    expect(result.replaced).toEqual([]);
    expect(result.renamed).toEqual([{ wanted: "B01 2023", used: "B01 2023 (2)" }]);
    const back = await readWorkbookBuffer(bytes);
    expect(back.sheets.find((s) => s.name === "B01 2023")?.values[1]).toEqual([1, "II.1", "Tập huấn"]);
  });

  test("a workbook written with namespace prefixes (.NET Open XML SDK) gets its report too", async () => {
    const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const prefixed = rewriteXlsx(SAMPLE, (name, text) =>
      name.startsWith("xl/") && text.includes(`xmlns="${ns}"`)
        ? text.replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)/g, "<$1x:$2").replace(`xmlns="${ns}"`, `xmlns:x="${ns}"`)
        : text,
    );
    expect(await readWorkbookBuffer(prefixed)).toEqual(await readWorkbookBuffer(SAMPLE));
    const { bytes } = await withOwn(prefixed);
    const back = await readWorkbookBuffer(bytes);
    expect(back.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(specs.map((s) => s.name));
    expect(back.sheets.filter((s) => !s.ownedByAddin)).toEqual((await readWorkbookBuffer(SAMPLE)).sheets);
  });
});
