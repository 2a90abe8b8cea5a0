import { readWorkbookBuffer, XlsxReadError } from "../../src/xlsx/read-workbook";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { readDirect } from "../../src/xlsx/read-direct";
import { sniffWorkbook } from "../../src/xlsx/sniff-workbook";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { buildXlsx, type XlsxSheet } from "../helpers/build-xlsx";

/** Shared by the reader's tests (read-*.test.ts). */
/** Excel serials by their definitions: days since 1899-12-30 (1900 system, valid from March 1900) or since 1904-01-01. */
export const DAY = 86_400_000;
export const serial1900 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY;
export const serial1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / DAY;

/** Reads a workbook, checking on the way that the direct reader read it and agrees with exceljs's full load. */
export async function read(sheets: XlsxSheet[], options?: { date1904?: boolean }): Promise<WorkbookSnapshot> {
  const data = await buildXlsx(sheets, options);
  const snapshot = await readWorkbookBuffer(data);
  expect(await direct(data)).toEqual(snapshot);
  expect(await loadWithExcelJS(data, sniffed(data).date1904)).toEqual(snapshot);
  return snapshot;
}

export function sniffed(data: Buffer) {
  const s = sniffWorkbook(data);
  if (s.kind !== "xlsx") throw new Error(`not a workbook: ${s.reason}`);
  return s;
}

/** The direct reader alone (it throws on the workbooks it leaves to exceljs). */
export function direct(data: Buffer): Promise<WorkbookSnapshot> {
  const s = sniffed(data);
  return readDirect(s.view, s.workbookXml, s.date1904);
}

export function part(data: Buffer, name: string): string {
  const entry = listZipEntries(data)?.find((e) => e.name === name);
  const bytes = entry && readZipEntry(data, entry);
  if (!bytes) throw new Error(`no part ${name}`);
  return bytes.toString("utf8");
}

export async function readError(p: Promise<unknown>): Promise<XlsxReadError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw new Error(`expected XlsxReadError, got ${String(e)}`);
  }
  throw new Error("expected the read to fail");
}
