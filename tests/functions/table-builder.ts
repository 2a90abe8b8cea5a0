/**
 * Tracking tables as Excel passes them to a custom function's `data` argument: a title row, a
 * header row in Vietnamese, activity rows, blanks as "" (or 0, as Excel on Windows passes them).
 */
import { builtinPlan } from "../../src/core/plan/load";
import type { FunctionContext } from "../../src/core/functions";
import { dayOf, serialFromDay } from "../../src/core/time/days";

export const HEADER = [
  "STT",
  "Mã NV",
  "Nội dung hoạt động",
  "Thời gian thực hiện",
  "Đơn vị chủ trì",
  "Tình trạng",
  "Tổng số",
  "Nữ",
  "Nam",
  "DTTS",
  "Kinh phí (triệu đồng)",
];

export type Row = [string, string, string | number, string, string, number | string, number | string, number | string, number | string, number | string];

/** Rows without the STT column (added by `rangeOf`). */
export const ROWS: Row[] = [
  ["II.1", "Quán triệt kế hoạch bình đẳng giới", "15/03/2022", "Lãnh đạo Ban", "Hoàn thành", 50, 20, 30, 10, 1.5],
  ["II.1", "Chỉ đạo lồng ghép bình đẳng giới", "10/05/2023", "Lãnh đạo Ban", "Đang thực hiện", 30, 12, 18, 5, 2],
  ["II.2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3", "08/03/2023", "Phòng Nghiệp vụ", "Hoàn thành", 100, 60, 40, 30, 5.25],
  ["III.1.1", "Cử công chức dự lớp bồi dưỡng về bình đẳng giới", serialFromDay(dayOf(2022, 6, 20)), "Phòng Nghiệp vụ", "Hoàn thành", 5, 3, 2, 1, 0.5],
  ["III.1.3", "Lồng ghép nội dung bình đẳng giới vào kế hoạch công tác", "2023", "Phòng Nghiệp vụ", "Chưa thực hiện", "", "", "", "", ""],
  ["III.2", "Tuyên truyền pháp luật tại thôn bản", "01/09/2023", "Phòng Nghiệp vụ", "Hủy", 40, 20, 20, 40, 3],
];

/** The range Excel would pass for TheoDoi[#All] with a title row above: every row as wide as the header. */
export function rangeOf(rows: Row[] = ROWS, blank: "" | 0 = ""): unknown[][] {
  const out: unknown[][] = [["BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI", ...Array(HEADER.length - 1).fill(blank)], [...HEADER]];
  rows.forEach((r, i) => out.push([i + 1, ...r.map((v) => (v === "" ? blank : v))]));
  return out;
}

/** Results as of 31/12/2023, in Vietnamese, built-in plan. */
export function context(over: Partial<FunctionContext> = {}): FunctionContext {
  return { plan: builtinPlan(), asOf: dayOf(2023, 12, 31), locale: "vi", date1904: false, ...over };
}
