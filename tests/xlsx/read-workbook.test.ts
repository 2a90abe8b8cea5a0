import fc from "fast-check";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XLSX_READ_MESSAGES } from "../../src/core/i18n/xlsx-messages";
import { cellAt, type WorkbookSnapshot } from "../../src/core/snapshot";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { readDirect } from "../../src/xlsx/read-direct";
import { readWorkbookBuffer, readWorkbookFile, XlsxReadError } from "../../src/xlsx/read-workbook";
import { sniffWorkbook } from "../../src/xlsx/sniff-workbook";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";
import { buildXlsx, rewriteXlsx, utcDate, writeXlsxFile, type XlsxSheet } from "../helpers/build-xlsx";

/** Excel serials by their definitions: days since 1899-12-30 (1900 system, valid from March 1900) or since 1904-01-01. */
const DAY = 86_400_000;
const serial1900 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;
const serial1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / DAY;

/** Reads a workbook, checking on the way that the direct reader read it and agrees with exceljs's full load. */
async function read(sheets: XlsxSheet[], options?: { date1904?: boolean }): Promise<WorkbookSnapshot> {
  const data = await buildXlsx(sheets, options);
  const snapshot = await readWorkbookBuffer(data);
  expect(await direct(data)).toEqual(snapshot);
  expect(await loadWithExcelJS(data, sniffed(data).date1904)).toEqual(snapshot);
  return snapshot;
}

function sniffed(data: Buffer) {
  const s = sniffWorkbook(data);
  if (s.kind !== "xlsx") throw new Error(`not a workbook: ${s.reason}`);
  return s;
}

/** The direct reader alone (it throws on the workbooks it leaves to exceljs). */
function direct(data: Buffer): Promise<WorkbookSnapshot> {
  const s = sniffed(data);
  return readDirect(s.view, s.workbookXml, s.date1904);
}

function part(data: Buffer, name: string): string {
  const entry = listZipEntries(data)?.find((e) => e.name === name);
  const bytes = entry && readZipEntry(data, entry);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString("utf8");
}

async function readError(p: Promise<unknown>): Promise<XlsxReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw new Error(`expected XlsxReadError, got ${String(e)}`);
  }
  throw new Error("expected the read to fail");
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-read-workbook-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("values", () => {
  test("are dense from A1: row r+1, column c+1; blank rows and leading cells are kept as blanks", async () => {
    const wb = await read([{ name: "S", rows: [[], [], [null, null, "C3"], [], [1, null, 2]] }]);
    const s = wb.sheets[0];
    expect(s.values.length).toBe(5);
    expect(s.values[0]).toEqual([]);
    expect(s.values[2]).toEqual([null, null, "C3"]);
    expect(s.values[3]).toEqual([]);
    expect(s.values[4]).toEqual([1, null, 2]);
    expect(cellAt(s, 3, 3)).toBe("C3");
  });

  test("numbers, text and booleans come as they are", async () => {
    const s = (await read([{ name: "S", rows: [[12.5, "Hội nghị", true, false, -3]] }])).sheets[0];
    expect(s.values[0]).toEqual([12.5, "Hội nghị", true, false, -3]);
  });

  test("an empty sheet has no rows, and a workbook without sheets has no sheets", async () => {
    expect((await read([{ name: "Trống", rows: [] }])).sheets).toEqual([
      { name: "Trống", values: [], merges: [], ownedByAddin: false },
    ]);
    expect((await read([])).sheets).toEqual([]);
  });

  test("hidden sheets are read, in tab order", async () => {
    const wb = await read([
      { name: "Một", rows: [["a"]] },
      { name: "Ẩn", rows: [["b"]], state: "hidden" },
      { name: "Rất ẩn", rows: [["c"]], state: "veryHidden" },
    ]);
    expect(wb.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ["Một", "a"],
      ["Ẩn", "b"],
      ["Rất ẩn", "c"],
    ]);
  });

  test("an ArrayBuffer is read like a Buffer", async () => {
    const data = await buildXlsx([{ name: "S", rows: [["x", 1]] }]);
    const copy = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    expect((await readWorkbookBuffer(copy)).sheets[0].values).toEqual([["x", 1]]);
  });
});

