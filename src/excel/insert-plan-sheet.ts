import type { PlanSheetSpec } from "../core/plan-sheet/plan-sheet-spec";
import type { ExcelHost } from "./excel-host";
import { freeSheetName } from "./owned-marks";
import { queueFormats, queueValues } from "./write-sheet-spec";

/** Excel's limit on a validation prompt's or alert's message. */
const MESSAGE_MAX = 255;

/**
 * The plan in use as an editable plan sheet in the open workbook ("Chèn trang kế hoạch"), in two
 * syncs: the sheet names are read, then the sheet is added, written, given its Tần suất dropdown
 * and its Thời gian prompt (ExcelApi 1.8), and shown. The sheet is the user's to edit, so it is not
 * marked as the add-in's. A name already taken gets a number ("Kế hoạch (2)"). Returns the name.
 */
export async function insertPlanSheet(context: Excel.RequestContext, host: ExcelHost, p: PlanSheetSpec): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const name = freeSheetName(p.spec.name, sheets.items.map((s) => s.name));
  const sheet = context.workbook.worksheets.add(name);
  if (host.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
  queueValues(sheet, p.spec);
  queueFormats(sheet, p.spec, { pageLayout: host.supports("1.9") });
  if (host.supports("1.8")) {
    const f = p.frequencyCells;
    if (f.bottom >= f.top) {
      const target = sheet.getRangeByIndexes(f.top - 1, f.col - 1, f.bottom - f.top + 1, 1);
      target.dataValidation.clear();
      target.dataValidation.rule = { list: { inCellDropDown: true, source: p.frequencyChoices.join(",") } };
      // Another word is still read (without diacritics, "hàng năm"): warn, never refuse.
      target.dataValidation.errorAlert = { showAlert: true, style: "Warning", title: "Tần suất", message: p.frequencyNote.slice(0, MESSAGE_MAX) };
    }
    const w = p.windowCells;
    if (w.bottom >= w.top) {
      const target = sheet.getRangeByIndexes(w.top - 1, w.col - 1, w.bottom - w.top + 1, 1);
      // A prompt needs a rule to hang on: one no window or deadline ever breaks.
      target.dataValidation.clear();
      target.dataValidation.rule = { textLength: { formula1: MESSAGE_MAX, operator: "LessThanOrEqualTo" } };
      target.dataValidation.prompt = { showPrompt: true, title: "Thời gian", message: p.windowNote.slice(0, MESSAGE_MAX) };
    }
  }
  sheet.activate();
  await context.sync();
  return name;
}
