/** Texts of the Progress view: overall progress, the task-by-year matrix and an obligation's details. */
import { formatNumber, type Catalogue } from "../../core/i18n/locale";

export interface ProgressMessageParams {
  progressIntro: void;
  readData: void;
  overallProgress: void;
  asOfLine: { date: string };
  doneOfDue: { done: number; due: number };
  nothingDueYet: void;
  noTrackingTable: void;
  noTrackingTableHint: void;
  matrixTitle: void;
  taskColumn: void;
  yearProgress: void;
  legend: void;
  matrixHint: void;
  cellLabel: { taskId: string; year: number | null; status: string; activities: number };
  dueLine: { due: string };
  activitiesBehind: { n: number };
  noActivities: void;
  noActivityText: void;
  rowLocation: { sheet: string; row: number };
  figuresTitle: void;
  figuresPeriod: void;
  figuresTotalsLabel: { period: string };
  figuresActivities: void;
  figuresActivitiesValue: { n: string; done: string };
  figuresParticipants: void;
  figuresWomen: void;
  figuresEthnic: void;
  figuresMoney: void;
  figuresMoneyValue: { money: string };
  figuresNoShare: void;
  figuresSharesNote: void;
  figuresByYearTitle: void;
  figuresYear: void;
  figuresParticipantsShort: void;
  figuresWomenShort: void;
  figuresMenShort: void;
  figuresUnknownShort: void;
  figuresWomenShare: void;
  figuresByTaskTitle: { n: number };
  figuresNoActivity: void;
  figuresNoTask: void;
  figuresTaskLine: { activities: string; participants: string; women: string; ethnic: string; money: string };
}

