/**
 * Report sheets written into a workbook of their own, for a report over several workbooks (a
 * consolidation): none of the inputs is copied or changed. The sheets are laid out by the same
 * writer as the forms added to a copy (writeSheetSpec) and marked as the add-in's own, and the
 * file is saved through a temporary file renamed into place.
 */
import { randomBytes } from "node:crypto";
import { realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { planSheetWrites, type ReportWriteResult } from "../core/report/sheet-names";
import type { SheetSpec } from "../core/report/sheet-spec";
import { markSheetOwned } from "./owned-sheets";
import { writeSheetSpec } from "./write-sheet-spec";

/** Thrown when the output is one of the inputs. */
export class OutputIsInputError extends Error {}

async function place(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return resolve(file);
  }
}

/** The bytes of a new workbook holding the sheets, in order. */
export async function newReportWorkbook(specs: readonly SheetSpec[]): Promise<{ bytes: Buffer; result: ReportWriteResult }> {
  const wb = new ExcelJS.Workbook();
  const plan = planSheetWrites([], specs.map((s) => s.name));
  specs.forEach((spec, i) => {
    const name = plan.names[i]?.used ?? spec.name;
    writeSheetSpec(wb.addWorksheet(name), spec);
    markSheetOwned(wb, name);
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, result: { written: plan.names.map((n) => n.used), replaced: [], renamed: [] } };
}

/** Write the sheets into a new workbook at `output`, which may not be any of `inputs`. */
export async function writeNewReport(output: string, specs: readonly SheetSpec[], inputs: readonly string[]): Promise<ReportWriteResult> {
  const out = await place(output);
  for (const i of inputs) if ((await place(i)) === out) throw new OutputIsInputError(i);
  const { bytes, result } = await newReportWorkbook(specs);
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return result;
}
