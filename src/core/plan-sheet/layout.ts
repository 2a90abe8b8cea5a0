import type { Frequency } from "../plan/schema";
import { foldKey } from "../text/normalize";

/** The columns of a plan sheet's task table, in the order the writer lays them out. */
export const PLAN_COLUMNS = ["code", "title", "frequency", "window", "lead", "partners", "short", "keywords", "weakKeywords"] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The header the writer puts over each column. */
export const PLAN_HEADERS: Record<PlanColumn, string> = {
  code: "Mã",
  title: "Nhiệm vụ",
  frequency: "Tần suất",
  window: "Thời gian",
  lead: "Đơn vị chủ trì",
  partners: "Đơn vị phối hợp",
  short: "Tên ngắn",
  keywords: "Từ khóa",
  weakKeywords: "Từ khóa phụ",
};

/** Columns a table must have to be read as a plan. */
export const REQUIRED_COLUMNS: readonly PlanColumn[] = ["code", "title", "frequency", "lead"];

/**
 * Which column a header label (folded, the rows of a merged header joined) names. Order matters:
 * "mã nhiệm vụ" is the code, "từ khóa phụ" before "từ khóa".
 */
export function columnOfLabel(label: string): PlanColumn | null {
  if (label === "") return null;
  if (label === "ma" || label === "ma so" || label.startsWith("ma nhiem vu") || label === "ma nv" || label === "so hieu") return "code";
  if (label.includes("tan suat")) return "frequency";
  if (label.includes("tu khoa phu")) return "weakKeywords";
  if (label.includes("tu khoa")) return "keywords";
  if (label.includes("ten ngan") || label.includes("ten rut gon")) return "short";
  if (label.includes("chu tri")) return "lead";
  if (label.includes("phoi hop")) return "partners";
  if (label.includes("thoi gian") || label.includes("thoi han")) return "window";
  if (label.includes("nhiem vu") || label.includes("noi dung")) return "title";
  return null;
}

/** The words the writer puts in the Tần suất column (and the dropdown offers), by frequency. */
export const FREQUENCY_WORDS: Record<Exclude<Frequency, "group">, string> = {
  annual: "Hằng năm",
  once: "Một lần",
  campaign: "Theo đợt",
  quarterly: "Hằng quý",
  "half-yearly": "6 tháng",
  "as-needed": "Khi có yêu cầu",
};

/** Every way of writing a frequency the reader accepts, folded (diacritics and case off). */
const FREQUENCY_BY_WORDS = new Map<string, Frequency>([
  ...Object.entries(FREQUENCY_WORDS).map(([f, w]) => [foldKey(w), f as Frequency] as const),
  ...(
    [
      ["hang nam", "annual"],
      ["moi nam", "annual"],
      ["nam", "annual"],
      ["hang nam 1 lan", "annual"],
      ["annual", "annual"],
      ["mot lan", "once"],
      ["1 lan", "once"],
      ["mot lan trong giai doan", "once"],
      ["once", "once"],
      ["dot", "campaign"],
      ["theo dot", "campaign"],
      ["dot cao diem", "campaign"],
      ["dot cao diem hang nam", "campaign"],
      ["chien dich", "campaign"],
      ["campaign", "campaign"],
      ["hang quy", "quarterly"],
      ["moi quy", "quarterly"],
      ["quy", "quarterly"],
      ["theo quy", "quarterly"],
      ["quarterly", "quarterly"],
      ["6 thang", "half-yearly"],
      ["6 thang 1 lan", "half-yearly"],
      ["6 thang mot lan", "half-yearly"],
      ["sau thang", "half-yearly"],
      ["sau thang mot lan", "half-yearly"],
      ["nua nam", "half-yearly"],
      ["hang nua nam", "half-yearly"],
      ["half yearly", "half-yearly"],
      ["khi co yeu cau", "as-needed"],
      ["khi can", "as-needed"],
      ["theo yeu cau", "as-needed"],
      ["as needed", "as-needed"],
      ["nhom", "group"],
      ["nhom nhiem vu", "group"],
    ] as const
  ).map(([w, f]) => [w, f as Frequency] as const),
]);

/** The frequency a Tần suất cell names, or null when the words are not known. */
export function frequencyOfWords(text: string): Frequency | null {
  return FREQUENCY_BY_WORDS.get(foldKey(text)) ?? null;
}
