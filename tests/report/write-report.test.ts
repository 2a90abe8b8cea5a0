import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { obligationStatuses } from "../../src/core/progress";
import { buildReports, type ReportInput } from "../../src/core/report";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { defaultReportPath, SameFileError, writeReportCopy } from "../../src/xlsx/write-report";
import { addReportSheets } from "../helpers/exceljs-report-writer";
import { buildWorkbook, toBuffer } from "../helpers/build-xlsx";
import { daySpan, dataOf } from "../helpers/tracking-fixtures";
import { AS_OF, input, plan } from "./report-fixture";

async function roundTrip(specs: readonly SheetSpec[], user: Parameters<typeof buildWorkbook>[0] = [{ name: "Theo dõi", rows: [["Mã"]] }]) {
  const wb = buildWorkbook(user);
  const result = addReportSheets(wb, specs);
  const bytes = await toBuffer(wb);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return { result, bytes, back };
}

/** The XML of a sheet of an .xlsx, by its name. */
async function sheetXml(bytes: Buffer, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const index = wb.worksheets.findIndex((w) => w.name === name);
  const { listZipEntries, readZipEntry } = await import("../../src/xlsx/zip-entries");
  const entries = listZipEntries(bytes)!;
  const wbXml = readZipEntry(bytes, entries.find((e) => e.name === "xl/workbook.xml")!)!.toString("utf8");
  const rels = readZipEntry(bytes, entries.find((e) => e.name === "xl/_rels/workbook.xml.rels")!)!.toString("utf8");
  const rid = [...wbXml.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)][index][2];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?xl\//, "");
  return readZipEntry(bytes, entries.find((e) => e.name === `xl/${target}`)!)!.toString("utf8");
}