describe("merged cells", () => {
  test("a two-row merged header gives its areas 1-based inclusive, the value in the top-left cell only", async () => {
    const s = (
      await read([
        {
          name: "Theo dõi",
          rows: [
            ["Mã", "Nội dung", "Số người tham gia", null, null],
            [null, null, "Tổng số", "Nữ", "DTTS"],
            ["II.1", "Hội nghị", 40, 25, 10],
          ],
          merges: ["A1:A2", "B1:B2", "C1:E1"],
        },
      ])
    ).sheets[0];
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 5 },
    ]);
    // exceljs reports a covered cell with its master's value; Excel (and the snapshot) leave it blank.
    expect(s.values[0]).toEqual(["Mã", "Nội dung", "Số người tham gia"]);
    expect(s.values[1]).toEqual([null, null, "Tổng số", "Nữ", "DTTS"]);
    expect(s.values[2]).toEqual(["II.1", "Hội nghị", 40, 25, 10]);
  });
});

describe("cell kinds", () => {
  test("error cells come as their Excel code", async () => {
    const s = (await read([{ name: "S", rows: [[{ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }]] }])).sheets[0];
    expect(s.values[0]).toEqual(["#N/A", "#DIV/0!", "#REF!"]);
  });

  test("rich text comes as its runs joined", async () => {
    const rich = { richText: [{ text: "Hoàn " }, { text: "thành", font: { bold: true } }] };
    const s = (await read([{ name: "S", rows: [[rich]] }])).sheets[0];
    expect(s.values[0][0]).toBe("Hoàn thành");
  });

  test("a hyperlink comes as its text", async () => {
    const s = (await read([{ name: "S", rows: [[{ text: "Công văn 12/BDT", hyperlink: "https://example.org/cv12.pdf" }]] }]))
      .sheets[0];
    expect(s.values[0][0]).toBe("Công văn 12/BDT");
  });

  test("formulas come as their cached result, including 0, text, booleans and errors; no cached result is blank", async () => {
    const s = (
      await read([
        {
          name: "S",
          rows: [
            [
              { formula: "1+1", result: 2 },
              { formula: "A1*0", result: 0 },
              { formula: '"Hoàn"&" thành"', result: "Hoàn thành" },
              { formula: "A1>1", result: true },
              { formula: "#REF!+1", result: { error: "#REF!" } },
              { formula: "A1+1" },
            ],
          ],
        },
      ])
    ).sheets[0];
    expect(s.values[0]).toEqual([2, 0, "Hoàn thành", true, "#REF!"]);
  });

  test("shared formulas give each cell its own cached result", async () => {
    const s = (
      await read([
        {
          name: "S",
          rows: [
            [1, { formula: "A1*10", result: 10, shareType: "shared", ref: "B1:B3" }],
            [2, { sharedFormula: "B1", result: 20 }],
            [3, { sharedFormula: "B1", result: 30 }],
          ],
        },
      ])
    ).sheets[0];
    expect(s.values.map((r) => r[1])).toEqual([10, 20, 30]);
  });

  test("formulas in a date-formatted column keep an error, a text or a date result", async () => {
    const s = (
      await read([
        {
          name: "S",
          rows: [
            [
              { formula: "DATE(2023,11,15)", result: utcDate(2023, 11, 15) },
              { formula: "Z99", result: { error: "#REF!" } },
              { formula: 'IF(Z1="","chưa có",Z1)', result: "chưa có" },
              { formula: "ISBLANK(Z1)", result: true },
            ],
          ],
          numFmts: { A1: "dd/mm/yyyy", B1: "dd/mm/yyyy", C1: "dd/mm/yyyy", D1: "dd/mm/yyyy" },
        },
      ])
    ).sheets[0];
    expect(s.values[0]).toEqual([serial1900(2023, 11, 15), "#REF!", "chưa có", true]);
  });

  test("decomposed (NFD) text comes out composed (NFC)", async () => {
    const nfd = "Hoàn thành".normalize("NFD");
    expect(nfd).not.toBe("Hoàn thành");
    const s = (await read([{ name: "S", rows: [[nfd, { richText: [{ text: "Phụ nữ".normalize("NFD") }] }]] }])).sheets[0];
    expect(s.values[0]).toEqual(["Hoàn thành".normalize("NFC"), "Phụ nữ".normalize("NFC")]);
  });
});

