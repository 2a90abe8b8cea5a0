/**
 * Small .xlsx workbooks built in memory for tests, with exceljs.
 *
 *   const data = await buildXlsx([
 *     { name: "Theo dõi", rows: [["Mã", "Nội dung"], ["II.1", "Hội nghị"]], merges: ["A1:B1"] },
 *   ]);
 *   const path = await writeXlsxFile(join(dir, "theo-doi.xlsx"), [...sheets]);
 *
 * A cell value is anything exceljs accepts: number, string, boolean, a Date (taken as UTC: use
 * utcDate(2023, 11, 15), never new Date(2023, 10, 15) whose meaning depends on the time zone;
 * it is written as a date serial with a date format), { formula, result }, { richText: [{ text,
 * font }] }, { text, hyperlink }, { error: "#N/A" }. null and undefined leave the cell empty.
 *
 * For files exceljs cannot make (a chart sheet, an attribute written differently, a damaged part),
 * build with exceljs and then edit the package's parts with rewriteXlsx.
 */
import { crc32 } from "node:zlib";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { markSheetOwned } from "../../src/xlsx/owned-sheets";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";

export interface XlsxSheet {
  name: string;
  /** rows[r][c] is the cell at row r+1, column c+1. */
  rows: unknown[][];
  /** Merged areas in A1 notation, e.g. "A1:C1". The value of an area is that of its top-left cell. */
  merges?: string[];
  /** Font name by cell address, e.g. { B3: ".VnTime" }. */
  fonts?: Record<string, string>;
  /** Number format by cell address, e.g. { C3: "dd/mm/yyyy" }. */
  numFmts?: Record<string, string>;
  /** Tab visibility; sheets are visible by default. */
  state?: "visible" | "hidden" | "veryHidden";
  /** Mark the sheet as written by the add-in (a report), as the report writer does. */
  ownedByAddin?: boolean;
}

export interface XlsxOptions {
  /** Use the 1904 date system (Dates are then stored as 1904 serials). */
  date1904?: boolean;
}

/** A Date at midnight UTC of a calendar day (month 1–12), as exceljs expects dates. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The exceljs workbook, for tests that need to change more before writing. */
export function buildWorkbook(sheets: XlsxSheet[], options: XlsxOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name, { state: spec.state ?? "visible" });
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
    for (const [address, name] of Object.entries(spec.fonts ?? {})) ws.getCell(address).font = { name };
    for (const [address, numFmt] of Object.entries(spec.numFmts ?? {})) ws.getCell(address).numFmt = numFmt;
    for (const area of spec.merges ?? []) ws.mergeCells(area);
    if (spec.ownedByAddin) markSheetOwned(workbook, spec.name);
  }
  return workbook;
}

/** The bytes of an .xlsx holding the given sheets, in order. */
export async function buildXlsx(sheets: XlsxSheet[], options: XlsxOptions = {}): Promise<Buffer> {
  return toBuffer(buildWorkbook(sheets, options));
}

/** Write an .xlsx file holding the given sheets; returns the path. */
export async function writeXlsxFile(path: string, sheets: XlsxSheet[], options: XlsxOptions = {}): Promise<string> {
  await writeFile(path, await buildXlsx(sheets, options));
  return path;
}

/** An exceljs workbook written out, e.g. after the code under test changed it. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A copy of an .xlsx with some parts changed: `edit` gets each part's name and text and returns the
 * new text (or the same), or null to drop the part; `add` adds parts. The copy is stored without
 * compression, which every reader accepts.
 */
export function rewriteXlsx(
  data: Buffer,
  edit: (name: string, text: string) => string | null = (_n, t) => t,
  add: Record<string, string> = {},
): Buffer {
  const entries = listZipEntries(data);
  if (!entries) throw new Error("rewriteXlsx: not a zip archive");
  const parts: Array<[string, Buffer]> = [];
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const content = readZipEntry(data, entry);
    if (!content) throw new Error(`rewriteXlsx: cannot read ${entry.name}`);
    const isText = /\.(xml|rels|vml)$/i.test(entry.name);
    if (!isText) {
      parts.push([entry.name, content]);
      continue;
    }
    const text = edit(entry.name, content.toString("utf8"));
    if (text !== null) parts.push([entry.name, Buffer.from(text, "utf8")]);
  }
  for (const [name, text] of Object.entries(add)) parts.push([name, Buffer.from(text, "utf8")]);
  return storedZip(parts);
}

/** A zip archive of uncompressed entries. */
function storedZip(parts: Array<[string, Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
