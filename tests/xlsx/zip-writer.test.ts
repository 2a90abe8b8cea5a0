import { crc32 } from "node:zlib";
import { listZipEntries, rawZipEntry, readZipEntry } from "../../src/xlsx/zip-entries";
import { tableCrc32, writeZip } from "../../src/xlsx/zip-writer";

describe("writeZip", () => {
  test("new parts read back as written, with the CRC-32 zlib gives (also on Node versions without zlib.crc32)", () => {
    const text = Buffer.from("<sheetData>Hội nghị bình đẳng giới</sheetData>".repeat(200), "utf8");
    const zip = writeZip([{ name: "xl/a.xml", content: text }, { name: "empty", content: Buffer.alloc(0) }]);
    const entries = listZipEntries(zip)!;
    expect(entries.map((e) => e.name)).toEqual(["xl/a.xml", "empty"]);
    expect(readZipEntry(zip, entries[0])).toEqual(text);
    expect(entries[0].crc32).toBe(crc32(text));
    expect(tableCrc32(text)).toBe(crc32(text));
    expect(tableCrc32(Buffer.alloc(0))).toBe(0);
  });

  test("a copied part keeps its stored bytes exactly", () => {
    const source = writeZip([{ name: "p.xml", content: Buffer.from("<x/>".repeat(500)) }]);
    const e = listZipEntries(source)![0];
    const copy = writeZip([{ name: "p.xml", stored: rawZipEntry(source, e)!, method: e.method, crc32: e.crc32, uncompressedSize: e.uncompressedSize, modTime: e.modTime, modDate: e.modDate }]);
    const c = listZipEntries(copy)![0];
    expect(rawZipEntry(copy, c)).toEqual(rawZipEntry(source, e));
    expect(readZipEntry(copy, c)!.toString()).toBe("<x/>".repeat(500));
  });
});