describe("the .xlsx writer", () => {
  const specs = buildReports(input(2023));

  it("writes the four sheets under their names, marked as the add-in's own", async () => {
    const { result, bytes } = await roundTrip(specs);
    expect(result.written).toEqual(["BC 2023", "B01 2023", "B02 2023", "B03 2021-2025", "B04 2023", "KT 2023"]);
    const snapshot = await readWorkbookBuffer(bytes);
    const owned = Object.fromEntries(snapshot.sheets.map((s) => [s.name, s.ownedByAddin === true]));
    expect(owned).toEqual({ "Theo dõi": false, "BC 2023": true, "B01 2023": true, "B02 2023": true, "B03 2021-2025": true, "B04 2023": true, "KT 2023": true });
  });

  it("writes the ND 30/2020 header texts in Times New Roman", async () => {
    const { back } = await roundTrip(specs);
    const ws = back.getWorksheet("BC 2023")!;
    const found = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && found.set(c.value.trim(), c)));
    for (const text of ["UBND TỈNH LẠNG SƠN", "BAN DÂN TỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]) {
      expect(found.get(text)?.font?.name).toBe("Times New Roman");
    }
    expect(found.get("BAN DÂN TỘC")?.font?.bold).toBe(true);
    expect(found.get("UBND TỈNH LẠNG SƠN")?.font?.bold).toBeFalsy();
    expect(found.get("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")?.font?.bold).toBe(true);
    expect(found.get("Lạng Sơn, ngày       tháng       năm 2024")?.font?.italic).toBe(true);
    expect(found.get("BÁO CÁO\nKết quả thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023")?.font?.bold).toBe(true);
    expect(found.get("Số:          /BC-BDT")).toBeDefined();
    // Body text is justified.
    const opening = [...found.entries()].find(([t]) => t.startsWith("Thực hiện Kế hoạch"))![1];
    expect(opening.alignment?.horizontal).toBe("justify");
    expect(opening.font?.size).toBe(14);
  });

  it("sets A4, the orientation, the ND 30/2020 margins, the print area and page numbers from page 2", async () => {
    const { back } = await roundTrip(specs);
    const bc = back.getWorksheet("BC 2023")!;
    expect(bc.pageSetup.paperSize).toBe(9);
    expect(bc.pageSetup.orientation).toBe("portrait");
    expect(bc.pageSetup.margins?.left).toBeCloseTo(3 / 2.54, 2);
    expect(bc.pageSetup.margins?.right).toBeCloseTo(2 / 2.54, 2);
    expect(bc.pageSetup.margins?.top).toBeCloseTo(2 / 2.54, 2);
    expect(bc.pageSetup.margins?.bottom).toBeCloseTo(2 / 2.54, 2);
    // A fixed scale, not "fit to": Excel and LibreOffice drop manual page breaks under "fit to".
    expect(bc.pageSetup.fitToPage).toBeFalsy();
    expect(bc.pageSetup.scale).toBe(specs[0].print.scale);
    expect(bc.pageSetup.printArea).toBe(specs[0].print.printArea);
    expect(bc.headerFooter.differentFirst).toBe(true);
    expect(bc.headerFooter.oddHeader).toContain("&P");
    const b01 = back.getWorksheet("B01 2023")!;
    expect(b01.pageSetup.orientation).toBe("landscape");
    expect(b01.pageSetup.printTitlesRow).toBe(specs[1].print.repeatRows!.join(":"));
  });

  it("keeps the merges, the column widths, the row heights and the number formats", async () => {
    const { back } = await roundTrip(specs);
    const b01 = back.getWorksheet("B01 2023")!;
    const merges = (b01.model as unknown as { merges: string[] }).merges;
    expect(merges.length).toBe(specs[1].merges.length);
    // "Người tham gia" spans its four columns.
    const people = specs[1].cells.find((c) => c.value === "Người tham gia (lượt người)")!;
    expect(merges).toContain(`G${people.row}:J${people.row}`);
    const b01Spec = specs[1];
    b01Spec.columnWidths.forEach((w, i) => expect(b01.getColumn(i + 1).width).toBeCloseTo(w, 1));
    const countCell = b01Spec.cells.find((c) => c.style?.numberFormat !== undefined && typeof c.value === "number" && c.value > 0)!;
    expect(b01.getCell(countCell.row, countCell.col).numFmt).toBe(countCell.style?.numberFormat);
    expect(b01.getCell(countCell.row, countCell.col).value).toBe(countCell.value);
    const [row, height] = Object.entries(b01Spec.rowHeights)[5];
    expect(b01.getRow(Number(row)).height).toBe(height);
  });
});

describe("user text is always written as text", () => {
  const tricky = ["=1+1", "+84 912 345 678", "-", "@x", "=HYPERLINK(\"http://x\")"];
  const data = dataOf(
    tricky.map((unit, i) => ({
      taskId: "II.2.4",
      date: daySpan(2023, 11, 16 + i),
      activity: unit,
      unit,
      participants: 10,
      female: 5,
    })),
  );
  const inputWithTricks: ReportInput = { ...input(2023), data, statuses: obligationStatuses(data, plan, AS_OF), issues: [] };
  const specs = buildReports(inputWithTricks, ["B02"]);

  it("gives the writer the user's text as a plain string", () => {
    for (const t of tricky) expect(specs[0].cells.some((c) => c.value === t)).toBe(true);
  });

  it("stores it as a string cell, never a formula, and reads it back as the same text", async () => {
    const { back, bytes } = await roundTrip(specs);
    const ws = back.getWorksheet("B02 2023")!;
    for (const t of tricky) {
      const spec = specs[0].cells.find((c) => c.value === t)!;
      const cell = ws.getCell(spec.row, spec.col);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
    }
    expect(await sheetXml(bytes, "B02 2023")).not.toContain("<f>");
  });
});

