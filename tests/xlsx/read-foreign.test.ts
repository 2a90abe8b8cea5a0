import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { XLSX_READ_MESSAGES } from "../../src/xlsx/xlsx-messages";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";
import { writeZip, type ZipPart } from "../../src/xlsx/zip-writer";
import { biff8Workbook, compoundFile, encryptedPackageStreams } from "../hostile/cfb";
import { rewriteXlsx } from "../helpers/build-xlsx";
import { readError } from "./read-helpers";

/**
 * Files other programs wrote: what a wrong file really is, and workbooks laid out or written
 * differently from Excel's own, which are read all the same. (The CLI side, with memory ceilings,
 * is tests/hostile.)
 */

const SAMPLE = readFileSync(join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx"));
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function parts(data: Buffer): Array<[string, Buffer]> {
  return listZipEntries(data)!
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => [e.name, readZipEntry(data, e)!]);
}

describe("a file that is not an .xlsx is named for what it is", () => {
  test("an old .xls workbook (a compound file with a BIFF8 Workbook stream)", async () => {
    const e = await readError(readWorkbookBuffer(compoundFile([{ name: "Workbook", data: biff8Workbook() }])));
    expect(e.reason).toBe("legacyXls");
    expect(e.message).not.toMatch(/đổi đuôi/);
    expect(e.messageIn("en")).not.toMatch(/renamed/);
  });

  test("a password-protected workbook (EncryptionInfo and EncryptedPackage streams)", async () => {
    const e = await readError(readWorkbookBuffer(compoundFile(encryptedPackageStreams())));
    expect(e.code).toBe("encrypted");
  });

  test("CSV text, without claiming anything about its name", async () => {
    const e = await readError(readWorkbookBuffer(Buffer.from("Mã;Nội dung\nII.1;Hội nghị\n", "utf8")));
    expect(e.reason).toBe("textFile");
    expect(e.message).not.toMatch(/đuôi/);
    expect(e.message).toMatch(/CSV/);
  });

  test("an OpenDocument spreadsheet (.ods)", async () => {
    const ods = writeZip([
      { name: "mimetype", content: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", content: Buffer.from("<office:document-content/>") },
    ]);
    const e = await readError(readWorkbookBuffer(ods));
    expect(e.reason).toBe("odsFile");
    expect(e.message).toBe(XLSX_READ_MESSAGES.vi.odsFile());
  });

  test("a binary workbook (.xlsb)", async () => {
    const xlsb = writeZip([{ name: "xl/workbook.bin", content: Buffer.from([0x83, 0x01, 0x00]) }]);
    expect((await readError(readWorkbookBuffer(xlsb))).reason).toBe("xlsbFile");
  });

  test("an Office package whose main document is not a workbook (a .docx)", async () => {
    const docx = writeZip([
      {
        name: "_rels/.rels",
        content: Buffer.from(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      },
      { name: "word/document.xml", content: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') },
    ]);
    expect((await readError(readWorkbookBuffer(docx))).reason).toBe("otherZip");
  });
});

describe("damaged or hostile workbooks are refused as such", () => {
  function withSheet1(stored: Buffer, uncompressedSize: number): Buffer {
    const list: ZipPart[] = parts(SAMPLE).map(([name, content]) =>
      name === "xl/worksheets/sheet1.xml" ? { name, stored, method: 8, crc32: 0, uncompressedSize, modTime: 0, modDate: 33 } : { name, content },
    );
    return writeZip(list);
  }
  const bomb = deflateRawSync(Buffer.alloc(20 << 20, 0x20));

  test("a part declaring more than the limit is refused before it is inflated", async () => {
    const e = await readError(readWorkbookBuffer(withSheet1(bomb, 300 << 20)));
    expect(e.reason).toBe("partTooLarge");
    expect(e.message).toBe(XLSX_READ_MESSAGES.vi.partTooLarge({ limitMB: 256 }));
  });

  test("a part inflating to more than it declares is refused while it is inflated", async () => {
    expect((await readError(readWorkbookBuffer(withSheet1(bomb, 1024)))).reason).toBe("partTooLarge");
  });

  test("a row beyond Excel's last row: damaged, by either reader", async () => {
    const huge = (comment: boolean) =>
      rewriteXlsx(SAMPLE, (name, text) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace("</sheetData>", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>').replace(/(<worksheet\b[^>]*>)/, comment ? "$1<!-- x -->" : "$1")
          : text,
      );
    for (const data of [huge(false), huge(true)]) {
      const e = await readError(readWorkbookBuffer(data));
      expect(e.reason).toBe("rowOutOfRange");
      expect(e.message).toMatch(/2\.000\.000\.000/);
    }
  });

  test("a sheet whose part is missing: damaged, naming the sheet", async () => {
    const e = await readError(readWorkbookBuffer(rewriteXlsx(SAMPLE, (name, text) => (name === "xl/worksheets/sheet2.xml" ? null : text))));
    expect(e.reason).toBe("missingSheetPart");
    expect(e.message).toMatch(/“Năm 2024”/);
  });
});

describe("workbooks other programs write are read as Excel's own", () => {
  let expected: Awaited<ReturnType<typeof readWorkbookBuffer>>;
  beforeAll(async () => {
    expected = await readWorkbookBuffer(SAMPLE);
  });

  test("every element with an x: prefix (.NET Open XML SDK)", async () => {
    const prefixed = rewriteXlsx(SAMPLE, (name, text) =>
      name.startsWith("xl/") && text.includes(`xmlns="${MAIN_NS}"`)
        ? text.replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)/g, "<$1x:$2").replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`)
        : text,
    );
    expect(await readWorkbookBuffer(prefixed)).toEqual(expected);
  });

  test("the main part elsewhere than xl/workbook.xml, found through _rels/.rels", async () => {
    const moved = parts(SAMPLE).map(([name, content]): [string, Buffer] => {
      const text = content.toString("utf8");
      if (name === "_rels/.rels") return [name, Buffer.from(text.replace("xl/workbook.xml", "book/wb.xml"))];
      if (name === "xl/workbook.xml") return ["book/wb.xml", content];
      if (name === "xl/_rels/workbook.xml.rels") return ["book/_rels/wb.xml.rels", Buffer.from(text.replace(/Target="/g, 'Target="/xl/'))];
      return [name, content];
    });
    expect(await readWorkbookBuffer(writeZip(moved.map(([name, content]) => ({ name, content }))))).toEqual(expected);
  });

  test("part names written with backslashes", async () => {
    const back = writeZip(parts(SAMPLE).map(([name, content]) => ({ name: name.replace(/\//g, "\\"), content })));
    expect(await readWorkbookBuffer(back)).toEqual(expected);
  });

  test("a sheet name longer than Excel's 31 characters is read whole, by either reader, with nothing on the console", async () => {
    const long = "Năm 2025 - theo dõi các hoạt động bình đẳng giới";
    const warn = jest.spyOn(console, "warn");
    for (const comment of [false, true]) {
      const data = rewriteXlsx(SAMPLE, (name, text) => {
        if (name === "xl/workbook.xml") return text.replace('name="Năm 2025"', `name="${long}"`);
        if (comment && name === "xl/worksheets/sheet1.xml") return text.replace(/(<worksheet\b[^>]*>)/, "$1<!-- x -->");
        return text;
      });
      const names = (await readWorkbookBuffer(data)).sheets.map((s) => s.name);
      expect(names[2]).toBe(comment ? long.slice(0, 31) : long);
    }
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test("defined names and validations over whole columns cost nothing (never expanded cell by cell)", async () => {
    const data = rewriteXlsx(SAMPLE, (name, text) => {
      if (name === "xl/workbook.xml") return text.replace("</sheets>", `</sheets><definedNames><definedName name="All">'Năm 2024'!$A$1:$XFD$1048576</definedName></definedNames>`);
      if (name === "xl/worksheets/sheet1.xml") {
        return text
          .replace(/(<worksheet\b[^>]*>)/, "$1<!-- x -->")
          .replace("<pageMargins", '<dataValidations count="1"><dataValidation type="list" sqref="K8:K1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins')
          .replace(/<cols>[\s\S]*?<\/cols>/, '<cols><col min="1" max="1000000000" width="9" customWidth="1"/></cols>');
      }
      return text;
    });
    const t0 = Date.now();
    expect(await readWorkbookBuffer(data)).toEqual(expected);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
