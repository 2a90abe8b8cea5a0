/**
 * The page's file-backed WorkbookService on the sample workbook: it reads what the command line
 * reads, rejects what the command line rejects with the same messages, shows cells instead of
 * selecting them, and hands back copies (marked, unmarked, with reports) that carry the add-in's
 * settings where Office keeps them, never touching the original bytes.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { buildReports, reportInputOf } from "../../src/core/report";
import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import { parseIsoDay } from "../../src/core/time/days";
import { MARK_FILL, MARKS_SETTING } from "../../src/excel/issue-marks";
import { readWorkbookFile, XlsxReadError } from "../../src/xlsx/read-workbook";
import { FileWorkbookService, reportFileName } from "../../src/web/file-workbook-service";
import { ADDIN_ID, readOfficeSettings } from "../../src/web/office-settings";

const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
const AS_OF = parseIsoDay("2025-12-31")!;

interface Harness {
  downloads: Array<{ name: string; bytes: Uint8Array }>;
  shown: Array<{ sheet: string; cell: string }>;
  open(name: string, bytes: Uint8Array): Promise<FileWorkbookService>;
}

function harness(): Harness {
  const h: Harness = {
    downloads: [],
    shown: [],
    open: (name, bytes) =>
      FileWorkbookService.open(name, bytes, {
        download: (n, b) => h.downloads.push({ name: n, bytes: b }),
        showCell: (sheet, cell) => h.shown.push({ sheet, cell }),
        loadExcelJs: async () => ExcelJS,
      }),
  };
  return h;
}

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const sample = () => new Uint8Array(readFileSync(SAMPLE));

describe("FileWorkbookService", () => {
  jest.setTimeout(120_000);

  test("reads the sample as the command line does, and opens no copy of its own", async () => {
    const h = harness();
    const svc = await h.open("theo-doi.xlsx", sample());
    expect(await svc.readSnapshot()).toEqual(await readWorkbookFile(SAMPLE));
    expect(await svc.loadSetting("bdg.profile")).toBeNull();
    expect(h.downloads).toEqual([]);
  });

  test("a text file and a damaged zip are rejected with the command line's reasons", async () => {
    const h = harness();
    await expect(h.open("ghi-chu.xlsx", strToU8("Mã;Tên\nII.1;Tập huấn\n"))).rejects.toMatchObject({ reason: "textFile" });
    const damaged = new Uint8Array(300).fill(7);
    damaged.set([0x50, 0x4b, 0x03, 0x04]);
    const e = await h.open("hong.xlsx", damaged).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).messageIn("vi")).toBe(new XlsxReadError("notXlsx").messageIn("vi"));
  });

  test("selecting a cell shows it; an unknown sheet or a bad address is an error the pane reports", async () => {
    const h = harness();
    const svc = await h.open("theo-doi.xlsx", sample());
    const sheet = svc.snapshot.sheets[0].name;
    await svc.selectCell(sheet, "$b$7");
    expect(h.shown).toEqual([{ sheet, cell: "B7" }]);
    await expect(svc.selectCell("Không có", "A1")).rejects.toThrow("Không có trang “Không có”");
    await expect(svc.selectCell(sheet, "7B")).rejects.toThrow("không phải là địa chỉ ô hợp lệ");
    expect(h.shown).toHaveLength(1);
  });

  test("marking downloads a copy with fills, notes and the add-in's marks setting; clearing downloads it back without them", async () => {
    const h = harness();
    const original = sample();
    const before = Buffer.from(original);
    const svc = await h.open("theo-doi.xlsx", original);
    const a = analyzeWorkbook(svc.snapshot, builtinPlan(), { asOf: AS_OF, locale: "vi" });
    const withCells = a.issues.filter((i) => i.sheet && i.cell);
    const cells = new Set(withCells.map((i) => `${i.sheet}!${i.cell}`));
    expect(await svc.markIssues(a.issues)).toEqual({ marked: cells.size, notes: [] });
    expect(Buffer.from(original).equals(before)).toBe(true);
    expect(h.downloads.map((d) => d.name)).toEqual(["theo-doi-danh-dau.xlsx"]);

    const marked = h.downloads[0].bytes;
    const wb = await exceljsOf(marked);
    const first = withCells[0];
    const cell = wb.getWorksheet(first.sheet!)!.getCell(first.cell!);
    const note = typeof cell.note === "string" ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join("");
    expect(note).toContain(first.message);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb?.slice(2)).toMatch(new RegExp(`^(${Object.values(MARK_FILL).map((c) => c.slice(1)).join("|")})$`));
    // A neighbour without an issue kept its own fill (styles shared between cells are not changed).
    const ws = wb.getWorksheet(first.sheet!)!;
    const row = Number(/\d+/.exec(first.cell!)![0]);
    const free = ["A", "B", "C", "D", "E", "F", "G", "H"].map((c) => `${c}${row + 40}`).find((addr) => !cells.has(`${first.sheet}!${addr}`))!;
    expect(((ws.getCell(free).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? "").slice(2)).not.toBe(MARK_FILL.error.slice(1));
    const marks = JSON.parse(readOfficeSettings(unzipSync(marked)).get(MARKS_SETTING)!) as Array<{ sheet: string; cell: string }>;
    expect(new Set(marks.map((m) => `${m.sheet}!${m.cell}`))).toEqual(cells);

    // The marked copy opened again: the page finds its marks and takes them off in a new copy.
    const again = await h.open("theo-doi-danh-dau.xlsx", marked);
    expect(await again.clearMarks()).toEqual({ restored: cells.size, notes: [] });
    const cleared = h.downloads[1];
    expect(cleared.name).toBe("theo-doi-danh-dau-bo-danh-dau.xlsx");
    const back = await exceljsOf(cleared.bytes);
    const c2 = back.getWorksheet(first.sheet!)!.getCell(first.cell!);
    expect(c2.note).toBeUndefined();
    const origCell = (await exceljsOf(original)).getWorksheet(first.sheet!)!.getCell(first.cell!);
    expect(JSON.stringify(c2.fill ?? null)).toBe(JSON.stringify(origCell.fill ?? null));
    expect(readOfficeSettings(unzipSync(cleared.bytes)).has(MARKS_SETTING)).toBe(false);
  });

  test("settings saved in the page go into the report copy as the add-in keeps them, and are read back", async () => {
    const h = harness();
    const svc = await h.open("theo-doi.xlsx", sample());
    const profile = JSON.stringify({ ...DEFAULT_PROFILE, signerName: "Nguyễn Thị A" });
    const overrides = JSON.stringify([{ sheet: svc.snapshot.sheets[0].name, headerRow: 3, columns: { taskId: 2 } }]);
    await svc.saveSetting("bdg.profile", profile);
    await svc.saveSetting("bdg.columnOverrides", overrides);
    const a = analyzeWorkbook(svc.snapshot, builtinPlan(), { asOf: AS_OF, locale: "vi" });
    const specs = buildReports(reportInputOf(a, { plan: builtinPlan(), profile: DEFAULT_PROFILE, year: 2024, asOf: AS_OF, locale: "vi" }), ["BC", "B01"]);
    const result = await svc.writeReports(specs);
    expect(result.written).toEqual(["BC 2024", "B01 2024", "KT 2024"]);
    const copy = h.downloads[0];
    expect(copy.name).toBe("theo-doi-bao-cao-2024.xlsx");
    const wb = await exceljsOf(copy.bytes);
    expect(wb.worksheets.map((w) => w.name).slice(-3)).toEqual(["BC 2024", "B01 2024", "KT 2024"]);

    // Office's own layout: a web extension part referencing the add-in, linked from the task panes part.
    const files = unzipSync(copy.bytes);
    const part = new TextDecoder().decode(files["xl/webextensions/webextension1.xml"]);
    expect(part).toContain(`id="${ADDIN_ID}"`);
    expect(new TextDecoder().decode(files["[Content_Types].xml"])).toContain("application/vnd.ms-office.webextension+xml");
    expect(new TextDecoder().decode(files["_rels/.rels"])).toContain("webextensiontaskpanes");

    const reopened = await h.open(copy.name, copy.bytes);
    expect(await reopened.loadSetting("bdg.profile")).toBe(profile);
    expect(await reopened.loadSetting("bdg.columnOverrides")).toBe(overrides);
    expect(await reopened.existingReportSheets(["BC 2024", "B02 2024"])).toEqual(["BC 2024"]);
  });

  test("settings Office saved for the add-in are read, and kept with the part's other properties in copies", async () => {
    const files = unzipSync(sample());
    files["xl/webextensions/webextension1.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{11111111-2222-3333-4444-555555555555}">` +
        `<we:reference id="${ADDIN_ID}" version="1.0.0.0" store="\\\\server\\addins" storeType="FileSystem"/><we:alternateReferences/>` +
        `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="bdg.locale" value="&quot;en&quot;"/></we:properties>` +
        `<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
    );
    const h = harness();
    const svc = await h.open("tu-excel.xlsx", zipSync(files));
    expect(await svc.loadSetting("bdg.locale")).toBe("en");
    await svc.saveSetting("bdg.locale", "vi");
    await svc.markIssues([]);
    const part = new TextDecoder().decode(unzipSync(h.downloads[0].bytes)["xl/webextensions/webextension1.xml"]);
    expect(part).toContain('storeType="FileSystem"');
    expect(part).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    expect(part).toContain('<we:property name="bdg.locale" value="&quot;vi&quot;"/>');
  });

  test("the report copy is named after the original and the period, as `bdg report` names it", () => {
    const spec = (name: string, year: number | null) => ({ name, year }) as never;
    expect(reportFileName("Theo dõi.xlsx", [spec("BC 2024", 2024)])).toBe("Theo dõi-bao-cao-2024.xlsx");
    expect(reportFileName("so.XLSX", [spec("B03 2021-2025", null)])).toBe("so-bao-cao-2021-2025.xlsx");
  });
});
