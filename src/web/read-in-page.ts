import type { WorkbookSnapshot } from "../core/snapshot";
import { readWorkbookBuffer } from "../xlsx/read-workbook";
import type { ExcelJsLib } from "./copy-writer";

/**
 * Reading a workbook in the page with the project's reader (src/xlsx). The page starts without the
 * full exceljs (shims/exceljs.ts); a workbook the direct reader leaves to exceljs's full load makes
 * the light stand-in throw NeedsFullExcelJs, and is read again once the library is loaded.
 */

export type LoadExcelJs = () => Promise<ExcelJsLib>;

function needsFullExcelJs(e: unknown): boolean {
  for (let x: unknown = e, depth = 0; x && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    if ((x as { name?: unknown }).name === "NeedsFullExcelJs") return true;
  }
  return false;
}

export async function readWorkbookInPage(bytes: Uint8Array, loadExcelJs: LoadExcelJs): Promise<WorkbookSnapshot> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return await readWorkbookBuffer(view);
  } catch (e) {
    if (!needsFullExcelJs(e)) throw e;
  }
  await loadExcelJs();
  return readWorkbookBuffer(view);
}