describe("dates", () => {
  test("date cells come as serials of the 1900 date system, whatever the time zone", async () => {
    const data = await buildXlsx([{ name: "S", rows: [[utcDate(2023, 11, 15), utcDate(2021, 6, 1)]] }]);
    const wb = await readWorkbookBuffer(data);
    expect(wb.date1904).toBe(false);
    expect(wb.sheets[0].values[0]).toEqual([serial1900(2023, 11, 15), serial1900(2021, 6, 1)]);
  });

  test("a date with a time of day keeps its fraction", async () => {
    const at = new Date(Date.UTC(2023, 10, 15, 18, 0, 0));
    const s = (await read([{ name: "S", rows: [[at]] }])).sheets[0];
    expect(s.values[0][0]).toBeCloseTo(serial1900(2023, 11, 15) + 0.75, 9);
  });

  test("in a 1904 workbook, date cells come as 1904 serials and the snapshot says so", async () => {
    const data = await buildXlsx([{ name: "S", rows: [[utcDate(2023, 11, 15)]] }], { date1904: true });
    // The file really stores the 1904 serial…
    expect(part(data, "xl/worksheets/sheet1.xml")).toContain(`<v>${serial1904(2023, 11, 15)}</v>`);
    // …and that is what is read, with the flag the core needs to turn it into a day.
    const wb = await readWorkbookBuffer(data);
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0].values[0][0]).toBe(serial1904(2023, 11, 15));
  });

  test('date1904="true" (as other programs write it) is understood too', async () => {
    const data = await buildXlsx([{ name: "S", rows: [[utcDate(2023, 11, 15)]] }], { date1904: true });
    const rewritten = rewriteXlsx(data, (name, text) =>
      name === "xl/workbook.xml" ? text.replace(/date1904="1"/, 'date1904="true"') : text,
    );
    expect(part(rewritten, "xl/workbook.xml")).toContain('date1904="true"');
    const wb = await readWorkbookBuffer(rewritten);
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0].values[0][0]).toBe(serial1904(2023, 11, 15));
  });
});

describe("legacy fonts", () => {
  test("are recorded for text cells in a TCVN3 or VNI font only, a rich-text run's font counting", async () => {
    const s = (
      await read([
        {
          name: "S",
          rows: [
            ["Hoµn thµnh", "Hoaøn thaønh", "Hoàn thành", "Hoàn thành", 15],
            [
              { richText: [{ text: "Tæng ", font: { name: ".VnTimeH" } }, { text: "sè" }] },
              { richText: [{ text: "Tổng số", font: { name: "Times New Roman" } }] },
              { richText: [{ text: "Tæng sè" }] },
            ],
          ],
          fonts: { A1: ".VnTime", B1: "VNI-Times", C1: "Times New Roman", E1: ".VnTime", A2: "Times New Roman", B2: ".VnTime", C2: ".VnArial" },
        },
      ])
    ).sheets[0];
    // D1 has the default font; E1 is a number; B2's only run overrides the cell's legacy font.
    expect(s.legacyFonts).toEqual({ A1: ".VnTime", B1: "VNI-Times", A2: ".VnTimeH", C2: ".VnArial" });
  });

  test("are absent when no text cell uses one", async () => {
    const s = (await read([{ name: "S", rows: [["Hoàn thành"]] }])).sheets[0];
    expect(s.legacyFonts).toBeUndefined();
  });
});

describe("sheets the add-in wrote", () => {
  test("are flagged ownedByAddin, the user's sheets are not", async () => {
    const wb = await read([
      { name: "Theo dõi", rows: [["Mã"]] },
      { name: "BC 2024", rows: [["BÁO CÁO"]], ownedByAddin: true },
      { name: "B01 2021-2025", rows: [["Biểu 01"]], ownedByAddin: true },
    ]);
    expect(wb.sheets.map((s) => [s.name, s.ownedByAddin])).toEqual([
      ["Theo dõi", false],
      ["BC 2024", true],
      ["B01 2021-2025", true],
    ]);
  });
});

describe("chart sheets", () => {
  test("are left out, the other sheets are read", async () => {
    const data = await buildXlsx([{ name: "Theo dõi", rows: [["Mã", "Nội dung"]] }]);
    const withChart = rewriteXlsx(
      data,
      (name, text) => {
        if (name === "xl/workbook.xml") return text.replace("</sheets>", '<sheet sheetId="9" name="Biểu đồ" r:id="rIdChart"/></sheets>');
        if (name === "xl/_rels/workbook.xml.rels") {
          return text.replace(
            "</Relationships>",
            '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
          );
        }
        if (name === "[Content_Types].xml") {
          return text.replace(
            "</Types>",
            '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
          );
        }
        return text;
      },
      {
        "xl/chartsheets/sheet1.xml":
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
      },
    );
    expect(part(withChart, "xl/workbook.xml")).toContain('name="Biểu đồ"');
    const wb = await readWorkbookBuffer(withChart);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Theo dõi"]);
    expect(wb.sheets[0].values).toEqual([["Mã", "Nội dung"]]);
  });
});

