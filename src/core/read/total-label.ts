/**
 * What a total row's label says it closes. Ranks order the scopes a total can close:
 * a month inside a quarter inside a half-year inside a year, then a part of the user's outline,
 * then the whole table.
 */
export const RANK_MONTH = 1;
export const RANK_QUARTER = 2;
export const RANK_HALF_YEAR = 3;
export const RANK_YEAR = 4;
/** "Cộng I", "Cộng (A)", "Cộng mục II": a part of the outline. */
export const RANK_SECTION = 5;
/** "Tổng cộng": every row of the table. */
export const RANK_GRAND = 6;

export interface TotalLabel {
  rank: number;
  /** A bare "Cộng": it closes the rows since the previous heading or total, whatever they are. */
  plain: boolean;
}

const TOTAL_WORD = /^(tong cong|cong|tong so|tong)(?: (.*))?$/;
const SECTION_REF = /^(?:(?:muc|phan) )?(?:[a-h]|[ivx]+|\d+)(?: (?:[a-h]|[ivx]+|\d+))*$/;
const WHOLE = /^(?:toan bo|chung|cac muc|tat ca)$/;
const YEAR_SUFFIX = "(?: nam (?:20\\d\\d|nay))?";
const PERIODS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(`^thang (?:\\d{1,2}|[ivx]+)${YEAR_SUFFIX}$`), RANK_MONTH],
  [new RegExp(`^quy (?:[ivx]+|[1-4])${YEAR_SUFFIX}$`), RANK_QUARTER],
  [new RegExp(`^(?:6 thang (?:dau|cuoi) nam|nua (?:dau|cuoi) nam|nua nam (?:dau|cuoi))(?: (?:20\\d\\d|nay))?$`), RANK_HALF_YEAR],
  [/^(?:nam (?:20\d\d|nay)|ca nam(?: 20\d\d)?)$/, RANK_YEAR],
];

/** The period a label names on its own ("Quý I", "NĂM 2022", "6 tháng đầu năm"), as a rank; null when none. */
export function periodRank(key: string): number | null {
  for (const [re, rank] of PERIODS) if (re.test(key)) return rank;
  return null;
}

/**
 * The total a row's first text (folded) announces, or null when it is no total: "Cộng đồng …" and
 * "Tổng kết …" are activities.
 */
export function readTotalLabel(key: string): TotalLabel | null {
  const m = TOTAL_WORD.exec(key);
  if (!m) return null;
  const word = m[1];
  const rest = m[2] ?? "";
  const sub = word === "cong";
  if (rest === "") return sub ? { rank: RANK_SECTION, plain: true } : { rank: RANK_GRAND, plain: false };
  const period = periodRank(rest);
  if (period !== null) return { rank: period, plain: false };
  if (WHOLE.test(rest)) return { rank: RANK_GRAND, plain: false };
  if (SECTION_REF.test(rest)) return { rank: sub ? RANK_SECTION : RANK_GRAND, plain: false };
  return null;
}
