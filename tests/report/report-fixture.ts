/**
 * One tracking table whose report figures are worked out by hand in the tests, as of 30/06/2024:
 *
 *  #  task     date          status       people  women  DTTS  budget
 *  1  II.1     10/01/2023    completed      -      -      -     -
 *  2  II.2.1   08/03/2023    completed     100     60     80    5
 *  3  II.2.1   15/04/2023    completed      40     30     10    2      outside the 8/3 window
 *  4  II.2.4   20/11/2023    completed     200    120    150   15.5
 *  5  II.2.4   01/12/2023    cancelled      50     25     25    3      never counted
 *  6  III.1.1  09/2023       in progress     3      2      1    0
 *  7  III.2    20/08/2023    completed     150     45    140   12.25
 *  8  (none)   05/05/2023    completed      10      5      5    1      id "II.9", unknown
 *  9  III.1.5  30/12/2022    completed      -      -      -     4
 * 10  II.1     01/02/2022    completed      -      -      -     -
 * 11  II.2.2   20/06/2022    completed      90     50     70    6
 * 12  III.1.2  11/2022       in progress    -      -      -     -
 */
import { builtinPlan } from "../../src/core/plan/load";
import { DEFAULT_PROFILE, type OrgProfile } from "../../src/core/profile/profile";
import { obligationStatuses } from "../../src/core/progress";
import type { ReportInput } from "../../src/core/report";
import { dayOf } from "../../src/core/time/days";
import type { Issue } from "../../src/core/validate/issue";
import { daySpan, dataOf, monthSpan, type ActivityOverrides } from "../helpers/tracking-fixtures";

export const plan = builtinPlan();
export const AS_OF = dayOf(2024, 6, 30);

const people = (participants: number, female: number, ethnicMinority: number, budget: number): ActivityOverrides => ({
  participants,
  female,
  ethnicMinority,
  budget,
});

export const ROWS: ActivityOverrides[] = [
  { taskId: "II.1", date: daySpan(2023, 1, 10), activity: "Chỉ đạo triển khai công tác BĐG năm 2023" },
  { taskId: "II.2.1", date: daySpan(2023, 3, 8), activity: "Nói chuyện chuyên đề nhân Ngày 8/3", ...people(100, 60, 80, 5) },
  { taskId: "II.2.1", date: daySpan(2023, 4, 15), activity: "Truyền thông 8/3 tổ chức muộn", ...people(40, 30, 10, 2) },
  { taskId: "II.2.4", date: daySpan(2023, 11, 20), activity: "Mít tinh hưởng ứng Tháng hành động", unit: "Phòng Nghiệp vụ", ...people(200, 120, 150, 15.5) },
  { taskId: "II.2.4", date: daySpan(2023, 12, 1), activity: "Hội thi bị hủy", status: "cancelled", ...people(50, 25, 25, 3) },
  { taskId: "III.1.1", date: monthSpan(2023, 9), activity: "Cử công chức đi bồi dưỡng", status: "in-progress", ...people(3, 2, 1, 0) },
  { taskId: "III.2", date: daySpan(2023, 8, 20), activity: "Lồng ghép tuyên truyền Luật Bình đẳng giới", ...people(150, 45, 140, 12.25) },
  { taskId: null, unknownTaskId: "II.9", taskSource: null, taskConfidence: 0, date: daySpan(2023, 5, 5), activity: "Hoạt động ghi mã sai", ...people(10, 5, 5, 1) },
  { taskId: "III.1.5", date: daySpan(2022, 12, 30), activity: "Khen thưởng tập thể", unit: "Văn phòng", budget: 4 },
  { taskId: "II.1", date: daySpan(2022, 2, 1), activity: "Chỉ đạo lồng ghép BĐG năm 2022" },
  { taskId: "II.2.2", date: daySpan(2022, 6, 20), activity: "Việc nhà bình đẳng 2022", ...people(90, 50, 70, 6) },
  { taskId: "III.1.2", date: monthSpan(2022, 11), activity: "Dự thảo chính sách hỗ trợ đặc thù", status: "in-progress" },
];

export const data = dataOf(ROWS);
export const statuses = obligationStatuses(data, plan, AS_OF);

/** The sheet row of fixture row #n (1-based as in the table above). */
export const rowOf = (n: number): number => data.activities[n - 1].row;

export const ISSUES: Issue[] = [
  { rule: "female-exceeds-total", severity: "error", message: "…", sheet: "Theo dõi", cell: `G${rowOf(4)}`, row: rowOf(4) },
  { rule: "bad-number", severity: "error", message: "…", sheet: "Theo dõi", cell: `F${rowOf(11)}`, row: rowOf(11) },
  { rule: "duplicate-activity", severity: "warning", message: "…", sheet: "Theo dõi", cell: `B${rowOf(7)}`, row: rowOf(7) },
  // Stated elsewhere in the report (progress, overdue) or nothing to fix: never listed as data problems.
  { rule: "missing-task-year", severity: "error", message: "…", taskId: "III.1.3", year: 2023 },
  { rule: "missing-evidence", severity: "info", message: "…", sheet: "Theo dõi", cell: `K${rowOf(2)}`, row: rowOf(2) },
];

export function input(year: number | null, profile: OrgProfile = DEFAULT_PROFILE): ReportInput {
  return { data, statuses, issues: ISSUES, plan, profile, year, asOf: AS_OF };
}