describe("regenerating reports", () => {
  const specs = buildReports(input(2023), ["BC", "B01"]);

  function userBook() {
    return buildWorkbook([
      { name: "Theo dõi", rows: [["Mã", "Nội dung"], ["II.1", "Hội nghị"]] },
      // The user's own sheet that happens to have the report's name.
      { name: "BC 2023", rows: [["Ghi chép của tôi"]] },
      // An earlier report written by the add-in.
      { name: "B01 2023", rows: [["bản cũ"]], ownedByAddin: true },
    ]);
  }

  it("replaces only the add-in's own sheets and keeps a user sheet with a clashing name", async () => {
    const wb = userBook();
    const result = addReportSheets(wb, specs);
    expect(result.replaced).toEqual(["B01 2023"]);
    expect(result.renamed).toEqual([{ wanted: "BC 2023", used: "BC 2023 (2)" }]);
    expect(result.written).toEqual(["BC 2023 (2)", "B01 2023", "KT 2023"]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await toBuffer(wb)) as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2023", "BC 2023 (2)", "B01 2023", "KT 2023"]);
    expect(back.getWorksheet("BC 2023")!.getCell("A1").value).toBe("Ghi chép của tôi");
    expect(back.getWorksheet("Theo dõi")!.getCell("B2").value).toBe("Hội nghị");
    expect(back.getWorksheet("B01 2023")!.getCell("A1").value).not.toBe("bản cũ");
  });

  it("replaces its renamed sheet on the next run instead of adding another", async () => {
    const wb = userBook();
    addReportSheets(wb, specs);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await toBuffer(wb)) as unknown as ArrayBuffer);
    const result = addReportSheets(again, specs);
    expect(result.replaced.sort()).toEqual(["B01 2023", "BC 2023 (2)", "KT 2023"]);
    expect(again.worksheets.map((w) => w.name).sort()).toEqual(["B01 2023", "BC 2023", "BC 2023 (2)", "KT 2023", "Theo dõi"]);
    const snapshot = await readWorkbookBuffer(await toBuffer(again));
    expect(snapshot.sheets.filter((s) => s.ownedByAddin).map((s) => s.name).sort()).toEqual(["B01 2023", "BC 2023 (2)", "KT 2023"]);
  });

  it("leaves the sheets of another year alone", async () => {
    const wb = userBook();
    addReportSheets(wb, buildReports(input(2022), ["B01"]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2023", "B01 2023", "B01 2022", "KT 2022"]);
  });
});

describe("writeReportCopy", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "bdg-report-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the copy and leaves the input byte for byte as it was", async () => {
    const inputPath = join(dir, "theo-doi.xlsx");
    await writeFile(inputPath, await toBuffer(buildWorkbook([{ name: "Theo dõi", rows: [["Mã"], ["=1+1"]] }])));
    const before = await readFile(inputPath);
    const out = defaultReportPath(inputPath, 2023, "2021-2025");
    expect(out).toBe(join(dir, "theo-doi-bao-cao-2023.xlsx"));
    const result = await writeReportCopy(inputPath, out, buildReports(input(2023), ["BC"]), new Set());
    expect(result.written).toEqual(["BC 2023", "KT 2023"]);
    expect(await readFile(inputPath)).toEqual(before);
    const snapshot = await readWorkbookBuffer(await readFile(out));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Theo dõi", "BC 2023", "KT 2023"]);
    expect(snapshot.sheets[0].values[1][0]).toBe("=1+1");
  });

  it("refuses to write over its input, however the path is spelled", async () => {
    const inputPath = join(dir, "theo-doi.xlsx");
    await writeFile(inputPath, await toBuffer(buildWorkbook([{ name: "Theo dõi", rows: [["Mã"]] }])));
    const before = await readFile(inputPath);
    const specsBc = buildReports(input(2023), ["BC"]);
    await expect(writeReportCopy(inputPath, inputPath, specsBc, new Set())).rejects.toBeInstanceOf(SameFileError);
    await expect(writeReportCopy(inputPath, join(dir, ".", "sub", "..", "theo-doi.xlsx"), specsBc, new Set())).rejects.toBeInstanceOf(SameFileError);
    expect(await readFile(inputPath)).toEqual(before);
  });
});
