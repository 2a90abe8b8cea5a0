import { cellAt } from "../../src/core/snapshot";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildXlsx, rewriteXlsx, utcDate } from "../helpers/build-xlsx";
import { part, read, serial1900, serial1904 } from "./read-helpers";

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

