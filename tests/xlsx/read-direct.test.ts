import { type WorkbookSnapshot } from "../../src/core/snapshot";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildXlsx, rewriteXlsx } from "../helpers/build-xlsx";
import { direct, readError, serial1900, serial1904, sniffed } from "./read-helpers";

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
