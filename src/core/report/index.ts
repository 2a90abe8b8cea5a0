/**
 * The report forms as neutral SheetSpecs: BC (the report), B01 (results per task), B02
 * (campaigns), B03 (progress matrix); see docs/design.md#report-forms and docs/reports.md. Which
 * forms exist is FORM_DESCRIPTORS; how each is built, FORM_BUILDERS. Writers in src/xlsx and
 * src/excel turn the specs into sheets.
 */
import { bcForm } from "./form-bc";
import { b01Form } from "./form-b01";
import { b02Form } from "./form-b02";
import { b03Form } from "./form-b03";
import { FORM_BUILDERS } from "./form-builders";
import { ktForm } from "./form-kt";
import { FORM_CODES, type FormCode } from "./form-descriptors";
import { countedInput, leftOutInScope, type ReportInput } from "./report-model";
import type { SheetSpec } from "./sheet-spec";

export { bcForm, b01Form, b02Form, b03Form, ktForm };
export { FORM_DESCRIPTORS, formDescriptor, type FormDescriptor } from "./form-descriptors";
export { FORM_CODES, reportInputOf, reportModel, type FormCode, type ReportInput, type ReportModel } from "./report-model";
export { countedInput, leftOutInScope, periodOfInput } from "./report-model";
export { reportPeriod, CUTOFFS, type Cutoff, type ReportPeriod } from "./report-period";
export { sheetNameOf, checkSheetNameOf, planSheetWrites, type ExistingSheet, type SheetWritePlan, type ReportWriteResult } from "./sheet-names";
export type { SheetSpec } from "./sheet-spec";

/**
 * The forms asked for, in the order of FORM_CODES whatever order they were asked in, all counted by
 * the one rule of src/core/progress/counting.ts, followed by the working sheet KT of what that rule
 * left out (always written with the forms, never one of them: docs/reports.md).
 */
export function buildReports(input: ReportInput, forms: readonly FormCode[] = FORM_CODES): SheetSpec[] {
  const wanted = FORM_CODES.filter((f) => forms.includes(f));
  if (wanted.length === 0) return [];
  const counted = countedInput(input);
  // B03 is the whole period as of the as-of day, also beside a half-year report (whose obligations
  // are taken at the half-year's end).
  const period = input.half === true ? countedInput({ ...input, half: false, leftOut: undefined }) : counted;
  return [...wanted.map((f) => FORM_BUILDERS[f](f === "B03" ? period : counted, wanted)), ktForm(counted)];
}

/** How many values (or rows) the figures of a report of this input leave out (listed on its KT sheet). */
export function leftOutCount(input: ReportInput): number {
  return leftOutInScope(countedInput(input)).length;
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
