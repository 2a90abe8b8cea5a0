/**
 * What the program knows of each report form apart from how it is laid out: its code, whether it
 * follows the chosen year or always covers the whole period, and the first word of its sheet name.
 * The order here is the order forms are written in. `FormCode` and `FORM_CODES` derive from this
 * list, and `FORM_BUILDERS` (form-builders.ts) must give every code its builder.
 *
 * This module imports nothing: the builders import `FormCode` and the sheet names read the
 * coverage, so keeping the builders out of it keeps the report modules free of import cycles.
 */

export interface FormDescriptor {
  /** The code users type (`--forms BC,B01`) and the form's key everywhere. */
  readonly code: string;
  /** "chosen": the chosen year, or the whole period when none is chosen; "period": always the whole period. */
  readonly covers: "chosen" | "period";
  /** The sheet name is this prefix, a space and the year or the period: "B01 2024", "B03 2021-2025". */
  readonly sheetPrefix: string;
}

export const FORM_DESCRIPTORS = [
  /** The report itself, an administrative document (form-bc.ts). */
  { code: "BC", covers: "chosen", sheetPrefix: "BC" },
  /** Biểu 01: results per task (form-b01.ts). */
  { code: "B01", covers: "chosen", sheetPrefix: "B01" },
  /** Biểu 02: the communication campaigns (form-b02.ts). */
  { code: "B02", covers: "chosen", sheetPrefix: "B02" },
  /** Biểu 03: the progress matrix, task × year (form-b03.ts). */
  { code: "B03", covers: "period", sheetPrefix: "B03" },
  /** Biểu 04: results by unit, and which unit sent figures for which year (form-b04.ts). */
  { code: "B04", covers: "chosen", sheetPrefix: "B04" },
] as const satisfies readonly FormDescriptor[];

export type FormCode = (typeof FORM_DESCRIPTORS)[number]["code"];

/** Every form code, in the order forms are written. */
export const FORM_CODES: readonly FormCode[] = FORM_DESCRIPTORS.map((d) => d.code);

const BY_CODE = new Map<string, FormDescriptor>(FORM_DESCRIPTORS.map((d) => [d.code, d]));

export function formDescriptor(code: FormCode): FormDescriptor {
  const d = BY_CODE.get(code);
  // Unreachable for a FormCode; a clear message rather than a silent wrong form.
  if (!d) throw new Error(`${code} is not a report form`);
  return d;
}
