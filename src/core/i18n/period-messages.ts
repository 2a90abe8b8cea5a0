/** How a report names the dates it covers (report-period.ts), in both languages. */
import type { Locale } from "./locale";

export interface PeriodTexts {
  /** Printed under each title: "(Số liệu từ ngày 15/12/2023 đến ngày 14/6/2024)". */
  covered: (p: { from: string; to: string; nd09: boolean }) => string;
  /** "6 tháng đầu năm 2024". */
  half: (p: { year: number }) => string;
}

export const PERIOD_TEXT: Record<Locale, PeriodTexts> = {
  vi: {
    covered: ({ from, to, nd09 }) =>
      `(Số liệu từ ngày ${from} đến ngày ${to}${nd09 ? ", theo thời gian chốt số liệu của Nghị định số 09/2019/NĐ-CP" : ""})`,
    half: ({ year }) => `6 tháng đầu năm ${year}`,
  },
  en: {
    covered: ({ from, to, nd09 }) => `(Figures from ${from} to ${to}${nd09 ? ", the cut-off of Decree 09/2019/NĐ-CP" : ""})`,
    half: ({ year }) => `first six months of ${year}`,
  },
};
