import type { Analysis } from "../../../core/engine";
import type { PlanModel } from "../../../core/plan/model";
import type { OrgProfile } from "../../../core/profile/profile";
import type { SheetSpec } from "../../../core/report/sheet-spec";
import type { Day } from "../../../core/time/days";

export const REPORT_FORMS = ["BC", "B01", "B02", "B03"] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

/** The forms that exist for a year (all four) or for the whole period (B02 is per year). */
export function formsFor(year: number | null): ReportForm[] {
  return year === null ? ["BC", "B01", "B03"] : [...REPORT_FORMS];
}

export interface ReportRequest {
  analysis: Analysis;
  plan: PlanModel;
  year: number | null;
  forms: readonly ReportForm[];
  profile: OrgProfile;
  asOf: Day;
}

/** The report sheets for a request, in the order the forms are listed. */
export function makeReportSpecs(req: ReportRequest): SheetSpec[] {
  void req;
  throw new Error("report forms are not available yet");
}
