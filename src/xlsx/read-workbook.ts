import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookSnapshot } from "../core/snapshot";
import { loadWithExcelJS } from "./load-with-exceljs";
import { OWNED_SHEET_MARKER } from "./owned-sheets";
import { packageForExcelJS } from "./package-for-exceljs";
import { sheetWithoutPart } from "./package-view";
import { readDirect } from "./read-direct";
import { sniffWorkbook } from "./sniff-workbook";
import { XlsxReadError } from "./xlsx-read-error";
import { MAX_PART_BYTES, OversizedPart } from "./zip-entries";

export { XlsxReadError, type XlsxReadErrorCode } from "./xlsx-read-error";
export { OWNED_SHEET_MARKER };

/**
 * .xlsx -> WorkbookSnapshot. Every sheet is read, hidden ones too; chart sheets have no cells and
 * are left out. The snapshot is the one exceljs's full load gives (load-with-exceljs.ts); most
 * workbooks are read directly from their XML (read-direct.ts), several times faster, and the rest
 * by that full load, on a copy of the package made safe for it (package-for-exceljs.ts). Failures
 * are XlsxReadError with a message that says what to fix, never a raw stack.
 */

/** Read a workbook from a file. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw fileError(e);
  }
  try {
    return await readWorkbookBuffer(data);
  } catch (e) {
    // A "~$name.xlsx" that is not a workbook is Excel's lock file next to an open workbook.
    if (e instanceof XlsxReadError && e.code === "not-xlsx" && basename(path).startsWith("~$")) {
      throw new XlsxReadError("lockFile", undefined, e);
    }
    throw e;
  }
}

/** Read a workbook from its bytes. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer): Promise<WorkbookSnapshot> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const sniffed = sniffWorkbook(bytes);
  if (sniffed.kind === "rejected") throw new XlsxReadError(sniffed.reason, sniffed.params);
  try {
    const missing = sheetWithoutPart(sniffed.view, sniffed.workbookXml);
    if (missing !== null) throw new XlsxReadError("missingSheetPart", { sheet: missing });
    try {
      return await readDirect(sniffed.view, sniffed.workbookXml, sniffed.date1904);
    } catch (e) {
      // A damaged file or a zip bomb is not worth a second try; any other workbook the direct
      // reader leaves aside (an unusual shape) is read by exceljs's full load, which gives the
      // same snapshot or the error to show.
      if (e instanceof XlsxReadError || e instanceof OversizedPart) throw e;
    }
    return await loadWithExcelJS(packageForExcelJS(sniffed.view), sniffed.date1904);
  } catch (e) {
    if (e instanceof OversizedPart) throw new XlsxReadError("partTooLarge", { limitMB: MAX_PART_BYTES / (1024 * 1024) }, e);
    throw e;
  }
}

function fileError(e: unknown): XlsxReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? "";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new XlsxReadError("notFound", undefined, e);
    case "EISDIR":
      return new XlsxReadError("isDirectory", undefined, e);
    case "EACCES":
    case "EPERM":
      return new XlsxReadError("noPermission", undefined, e);
    default:
      return new XlsxReadError("ioError", { code: code || "?" }, e);
  }
}
