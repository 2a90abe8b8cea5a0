/*
 * The BDG.* custom functions (docs/design.md#functions), as Excel sees them. custom-functions-metadata reads the
 * JSDoc below to write functions.json, and its webpack plugin appends the CustomFunctions.associate
 * calls: keep every function an exported `function` declaration with inline parameter types (no
 * type aliases, no arrow functions), and add no associate call here.
 *
 * Each function is one line: its arguments go, by position, to the core declaration of the same
 * name (src/core/functions), which checks and coerces them. The parameter types are what
 * functions.json declares (a union would turn `data` into a scalar "any"); at run time an omitted
 * optional argument arrives as null, and the core takes every argument as unknown.
 * The tracking functions stream: without a data range they follow the workbook's own tables and
 * show new results when the sheets change (see README.md beside this file).
 */
import { planValue, streamTracking } from "./function-runtime";

/**
 * Tiến độ thực hiện kế hoạch: số nghĩa vụ đã hoàn thành chia cho số nghĩa vụ đã đến hạn (0 đến 1); để trống khi chưa có nghĩa vụ nào đến hạn.
 * @customfunction PROGRESS PROGRESS
 * @param [scope] Mã nhiệm vụ hoặc nhóm, ví dụ "III.1"; bỏ trống: cả kế hoạch.
 * @param [year] Năm, ví dụ 2024; bỏ trống: cả giai đoạn.
 * @param [data] Bảng theo dõi gồm dòng tiêu đề, ví dụ TheoDoi[#All]; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function progress(
  scope: string,
  year: number | string | null,
  data: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<number | string>,
): void {
  streamTracking("PROGRESS", [scope, year, data], invocation);
}

/**
 * Tình trạng của một nhiệm vụ trong một năm: Hoàn thành, Đang thực hiện, Chưa thực hiện, Quá hạn hoặc Không áp dụng.
 * @customfunction STATUS STATUS
 * @param task Mã nhiệm vụ, ví dụ "II.2.4".
 * @param year Năm, ví dụ 2024 (nhiệm vụ thực hiện một lần: có thể bỏ trống).
 * @param [data] Bảng theo dõi gồm dòng tiêu đề; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function status(task: string, year: number | string | null, data: unknown[][], invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamTracking("STATUS", [task, year, data], invocation);
}

/**
 * Số hoạt động (không tính hoạt động đã hủy).
 * @customfunction COUNT COUNT
 * @param [scope] Mã nhiệm vụ hoặc nhóm; bỏ trống: cả kế hoạch.
 * @param [year] Năm; bỏ trống: cả giai đoạn.
 * @param [data] Bảng theo dõi gồm dòng tiêu đề; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function count(scope: string, year: number | string | null, data: unknown[][], invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamTracking("COUNT", [scope, year, data], invocation);
}

/**
 * Số người tham gia các hoạt động: tổng số, nữ, nam hoặc người dân tộc thiểu số.
 * @customfunction PARTICIPANTS PARTICIPANTS
 * @param [scope] Mã nhiệm vụ hoặc nhóm; bỏ trống: cả kế hoạch.
 * @param [year] Năm; bỏ trống: cả giai đoạn.
 * @param [group] "nữ", "nam" hoặc "dtts"; bỏ trống: tổng số.
 * @param [data] Bảng theo dõi gồm dòng tiêu đề; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function participants(
  scope: string,
  year: number | string | null,
  group: string,
  data: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamTracking("PARTICIPANTS", [scope, year, group, data], invocation);
}

/**
 * Kinh phí đã chi cho các hoạt động, tính bằng triệu đồng.
 * @customfunction BUDGET BUDGET
 * @param [scope] Mã nhiệm vụ hoặc nhóm; bỏ trống: cả kế hoạch.
 * @param [year] Năm; bỏ trống: cả giai đoạn.
 * @param [data] Bảng theo dõi gồm dòng tiêu đề; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function budget(scope: string, year: number | string | null, data: unknown[][], invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamTracking("BUDGET", [scope, year, data], invocation);
}

/**
 * Số vấn đề khi kiểm tra bảng theo dõi, ở mức đã chọn hoặc nặng hơn.
 * @customfunction ISSUES ISSUES
 * @param [severity] "lỗi", "cảnh báo" hoặc "thông tin"; bỏ trống: mọi vấn đề.
 * @param [data] Bảng theo dõi gồm dòng tiêu đề; bỏ trống: các bảng theo dõi trong sổ tính.
 * @param invocation Do Excel cung cấp.
 */
export function issues(severity: string, data: unknown[][], invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamTracking("ISSUES", [severity, data], invocation);
}

/**
 * Thông tin về một nhiệm vụ của kế hoạch: tên, đơn vị chủ trì, tần suất hoặc thời gian đợt.
 * @customfunction TASK TASK
 * @param task Mã nhiệm vụ, ví dụ "III.1.2".
 * @param [field] "title" (tên, mặc định), "lead" (đơn vị chủ trì), "frequency" (tần suất) hoặc "window" (thời gian đợt).
 * @returns Thông tin cần tìm.
 */
export function task(task: string, field: string): Promise<string> {
  return planValue<string>("TASK", [task, field]);
}

/**
 * Bảng các nhiệm vụ của kế hoạch: mã, tên, tần suất, đơn vị chủ trì, thời gian đợt.
 * @customfunction TASKS TASKS
 * @param [scope] Mã nhóm, ví dụ "III.1"; bỏ trống: cả kế hoạch.
 * @returns Bảng tràn ra các ô bên dưới và bên phải.
 */
export function tasks(scope: string): Promise<string[][]> {
  return planValue<string[][]>("TASKS", [scope]);
}

/**
 * Mã đợt truyền thông cao điểm có thời gian chứa ngày đã cho, hoặc để trống.
 * @customfunction CAMPAIGN CAMPAIGN
 * @param date Ngày (ô ngày hoặc văn bản dd/mm/yyyy).
 * @returns Mã đợt, ví dụ "II.2.4".
 */
export function campaign(date: number | string): Promise<string> {
  return planValue<string>("CAMPAIGN", [date]);
}
