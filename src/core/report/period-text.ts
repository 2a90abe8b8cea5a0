import { PERIOD_TEXT } from "../i18n/period-messages";
import type { Locale } from "../i18n/locale";
import { dayText } from "./format";
import type { ReportPeriod } from "./report-period";

/** The line under every title naming the dates the figures cover. */
export function coveredDatesText(p: ReportPeriod, locale: Locale = "vi"): string {
  return PERIOD_TEXT[locale].covered({ from: dayText(p.from), to: dayText(p.to), nd09: p.cutoff === "nd09" });
}
