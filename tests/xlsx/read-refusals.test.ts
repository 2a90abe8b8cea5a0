import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XLSX_READ_MESSAGES } from "../../src/xlsx/xlsx-messages";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read-workbook";
import { buildXlsx, rewriteXlsx, writeXlsxFile, type XlsxSheet } from "../helpers/build-xlsx";
import { readError } from "./read-helpers";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-read-workbook-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
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
