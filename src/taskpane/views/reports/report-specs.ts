import type { Analysis } from "../../../core/engine";
import type { PlanModel } from "../../../core/plan/model";
import type { OrgProfile } from "../../../core/profile/profile";
import { buildReports, FORM_CODES, reportInputOf, sheetNameOf, type Cutoff, type FormCode } from "../../../core/report";
import type { SheetSpec } from "../../../core/report/sheet-spec";
import type { Day } from "../../../core/time/days";

/** The forms the pane offers: every form of the core, in writing order. */
export const REPORT_FORMS: readonly FormCode[] = FORM_CODES;
export type ReportForm = FormCode;

export interface ReportRequest {
  analysis: Analysis;
  plan: PlanModel;
  year: number | null;
  forms: readonly ReportForm[];
  profile: OrgProfile;
  asOf: Day;
  /** The first six months of `year`. */
  half?: boolean;
  /** The data cut-off: the calendar (default) or Nghị định 09/2019's. */
  cutoff?: Cutoff;
}

/**
 * The report sheets for a request, in form order. Reports are administrative documents sent to
 * a Vietnamese department: they are written in Vietnamese whatever the pane's language.
 */
export function makeReportSpecs(req: ReportRequest): SheetSpec[] {
  const input = {
    ...reportInputOf(req.analysis, { plan: req.plan, profile: req.profile, year: req.year, asOf: req.asOf, locale: "vi" }),
    half: req.half === true && req.year !== null,
    cutoff: req.cutoff ?? "calendar",
  };
  return buildReports(input, req.forms);
}

/** The sheet each form writes for a year (a form that covers the whole period, B03, ignores it). */
export function reportSheetName(form: ReportForm, year: number | null, plan: PlanModel, half = false): string {
  return sheetNameOf(form, year, plan, half);
}
