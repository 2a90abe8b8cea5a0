import type { Locale } from "../../src/core/i18n/locale";
import { builtinPlan } from "../../src/core/plan/load";
import type { TrackingData } from "../../src/core/read/types";
import { dayOf, type Day } from "../../src/core/time/days";
import type { Issue, RuleCode } from "../../src/core/validate/issue";
import { validateTracking } from "../../src/core/validate/validate";

export const plan = builtinPlan();
export const END_OF_PERIOD: Day = dayOf(2025, 12, 31);

/** The issues of one rule, after a full validation (so that rules' interplay is real). */
export function issuesOf(code: RuleCode, d: TrackingData, asOf: Day = END_OF_PERIOD, locale?: Locale): Issue[] {
  return validateTracking(d, plan, { asOf, locale }).issues.filter((i) => i.rule === code);
}