describe("files that cannot be read", () => {
  test("a missing file: not-found, with a Vietnamese message and an English one", async () => {
    const e = await readError(readWorkbookFile(join(dir, "khong-co.xlsx")));
    expect(e.code).toBe("not-found");
    expect(e.message).toBe(XLSX_READ_MESSAGES.vi.notFound());
    expect(e.messageIn("en")).toBe(XLSX_READ_MESSAGES.en.notFound());
    expect(e.message).not.toMatch(/ENOENT|at .*\(/);
  });

  test("a folder: not-found, saying it is a folder", async () => {
    const folder = join(dir, "thu-muc.xlsx");
    await mkdir(folder, { recursive: true });
    const e = await readError(readWorkbookFile(folder));
    expect(e.code).toBe("not-found");
    expect(e.reason).toBe("isDirectory");
  });

  test("random bytes: not-xlsx", async () => {
    let seed = 12345;
    const junk = Buffer.alloc(5000, 0).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
    const path = join(dir, "hong.xlsx");
    await writeFile(path, junk);
    const e = await readError(readWorkbookFile(path));
    expect(e.code).toBe("not-xlsx");
    expect(e.message).toBe(XLSX_READ_MESSAGES.vi.notXlsx());
  });

  test("a truncated workbook (a broken zip): not-xlsx", async () => {
    const data = await buildXlsx([{ name: "S", rows: [["x"]] }]);
    const e = await readError(readWorkbookBuffer(data.subarray(0, Math.floor(data.length / 2))));
    expect(e.code).toBe("not-xlsx");
  });

  test("a CSV renamed .xlsx: not-xlsx, saying it is a text file", async () => {
    const path = join(dir, "theo-doi.xlsx");
    await writeFile(path, "Mã,Nội dung,Thời gian\nII.1,Hội nghị,15/11/2023\n", "utf8");
    const e = await readError(readWorkbookFile(path));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("textFile");
  });

  test("an empty file: not-xlsx", async () => {
    const e = await readError(readWorkbookBuffer(Buffer.alloc(0)));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("emptyFile");
  });

  test("a zip that holds no workbook (e.g. a .docx renamed): not-xlsx", async () => {
    const data = await buildXlsx([{ name: "S", rows: [["x"]] }]);
    const docx = rewriteXlsx(data, (name, text) => (name.startsWith("xl/") ? null : text), {
      "word/document.xml": "<document/>",
    });
    const e = await readError(readWorkbookBuffer(docx));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("otherZip");
  });

  /** The start of an OLE compound file with one directory entry of the given name (UTF-16). */
  function oleFileWithStream(stream: string): Buffer {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const entry = Buffer.alloc(128);
    entry.write(stream, 0, "utf16le");
    entry.writeUInt16LE((stream.length + 1) * 2, 64);
    return Buffer.concat([header, Buffer.alloc(504), entry, Buffer.alloc(384)]);
  }

  test("a password-protected workbook: encrypted", async () => {
    const e = await readError(readWorkbookBuffer(oleFileWithStream("EncryptedPackage")));
    expect(e.code).toBe("encrypted");
    expect(e.message).toBe(XLSX_READ_MESSAGES.vi.encrypted());
  });

  test("an .xls renamed .xlsx: not-xlsx, saying to save it as .xlsx", async () => {
    const e = await readError(readWorkbookBuffer(oleFileWithStream("Workbook")));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("legacyXls");
  });

  test("Excel's ~$ lock file next to an open workbook: not-xlsx, saying what it is", async () => {
    const path = join(dir, "~$theo-doi.xlsx");
    await writeFile(path, Buffer.from([0x06, 0x4e, 0x67, 0x75, 0x79, 0x65, 0x6e, 0x20, 0x00, 0x00, 0x20, 0x20]));
    const e = await readError(readWorkbookFile(path));
    expect(e.code).toBe("not-xlsx");
    expect(e.reason).toBe("lockFile");
  });

  test("a workbook file on disk reads the same as its bytes", async () => {
    const sheets: XlsxSheet[] = [{ name: "Theo dõi", rows: [["Mã", "Nội dung"], ["II.1", "Hội nghị"]], merges: ["A1:A1"] }];
    const path = await writeXlsxFile(join(dir, "ok.xlsx"), sheets);
    expect(await readWorkbookFile(path)).toEqual(await readWorkbookBuffer(await buildXlsx(sheets)));
  });
});

/*
 * Most workbooks are read straight from their XML (read-direct.ts); the rest by exceljs's full
 * load. The snapshot must not depend on which: these tests write the parts by hand, in the forms
 * Excel, LibreOffice and other writers use, and compare both readers.
 */

const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Styles by cellXfs index: 1 built-in date, 2 custom date in .VnTime, 3 "Ngày" d, 4 [Red]0.00 in VNI-Times, 5 [h]:mm:ss, 6 .VnTime, 7 date and time. */
const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet ${MAIN_NS}>` +
  '<numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Ngày&quot; d"/>' +
  '<numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="[h]:mm:ss"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><name val=".VnTime"/></font><font><name val="VNI-Times"/></font></fonts>' +
  '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="8"><xf numFmtId="0" fontId="1"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1"/>' +
  '<xf numFmtId="165" fontId="0"/><xf numFmtId="166" fontId="2"/><xf numFmtId="167" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="22" fontId="0"/></cellXfs>' +
  "</styleSheet>";

interface XmlParts {
  /** The content of each sheet's <worksheet> element (sheet i+1 is named "S<i+1>"). */
  sheets: string[];
  /** The <si> items of the shared strings. */
  sharedStrings?: string[];
  styles?: string | null;
  workbookPr?: string;
}

/** A workbook whose worksheets, shared strings and styles are the given XML. */
async function xmlWorkbook(parts: XmlParts): Promise<Buffer> {
  const base = await buildXlsx(parts.sheets.map((_, i) => ({ name: `S${i + 1}`, rows: [["x"]] })));
  return rewriteXlsx(base, (name, text) => {
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (sheet) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN_NS}>${parts.sheets[Number(sheet[1]) - 1]}</worksheet>`;
    if (name === "xl/sharedStrings.xml") return `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN_NS}>${(parts.sharedStrings ?? []).join("")}</sst>`;
    if (name === "xl/styles.xml") return parts.styles === undefined ? STYLES_XML : parts.styles;
    if (name === "xl/workbook.xml" && parts.workbookPr !== undefined) return text.replace(/<workbookPr[^>]*\/>/, parts.workbookPr);
    return text;
  });
}

