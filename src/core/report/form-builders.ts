/**
 * How each form is built. A total record over the form codes: a code added to FORM_DESCRIPTORS
 * without a builder here does not compile (it used to fall through to B03).
 */
import { bcForm } from "./form-bc";
import { b01Form } from "./form-b01";
import { b02Form } from "./form-b02";
import { b03Form } from "./form-b03";
import { b04Form } from "./form-b04";
import type { FormCode } from "./form-descriptors";
import type { ReportInput } from "./report-model";
import type { SheetSpec } from "./sheet-spec";

/** Builds one form; `written` is every form written with it, in order (BC names the attached ones). */
export type FormBuilder = (input: ReportInput, written: readonly FormCode[]) => SheetSpec;

export const FORM_BUILDERS: { readonly [C in FormCode]: FormBuilder } = {
  BC: (input, written) => bcForm(input, { attached: written }),
  B01: (input) => b01Form(input),
  B02: (input) => b02Form(input),
  B03: (input) => b03Form(input),
  B04: (input) => b04Form(input),
};