export const PROGRESS_MESSAGES: Catalogue<keyof ProgressMessageParams, ProgressMessageParams> = {
  vi: {
    progressIntro: () => "Tiến độ thực hiện từng nhiệm vụ theo năm, tính từ các bảng theo dõi trong sổ làm việc.",
    readData: () => "Đọc dữ liệu",
    overallProgress: () => "Tiến độ chung",
    asOfLine: ({ date }) => `Tính đến ngày ${date}`,
    doneOfDue: ({ done, due }) => `Đã hoàn thành ${formatNumber(done, "vi")}/${formatNumber(due, "vi")} nhiệm vụ theo năm đã đến hạn`,
    nothingDueYet: () => "Chưa có nhiệm vụ theo năm nào đến hạn.",
    noTrackingTable: () => "Không tìm thấy bảng theo dõi nào trong sổ làm việc, nên chưa tính được tiến độ.",
    noTrackingTableHint: () =>
      "Bảng theo dõi cần một dòng tiêu đề nêu các cột như Nội dung hoạt động, Thời gian, Đơn vị chủ trì. Xem lý do ở trang Kiểm tra; trang Kế hoạch có thể chèn một bảng mẫu.",
    matrixTitle: () => "Nhiệm vụ theo năm",
    taskColumn: () => "Nhiệm vụ",
    yearProgress: () => "Tiến độ năm",
    legend: () => "Chú giải",
    matrixHint: () => "Bấm vào một ô để xem các hoạt động được tính cho nhiệm vụ trong năm đó.",
    cellLabel: ({ taskId, year, status, activities }) =>
      `${taskId}, ${year !== null ? `năm ${year}` : "cả giai đoạn"}: ${status}, ${activities} hoạt động`,
    dueLine: ({ due }) => `Hạn: ${due}`,
    activitiesBehind: ({ n }) => `Hoạt động được tính (${n})`,
    noActivities: () => "Chưa có hoạt động nào được ghi nhận cho nhiệm vụ này trong năm.",
    noActivityText: () => "(chưa ghi nội dung)",
    rowLocation: ({ sheet, row }) => `${sheet}, dòng ${row}`,
    figuresTitle: () => "Số liệu báo cáo",
    figuresPeriod: () => "Kỳ",
    figuresTotalsLabel: ({ period }) => `Số liệu ${period.charAt(0).toLowerCase()}${period.slice(1)}`,
    figuresActivities: () => "Hoạt động",
    figuresActivitiesValue: ({ n, done }) => `${n} (hoàn thành ${done})`,
    figuresParticipants: () => "Người tham gia",
    figuresWomen: () => "Trong đó nữ",
    figuresEthnic: () => "Người dân tộc thiểu số",
    figuresMoney: () => "Kinh phí (triệu đồng)",
    figuresMoneyValue: ({ money }) => `${money} triệu đồng`,
    figuresNoShare: () => "chưa ghi",
    figuresSharesNote: () =>
      "Số liệu tính như trong báo cáo: bỏ qua hoạt động đã hủy và các giá trị bị báo lỗi ở trang Kiểm tra; tỷ lệ tính trên các hoạt động ghi đủ cả hai số.",
    figuresByYearTitle: () => "Người tham gia theo giới tính, từng năm",
    figuresYear: () => "Năm",
    figuresParticipantsShort: () => "Tổng",
    figuresWomenShort: () => "Nữ",
    figuresMenShort: () => "Nam",
    figuresUnknownShort: () => "Chưa ghi giới tính",
    figuresWomenShare: () => "Tỷ lệ nữ",
    figuresByTaskTitle: ({ n }) => `Theo nhiệm vụ (${n})`,
    figuresNoActivity: () => "Chưa có hoạt động nào trong kỳ này.",
    figuresNoTask: () => "Hoạt động chưa rõ nhiệm vụ",
    figuresTaskLine: ({ activities, participants, women, ethnic, money }) =>
      `${activities} hoạt động · ${participants} người, nữ ${women} · DTTS ${ethnic} · ${money}`,
  },
  en: {
    progressIntro: () => "Progress of each task by year, computed from the tracking tables of the workbook.",
    readData: () => "Read the data",
    overallProgress: () => "Overall progress",
    asOfLine: ({ date }) => `As of ${date}`,
    doneOfDue: ({ done, due }) => `${formatNumber(done, "en")} of ${formatNumber(due, "en")} yearly tasks due are done`,
    nothingDueYet: () => "Nothing is due yet.",
    noTrackingTable: () => "No tracking table was found in the workbook, so there is no progress to show.",
    noTrackingTableHint: () =>
      "A tracking table needs a header row naming columns such as Nội dung hoạt động, Thời gian, Đơn vị chủ trì. The Check view says why; the Plan view can insert one.",
    matrixTitle: () => "Tasks by year",
    taskColumn: () => "Task",
    yearProgress: () => "Year progress",
    legend: () => "Legend",
    matrixHint: () => "Click a cell to see the activities counted for that task in that year.",
    cellLabel: ({ taskId, year, status, activities }) => `${taskId}, ${year !== null ? year : "whole period"}: ${status}, ${activities} activities`,
    dueLine: ({ due }) => `Due: ${due}`,
    activitiesBehind: ({ n }) => `Activities counted (${n})`,
    noActivities: () => "No activity has been recorded for this task in this year.",
    noActivityText: () => "(no description)",
    rowLocation: ({ sheet, row }) => `${sheet}, row ${row}`,
    figuresTitle: () => "Report figures",
    figuresPeriod: () => "Period",
    figuresTotalsLabel: ({ period }) => `Figures, ${period}`,
    figuresActivities: () => "Activities",
    figuresActivitiesValue: ({ n, done }) => `${n} (${done} done)`,
    figuresParticipants: () => "Participants",
    figuresWomen: () => "of whom women",
    figuresEthnic: () => "Ethnic-minority people",
    figuresMoney: () => "Money (million VND)",
    figuresMoneyValue: ({ money }) => `${money} million VND`,
    figuresNoShare: () => "not recorded",
    figuresSharesNote: () =>
      "Counted as in the reports: cancelled activities and values flagged in Check are left out; shares are over the activities that recorded both numbers.",
    figuresByYearTitle: () => "Participants by sex, year by year",
    figuresYear: () => "Year",
    figuresParticipantsShort: () => "Total",
    figuresWomenShort: () => "Women",
    figuresMenShort: () => "Men",
    figuresUnknownShort: () => "Sex not recorded",
    figuresWomenShare: () => "Women %",
    figuresByTaskTitle: ({ n }) => `By task (${n})`,
    figuresNoActivity: () => "No activity in this period yet.",
    figuresNoTask: () => "Activities of no known task",
    figuresTaskLine: ({ activities, participants, women, ethnic, money }) =>
      `${activities} activities · ${participants} people, women ${women} · ethnic minority ${ethnic} · ${money}`,
  },
};
