/**
 * The report forms of DESIGN §7 as neutral SheetSpecs: BC (the report), B01 (results per task),
 * B02 (campaigns), B03 (progress matrix). Writers in src/xlsx and src/excel turn them into sheets.
 */
import { bcForm } from "./form-bc";
import { b01Form } from "./form-b01";
import { b02Form } from "./form-b02";
import { b03Form } from "./form-b03";
import { FORM_CODES, type FormCode, type ReportInput } from "./report-model";
import type { SheetSpec } from "./sheet-spec";

export { bcForm, b01Form, b02Form, b03Form };
export { FORM_CODES, reportInputOf, reportModel, type FormCode, type ReportInput, type ReportModel } from "./report-model";
export { sheetNameOf, planSheetWrites, type ExistingSheet, type SheetWritePlan, type ReportWriteResult } from "./sheet-names";
export type { SheetSpec } from "./sheet-spec";

/** The forms asked for, in the order BC, B01, B02, B03 whatever order they were asked in. */
export function buildReports(input: ReportInput, forms: readonly FormCode[] = FORM_CODES): SheetSpec[] {
  const wanted = FORM_CODES.filter((f) => forms.includes(f));
  return wanted.map((f) => {
    switch (f) {
      case "BC":
        return bcForm(input, { attached: wanted });
      case "B01":
        return b01Form(input);
      case "B02":
        return b02Form(input);
      default:
        return b03Form(input);
    }
  });
}

/** "BC,B01" -> ["BC", "B01"] (any case, spaces allowed), or null when a code is not a form. */
export function parseForms(text: string): FormCode[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== "");
  if (parts.length === 0) return null;
  const out: FormCode[] = [];
  for (const p of parts) {
    const f = FORM_CODES.find((c) => c === p);
    if (!f) return null;
    if (!out.includes(f)) out.push(f);
  }
  return out;
}
