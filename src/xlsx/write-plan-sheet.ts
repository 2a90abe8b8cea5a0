/**
 * A plan sheet (core/plan-sheet) as a new .xlsx file: the sheet written from its SheetSpec, a
 * dropdown of frequencies on the Tần suất cells, and on Thời gian a prompt and a note saying how to
 * write a window or a deadline. A new file: nobody's workbook is loaded or saved again.
 */
import ExcelJS from "exceljs";
import type { PlanSheetSpec } from "../core/plan-sheet/plan-sheet-spec";
import { writeSheetSpec } from "./write-sheet-spec";

/** Excel's limit on an input message's text. */
const PROMPT_MAX = 255;

export async function planSheetWorkbook(p: PlanSheetSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(p.spec.name);
  writeSheetSpec(ws, p.spec);
  const list = `"${p.frequencyChoices.join(",")}"`;
  const f = p.frequencyCells;
  for (let r = f.top; r <= f.bottom; r++) {
    ws.getCell(r, f.col).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [list],
      showErrorMessage: true,
      // A word the list does not have is still read (with or without diacritics): warn, do not refuse.
      errorStyle: "warning",
      error: p.frequencyNote.slice(0, PROMPT_MAX),
    };
  }
  const w = p.windowCells;
  for (let r = w.top; r <= w.bottom; r++) {
    ws.getCell(r, w.col).dataValidation = {
      type: "textLength",
      operator: "lessThanOrEqual",
      formulae: [255],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Thời gian",
      prompt: p.windowNote.slice(0, PROMPT_MAX),
    };
  }
  ws.getCell(p.windowHeader.row, p.windowHeader.col).note = p.windowNote;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
