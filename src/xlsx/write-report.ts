/**
 * Report sheets added to a copy of a workbook file (report-package.ts does the adding). Only the
 * add-in's own sheets (marked, see owned-sheets.ts) are ever replaced; a user's sheet with a
 * wanted name is kept and the new sheet takes the next free name.
 */
import { randomBytes } from "node:crypto";
import { readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { ReportWriteResult } from "../core/report/sheet-names";
import type { SheetSpec } from "../core/report/sheet-spec";
import { addReportSheetsToPackage } from "./report-package";
import { writeSheetSpec } from "./write-sheet-spec";
import { XlsxReadError } from "./xlsx-read-error";
import { MAX_PART_BYTES, OversizedPart } from "./zip-entries";

export { writeSheetSpec };

/** Thrown when the output would overwrite the input. */
export class SameFileError extends Error {}

/** Thrown when the input cannot be read to copy it (the message says why, in the user's words). */
export class CopyReadError extends Error {
  constructor(
    message: string,
    /** The read failure, for a message in another language. */
    readonly readError?: XlsxReadError,
  ) {
    super(message);
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([realpath(a), realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([stat(ra), stat(rb)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // The output does not exist yet: it cannot be the input.
    return false;
  }
}

/** The default output beside the input: "theo-doi.xlsx" -> "theo-doi-bao-cao-2024.xlsx". */
export function defaultReportPath(input: string, year: number | null, period: string): string {
  const name = basename(input).replace(/\.xlsx$/i, "");
  return join(dirname(input), `${name}-bao-cao-${year ?? period}.xlsx`);
}

/**
 * Add the report sheets to a copy of the input file (report-package.ts: the user's parts are
 * copied byte for byte) and save it as the output, through a temporary file renamed into place
 * (an interrupted run leaves no half-written output). The input is only read; the output may not
 * be the input.
 */
export async function writeReportCopy(input: string, output: string, specs: readonly SheetSpec[], ownSheets: ReadonlySet<string>): Promise<ReportWriteResult> {
  if (await sameFile(input, output)) throw new SameFileError(output);
  let copy: Awaited<ReturnType<typeof addReportSheetsToPackage>>;
  try {
    copy = await addReportSheetsToPackage(await readFile(input), specs, ownSheets);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CopyReadError(e.message, e);
    if (e instanceof OversizedPart) {
      const r = new XlsxReadError("partTooLarge", { limitMB: MAX_PART_BYTES / (1024 * 1024) }, e);
      throw new CopyReadError(r.message, r);
    }
    throw new CopyReadError((e as Error).message);
  }
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, copy.bytes);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return copy.result;
}
