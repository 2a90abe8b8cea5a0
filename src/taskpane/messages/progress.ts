/** Texts of the Progress view: overall progress, the task-by-year matrix and an obligation's details. */
import type { Catalogue } from "../../core/i18n/locale";

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
}

export const PROGRESS_MESSAGES: Catalogue<keyof ProgressMessageParams, ProgressMessageParams> = {
  vi: {
    progressIntro: () => "Tiến độ thực hiện từng nhiệm vụ theo năm, tính từ các bảng theo dõi trong sổ tính.",
    readData: () => "Đọc dữ liệu",
    overallProgress: () => "Tiến độ chung",
    asOfLine: ({ date }) => `Tính đến ngày ${date}`,
    doneOfDue: ({ done, due }) => `${done}/${due} nghĩa vụ đến hạn đã hoàn thành`,
    nothingDueYet: () => "Chưa có nghĩa vụ nào đến hạn.",
    noTrackingTable: () => "Không tìm thấy bảng theo dõi nào trong sổ tính, nên chưa tính được tiến độ.",
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
    noActivities: () => "Chưa có hoạt động nào được ghi nhận cho nghĩa vụ này.",
    noActivityText: () => "(chưa ghi nội dung)",
    rowLocation: ({ sheet, row }) => `${sheet}, dòng ${row}`,
  },
  en: {
    progressIntro: () => "Progress of each task by year, computed from the tracking tables of the workbook.",
    readData: () => "Read the data",
    overallProgress: () => "Overall progress",
    asOfLine: ({ date }) => `As of ${date}`,
    doneOfDue: ({ done, due }) => `${done} of ${due} obligations due are done`,
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
    noActivities: () => "No activity has been recorded for this obligation.",
    noActivityText: () => "(no description)",
    rowLocation: ({ sheet, row }) => `${sheet}, row ${row}`,
  },
};
