import type { Catalogue } from "./locale";

/**
 * How a date that is not a single day is written in reports and lists: Vietnamese administrative
 * usage ("tháng 5/2024", "quý IV/2021", "năm 2024") or its English counterpart.
 */
export interface DateWordParams {
  month: { month: number; year: number };
  quarter: { quarter: number; year: number };
  year: { year: number };
}

const ROMAN = ["I", "II", "III", "IV"];

export const DATE_WORDS: Catalogue<keyof DateWordParams, DateWordParams> = {
  vi: {
    month: ({ month, year }) => `tháng ${month}/${year}`,
    quarter: ({ quarter, year }) => `quý ${ROMAN[quarter - 1]}/${year}`,
    year: ({ year }) => `năm ${year}`,
  },
  en: {
    month: ({ month, year }) => `${String(month).padStart(2, "0")}/${year}`,
    quarter: ({ quarter, year }) => `Q${quarter} ${year}`,
    year: ({ year }) => String(year),
  },
};