/** Reads through the public entry point, checking that the direct reader read it and agrees with exceljs. */
async function readXml(parts: XmlParts): Promise<WorkbookSnapshot> {
  const data = await xmlWorkbook(parts);
  const snapshot = await readWorkbookBuffer(data);
  expect(await direct(data)).toEqual(snapshot);
  expect(await loadWithExcelJS(data, sniffed(data).date1904)).toEqual(snapshot);
  return snapshot;
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;

describe("the direct reader gives what exceljs's full load gives", () => {
  test("shared strings: line ends, entities, _xHHHH_ escapes, phonetic guides, empty items", async () => {
    const s = (
      await readXml({
        sharedStrings: [
          "<si><t>Dòng 1\r\nDòng 2</t></si>",
          "<si><t>A &amp; B &lt;C&gt; &#x1EC6;</t></si>",
          "<si><t>x_x000D_y</t></si>",
          '<si><t>Hà Nội</t><rPh sb="0" eb="2"><t>ハノイ</t></rPh><phoneticPr fontId="1"/></si>',
          "<si/>",
          "<si><t/></si>",
          '<si><t xml:space="preserve">  cách  </t></si>',
        ],
        sheets: [data(row(1, [0, 1, 2, 3, 4, 5, 6].map((i) => `<c r="${"ABCDEFG"[i]}1" t="s"><v>${i}</v></c>`).join("")))],
      })
    ).sheets[0];
    expect(s.values[0]).toEqual(["Dòng 1\nDòng 2", "A & B <C> Ệ", "x\ry", "Hà Nội", null, null, "  cách  "]);
  });

  test("rich text shared strings: runs joined, each run's font or the cell's deciding legacy fonts", async () => {
    const s = (
      await readXml({
        sharedStrings: [
          '<si><r><rPr><b/><sz val="11"/><rFont val=".VnTimeH"/></rPr><t>Tæng </t></r><r><t>sè</t></r></si>',
          '<si><r><rPr><rFont val="Times New Roman"/></rPr><t>Tổng số</t></r></si>',
          "<si><r><t>Tæng sè</t></r></si>",
          '<si><r><rPr><rFont val=".VnTime"/></rPr><t></t></r><r><t>Hoàn</t></r></si>',
          "<si><r><t>sau</t></r><t>cuối</t></si>",
        ],
        sheets: [
          data(
            row(1, '<c r="A1" s="6" t="s"><v>0</v></c><c r="B1" s="6" t="s"><v>1</v></c><c r="C1" s="2" t="s"><v>2</v></c>'),
            row(2, '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'),
          ),
        ],
      })
    ).sheets[0];
    expect(s.values).toEqual([
      ["Tæng sè", "Tổng số", "Tæng sè"],
      ["Hoàn", "cuối"],
    ]);
    expect(s.legacyFonts).toEqual({ A1: ".VnTimeH", C1: ".VnTime" });
  });

  test("inline strings, formula texts, booleans and errors", async () => {
    const s = (
      await readXml({
        sheets: [
          data(
            row(
              1,
              '<c r="A1" t="inlineStr"><is><t>Hội &amp; nghị</t></is></c><c r="B1" t="inlineStr"><is><t>Phụ</t><t> nữ</t></is></c>' +
                '<c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D1" t="str"><v>A&amp;amp;B</v></c>' +
                '<c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c><c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
            ),
            row(2, '<c r="A2" t="b"><f>TRUE()</f><v>0</v></c><c r="B2"><f>1-1</f><v>0</v></c><c r="C2" t="str"><f>""</f><v></v></c><c r="D2"><f>A1</f></c>'),
          ),
        ],
      })
    ).sheets[0];
    expect(s.values[0].slice(0, 3)).toEqual(["Hội & nghị", "Phụ nữ", "ab"]);
    expect(s.values[0].slice(4)).toEqual([true, false, "#N/A", "#DIV/0!"]);
    expect(s.values[1]).toEqual([false, 0]);
  });

  test("shared and array formulas keep each cell's cached result", async () => {
    const s = (
      await readXml({
        sheets: [
          data(
            row(1, '<c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*10</f><v>10</v></c>'),
            row(2, '<c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>20</v></c>'),
            row(3, '<c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>30</v></c><c r="C3"><f t="array" ref="C3">SUM(A1:A3)</f><v>6</v></c>'),
          ),
        ],
      })
    ).sheets[0];
    expect(s.values).toEqual([
      [1, 10],
      [2, 20],
      [3, 30, 6],
    ]);
  });

  test("numbers in date formats come as serials (times kept); other formats and text as they are", async () => {
    const at = serial1900(2023, 11, 15);
    const s = (
      await readXml({
        sheets: [
          data(
            row(
              1,
              `<c r="A1" s="1"><v>${at}</v></c><c r="B1" s="2"><v>${at}</v></c><c r="C1" s="3"><v>${at}</v></c>` +
                `<c r="D1" s="4"><v>${at}</v></c><c r="E1" s="5"><v>1.75</v></c><c r="F1" s="7"><v>${at + 0.1234567}</v></c>` +
                `<c r="G1" s="1" t="s"><v>0</v></c><c r="H1" s="1"><v>1E+20</v></c><c r="I1" s="0"><v>${at}</v></c><c r="J1" s="99"><v>${at}</v></c>`,
            ),
            row(2, `<c r="A2" s="2"><f>DATE(2023,11,15)</f><v>${at}</v></c><c r="B2" s="2" t="e"><f>Z1</f><v>#REF!</v></c><c r="C2" s="2" t="str"><f>""&amp;"chưa có"</f><v>chưa có</v></c><c r="D2" s="2" t="b"><f>TRUE()</f><v>1</v></c>`),
          ),
        ],
        sharedStrings: ["<si><t>15/11/2023</t></si>"],
      })
    ).sheets[0];
    expect(s.values[0].slice(0, 4)).toEqual([at, at, at, at]);
    expect(s.values[0][5]).toBeCloseTo(at + 0.1234567, 8);
    expect(s.values[0].slice(6)).toEqual(["15/11/2023", null, at, at]);
    expect(s.values[1]).toEqual([at, "#REF!", "chưa có", true]);
  });

  test("1904 workbooks, written as 1 or as true", async () => {
    for (const flag of ["1", "true"]) {
      const wb = await readXml({
        workbookPr: `<workbookPr date1904="${flag}"/>`,
        sheets: [data(row(1, `<c r="A1" s="1"><v>${serial1904(2023, 11, 15)}</v></c>`))],
      });
      expect(wb.date1904).toBe(true);
      expect(wb.sheets[0].values[0][0]).toBe(serial1904(2023, 11, 15));
    }
  });

  test("merged areas: covered cells blank even when the file holds values there, rows and sheet trimmed after", async () => {
    const s = (
      await readXml({
        sharedStrings: ["<si><t>Tiêu đề</t></si>", "<si><t>Hoµn</t></si>"],
        sheets: [
          data(
            row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="6" t="s"><v>1</v></c><c r="C1"><v>3</v></c>'),
            row(2, '<c r="A2" s="6" t="s"><v>1</v></c><c r="B2"><v>5</v></c>'),
            row(4, '<c r="A4"><v>7</v></c>'),
          ) + '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A4:B3"/><mergeCell ref="E9:F10"/></mergeCells>',
        ],
      })
    ).sheets[0];
    expect(s.values).toEqual([["Tiêu đề"], ["Hoµn", 5]]);
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 2 },
      { top: 9, left: 5, bottom: 10, right: 6 },
    ]);
    expect(s.legacyFonts).toEqual({ A2: ".VnTime" });
  });

  test("markup variations: attribute order and quotes, spaces, comments' absence, rows with gaps, hidden sheets", async () => {
    const wb = await readXml({
      sharedStrings: ["<si><t>a</t></si>"],
      sheets: [
        `<sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1:C9"/><cols><col min="1" max="3" width="9"/></cols>` +
          data(
            `<row r='2' spans="1:3" ht="20" customHeight="1" s="1"><c t='s' r='C2'  ><v>0</v></c></row>`,
            `<row r="9"><c r="A9" s="0" t="n"><v>-2.5e3</v></c><c r="B9"></c><c r="C9" s="1"/></row>`,
            `<row r="10"/>`,
          ) +
          '<hyperlinks><hyperlink ref="C2" location="S1!A1" display="a"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
        "<sheetData/>",
      ],
    });
    expect(wb.sheets[0].values).toEqual([[], [null, null, "a"], [], [], [], [], [], [], [-2500]]);
    expect(wb.sheets[1]).toEqual({ name: "S2", values: [], merges: [], ownedByAddin: false });
  });
});

