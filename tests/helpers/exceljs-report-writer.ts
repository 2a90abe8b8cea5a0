/**
 * The earlier report writer, kept as a test oracle: report sheets added to a loaded exceljs
 * workbook. The product writes reports by adding parts to the user's package
 * (src/xlsx/report-package.ts); tests compare what both give.
 */
import type ExcelJS from "exceljs";
import { planSheetWrites, type ReportWriteResult } from "../../src/core/report/sheet-names";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import { markSheetOwned, ownedSheetNames, unmarkSheetOwned } from "../../src/xlsx/owned-sheets";
import { writeSheetSpec } from "../../src/xlsx/write-sheet-spec";

/**
 * Add report sheets to a workbook: the add-in's own sheets of the same names (or numbered variants)
 * are removed, every other sheet is left as it is, each new sheet is marked as the add-in's.
 */
export function addReportSheets(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): ReportWriteResult {
  const owned = ownedSheetNames(workbook);
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, owned: owned.has(ws.name) }));
  const plan = planSheetWrites(
    existing,
    specs.map((s) => s.name),
  );
  for (const name of plan.remove) {
    const ws = workbook.getWorksheet(name);
    unmarkSheetOwned(workbook, name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  const written: string[] = [];
  specs.forEach((spec, i) => {
    const used = plan.names[i].used;
    const ws = workbook.addWorksheet(used);
    writeSheetSpec(ws, spec);
    markSheetOwned(workbook, used);
    written.push(used);
  });
  return {
    written,
    replaced: plan.remove,
    renamed: plan.names.filter((n) => n.used !== n.wanted),
  };
}