describe("workbooks the direct reader leaves to exceljs are still read", () => {
  async function readViaExcelJS(parts: XmlParts): Promise<WorkbookSnapshot> {
    const data = await xmlWorkbook(parts);
    await expect(direct(data)).rejects.toThrow();
    const snapshot = await readWorkbookBuffer(data);
    expect(snapshot).toEqual(await loadWithExcelJS(data, sniffed(data).date1904));
    return snapshot;
  }

  test("a sheet with XML comments", async () => {
    const wb = await readViaExcelJS({ sheets: [data("<!-- generated -->" + row(1, '<c r="A1"><v>1</v></c>'))] });
    expect(wb.sheets[0].values).toEqual([[1]]);
  });

  test("cells without an address, placed after the previous one", async () => {
    const wb = await readViaExcelJS({ sheets: [data(row(1, '<c r="B1"><v>1</v></c><c><v>2</v></c>'))] });
    expect(wb.sheets[0].values).toEqual([[null, 1, 2]]);
  });

  test("rows out of order", async () => {
    const wb = await readViaExcelJS({ sheets: [data(row(3, '<c r="A3"><v>3</v></c>') + row(1, '<c r="A1"><v>1</v></c>'))] });
    expect(wb.sheets[0].values).toEqual([[1], [], [3]]);
  });

  test("rich text written inline", async () => {
    const wb = await readViaExcelJS({
      sheets: [data(row(1, '<c r="A1" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Hoµn</t></r><r><t> thµnh</t></r></is></c>'))],
    });
    expect(wb.sheets[0].values).toEqual([["Hoµn thµnh"]]);
  });

  test("a package without styles", async () => {
    const wb = await readViaExcelJS({ styles: null, sheets: [data(row(1, '<c r="A1" t="s"><v>0</v></c>'))], sharedStrings: ["<si><t>không kiểu</t></si>"] });
    expect(wb.sheets[0].values).toEqual([["không kiểu"]]);
  });

  test("a shared string with a run after its text: refused as before, with the same message", async () => {
    const data_ = await xmlWorkbook({
      sharedStrings: ["<si><t>trước</t><r><t>sau</t></r></si>"],
      sheets: [data(row(1, '<c r="A1" t="s"><v>0</v></c>'))],
    });
    await expect(direct(data_)).rejects.toThrow();
    expect((await readError(readWorkbookBuffer(data_))).reason).toBe("contentUnreadable");
  });

  test("overlapping merged areas: refused as before, with the same message", async () => {
    const data_ = await xmlWorkbook({
      sheets: [data(row(1, '<c r="A1"><v>1</v></c>')) + '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>'],
    });
    await expect(direct(data_)).rejects.toThrow();
    const e = await readError(readWorkbookBuffer(data_));
    expect(e.code).toBe("unreadable");
    expect(e.reason).toBe("contentUnreadable");
  });
});

describe("random workbooks", () => {
  const FONTS = [undefined, ".VnTime", "VNI-Times", "Arial"];
  const FORMATS = [undefined, "dd/mm/yyyy", "0.00", "[h]:mm", '"Ngày" d', "mm/yyyy"];
  const text = fc
    .array(fc.constantFrom("a", "Ệ", "Hoà".normalize("NFD"), " ", "&", "<", ">", '"', "'", "\n", "\t", "_x000D_", "Tæng", "#N/A", "1"), { maxLength: 6 })
    .map((parts) => parts.join(""));
  const plain = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -100000, max: 100000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    text,
    fc.boolean(),
    fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms)),
    fc.constantFrom("#N/A", "#REF!", "#DIV/0!").map((error) => ({ error })),
  );
  const value = fc.oneof(
    { weight: 6, arbitrary: plain },
    { weight: 2, arbitrary: fc.record({ formula: fc.constant("A1+1"), result: plain.map((v) => v ?? undefined) }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.record({ text, font: fc.constantFrom(...FONTS) }), { minLength: 1, maxLength: 3 })
        .map((runs) => ({ richText: runs.map(({ text: t, font }) => (font ? { text: t, font: { name: font } } : { text: t })) })),
    },
    { weight: 1, arbitrary: text.map((t) => ({ text: t, hyperlink: "https://example.org/" })) },
  );
  const sheet = fc.record({
    rows: fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }),
    styles: fc.array(fc.record({ r: fc.integer({ min: 1, max: 8 }), c: fc.integer({ min: 1, max: 6 }), font: fc.constantFrom(...FONTS), numFmt: fc.constantFrom(...FORMATS) }), {
      maxLength: 10,
    }),
    merges: fc.array(fc.record({ r: fc.integer({ min: 1, max: 8 }), c: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 0, max: 2 }), w: fc.integer({ min: 0, max: 2 }) }), {
      maxLength: 3,
    }),
    state: fc.constantFrom("visible" as const, "hidden" as const),
  });

  test("are read the same by the direct reader and by exceljs's full load", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const specs: XlsxSheet[] = sheets.map((s, i) => {
          const fonts: Record<string, string> = {};
          const numFmts: Record<string, string> = {};
          for (const st of s.styles) {
            if (st.font) fonts[a1Of(st.r, st.c)] = st.font;
            if (st.numFmt) numFmts[a1Of(st.r, st.c)] = st.numFmt;
          }
          const merges: string[] = [];
          const taken: Array<[number, number, number, number]> = [];
          for (const m of s.merges) {
            const area: [number, number, number, number] = [m.r, m.c, m.r + m.h, m.c + m.w];
            if (taken.some(([t, l, b, r]) => area[0] <= b && area[2] >= t && area[1] <= r && area[3] >= l)) continue;
            taken.push(area);
            merges.push(`${a1Of(area[0], area[1])}:${a1Of(area[2], area[3])}`);
          }
          return { name: `Trang ${i + 1}`, rows: s.rows, fonts, numFmts, merges, state: s.state, ownedByAddin: i === 1 };
        });
        const data_ = await buildXlsx(specs, { date1904 });
        const expected = await loadWithExcelJS(data_, sniffed(data_).date1904);
        expect(await direct(data_)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

function a1Of(r: number, c: number): string {
  return `${"ABCDEFGH"[c - 1]}${r}`;
}

describe("parts the snapshot does not need", () => {
  test("a hyperlink whose target is missing no longer makes the workbook unreadable", async () => {
    const data_ = await buildXlsx([{ name: "Theo dõi", rows: [[{ text: "Công văn 12", hyperlink: "https://example.org/cv12.pdf" }, 5]] }]);
    const broken = rewriteXlsx(data_, (name, text) => (name === "xl/worksheets/_rels/sheet1.xml.rels" ? null : text));
    await expect(loadWithExcelJS(broken, false)).rejects.toThrow(XlsxReadError);
    expect((await readWorkbookBuffer(broken)).sheets[0].values).toEqual([["Công văn 12", 5]]);
  });
});
