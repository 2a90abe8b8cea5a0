/** Texts of the Plan view: the plan in use, loading a plan file, the tracking template. */
import type { Catalogue, Locale } from "../../core/i18n/locale";
import type { Frequency } from "../../core/plan/schema";

const FREQUENCY: Record<Locale, Record<Frequency, string>> = {
  vi: { annual: "Hằng năm", campaign: "Đợt cao điểm", once: "Một lần trong giai đoạn", "as-needed": "Khi cần", group: "Nhóm nhiệm vụ", quarterly: "Hằng quý", "half-yearly": "6 tháng một lần" },
  en: { annual: "Every year", campaign: "Campaign", once: "Once in the period", "as-needed": "As needed", group: "Group of tasks", quarterly: "Quarterly", "half-yearly": "Half-yearly" },
};

export function frequencyLabel(f: Frequency, locale: Locale): string {
  return FREQUENCY[locale][f];
}

export interface PlanMessageParams {
  planInUse: void;
  planBuiltin: void;
  planCustom: void;
  planFromSheet: void;
  planSheetBroken: { sheet: string; n: number };
  planSheetBrokenBody: void;
  insertPlanSheet: void;
  insertPlanSheetHint: void;
  planSheetInsertedTitle: { sheet: string };
  planSheetInsertedBody: void;
  planSheetFailedTitle: void;
  planSheetInUse: { sheet: string };
  planFacts: { issuer: string; from: number; to: number; effective: string; tasks: number };
  loadPlan: void;
  loadPlanHint: void;
  useBuiltinPlan: void;
  planTasksTitle: void;
  tasksCount: { n: number };
  planRejectedTitle: void;
  planRejectedBody: void;
  planTooBig: { name: string };
  planUnreadableTitle: { name: string };
  planUnreadableBody: void;
  planSaveFailedTitle: void;
  planLoadedTitle: { title: string; tasks: number };
  planLoadedBody: void;
  planBuiltinRestoredTitle: void;
  savedPlanInvalidTitle: void;
  savedPlanInvalidBody: void;
  templateTitle: void;
  templateIntro: void;
  insertTemplate: void;
  templateInsertedTitle: { sheet: string };
  templateInsertedBody: void;
  templateFailedTitle: void;
}

export const PLAN_MESSAGES: Catalogue<keyof PlanMessageParams, PlanMessageParams> = {
  vi: {
    planInUse: () => "Kế hoạch đang dùng",
    planBuiltin: () => "Kế hoạch có sẵn",
    planCustom: () => "Nạp từ tệp",
    planFromSheet: () => "Trang kế hoạch trong sổ tính",
    planSheetBroken: ({ sheet, n }) => `Trang “${sheet}” có ${n} lỗi nên chưa dùng được`,
    planSheetBrokenBody: () => "Trong lúc chờ sửa, bảng tác vụ dùng kế hoạch dưới đây. Sửa các ô sau rồi bấm Kiểm tra:",
    insertPlanSheet: () => "Chèn trang kế hoạch",
    insertPlanSheetHint: () =>
      "Để theo dõi một kế hoạch mới (giai đoạn khác, cơ quan khác): chèn trang kế hoạch, sửa tên, số, giai đoạn và các nhiệm vụ cho đúng kế hoạch mới, rồi bấm Kiểm tra. Mọi kết quả sẽ theo trang này.",
    planSheetInsertedTitle: ({ sheet }) => `Đã chèn trang “${sheet}”`,
    planSheetInsertedBody: () => "Sửa trang này thành kế hoạch cần theo dõi; chọn Tần suất trong danh sách của ô, ghi Thời gian như hướng dẫn ở đầu trang.",
    planSheetFailedTitle: () => "Không chèn được trang kế hoạch",
    planSheetInUse: ({ sheet }) => `Sổ tính đã có trang “${sheet}”: kế hoạch trên trang đó đang được dùng; sửa trực tiếp trên trang.`,
    planFacts: ({ issuer, from, to, effective, tasks }) =>
      `${issuer} · Giai đoạn ${from}–${to} · Hiệu lực từ ${effective.split("-").reverse().join("/")} · ${tasks} nhiệm vụ`,
    loadPlan: () => "Dùng kế hoạch từ tệp đã lưu…",
    loadPlanHint: () => "Tệp kế hoạch do phần mềm xuất ra (bdg plan --json) cũng dùng được; kế hoạch được lưu trong sổ tính này.",
    useBuiltinPlan: () => "Quay về kế hoạch có sẵn",
    planTasksTitle: () => "Nhiệm vụ của kế hoạch",
    tasksCount: ({ n }) => `${n} nhiệm vụ`,
    planRejectedTitle: () => "Không nạp được kế hoạch",
    planRejectedBody: () => "Kế hoạch đang dùng được giữ nguyên. Sửa các chỗ sau trong tệp kế hoạch rồi chọn lại tệp:",
    planTooBig: ({ name }) => `Tệp “${name}” quá lớn để là một kế hoạch (quá 2 MB). Chọn đúng tệp kế hoạch đã lưu (.json).`,
    planUnreadableTitle: ({ name }) => `Không đọc được tệp “${name}”`,
    planUnreadableBody: () => "Kế hoạch đang dùng được giữ nguyên. Kiểm tra tệp có mở được không rồi chọn lại.",
    planSaveFailedTitle: () => "Không lưu được kế hoạch vào sổ tính",
    planLoadedTitle: ({ title, tasks }) => `Đã nạp kế hoạch “${title}” (${tasks} nhiệm vụ)`,
    planLoadedBody: () => "Kế hoạch được lưu trong sổ tính; kết quả kiểm tra và tiến độ được tính lại theo kế hoạch này.",
    planBuiltinRestoredTitle: () => "Đã quay lại kế hoạch có sẵn",
    savedPlanInvalidTitle: () => "Kế hoạch lưu trong sổ tính không hợp lệ",
    savedPlanInvalidBody: () => "Bảng tác vụ dùng kế hoạch có sẵn. Nạp lại tệp kế hoạch sau khi sửa các chỗ sau:",
    templateTitle: () => "Bảng theo dõi mẫu",
    templateIntro: () =>
      "Chèn một trang tính mới có sẵn tiêu đề cột đúng chuẩn và danh sách chọn cho mã nhiệm vụ, đơn vị chủ trì và tình trạng, để dữ liệu mới nhập vào đúng ngay từ đầu.",
    insertTemplate: () => "Chèn bảng theo dõi mẫu",
    templateInsertedTitle: ({ sheet }) => `Đã chèn trang “${sheet}”`,
    templateInsertedBody: () => "Nhập mỗi hoạt động một dòng; chọn mã nhiệm vụ, đơn vị và tình trạng trong danh sách của ô.",
    templateFailedTitle: () => "Không chèn được bảng theo dõi mẫu",
  },
  en: {
    planInUse: () => "Plan in use",
    planBuiltin: () => "Built-in plan",
    planCustom: () => "Loaded from a file",
    planFromSheet: () => "Plan sheet in the workbook",
    planSheetBroken: ({ sheet, n }) => `The sheet “${sheet}” has ${n} problem(s) and cannot be used yet`,
    planSheetBrokenBody: () => "Until it is fixed, the task pane uses the plan below. Fix these cells, then run the check:",
    insertPlanSheet: () => "Insert a plan sheet",
    insertPlanSheetHint: () =>
      "To track a new plan (another period, another agency): insert a plan sheet, change its name, number, period and tasks to the new plan's, then run the check. Every result follows that sheet.",
    planSheetInsertedTitle: ({ sheet }) => `Sheet “${sheet}” inserted`,
    planSheetInsertedBody: () => "Edit this sheet into the plan to track; pick Tần suất from each cell's list and write Thời gian as the note at the top says.",
    planSheetFailedTitle: () => "The plan sheet could not be inserted",
    planSheetInUse: ({ sheet }) => `The workbook already has the sheet “${sheet}”: its plan is in use; edit it there.`,
    planFacts: ({ issuer, from, to, effective, tasks }) => `${issuer} · Period ${from}–${to} · In force from ${effective} · ${tasks} tasks`,
    loadPlan: () => "Use a plan from a saved file…",
    loadPlanHint: () => "A plan file the software wrote (bdg plan --json) works too; the plan is saved in this workbook.",
    useBuiltinPlan: () => "Back to the built-in plan",
    planTasksTitle: () => "Tasks of the plan",
    tasksCount: ({ n }) => `${n} tasks`,
    planRejectedTitle: () => "The plan could not be loaded",
    planRejectedBody: () => "The plan in use is kept. Fix the following in the plan file and choose it again:",
    planTooBig: ({ name }) => `The file “${name}” is too large to be a plan (over 2 MB). Choose the saved plan file (.json).`,
    planUnreadableTitle: ({ name }) => `The file “${name}” could not be read`,
    planUnreadableBody: () => "The plan in use is kept. Check that the file opens, then choose it again.",
    planSaveFailedTitle: () => "The plan could not be saved in the workbook",
    planLoadedTitle: ({ title, tasks }) => `Plan “${title}” loaded (${tasks} tasks)`,
    planLoadedBody: () => "The plan is saved in the workbook; checks and progress are computed again with it.",
    planBuiltinRestoredTitle: () => "Back to the built-in plan",
    savedPlanInvalidTitle: () => "The plan saved in the workbook is not valid",
    savedPlanInvalidBody: () => "The task pane uses the built-in plan. Load the plan file again after fixing the following:",
    templateTitle: () => "Tracking template",
    templateIntro: () =>
      "Inserts a new sheet with the standard column headers and dropdown lists for task ids, lead units and statuses, so that new data is right from the start.",
    insertTemplate: () => "Insert a tracking template",
    templateInsertedTitle: ({ sheet }) => `Sheet “${sheet}” inserted`,
    templateInsertedBody: () => "Enter one activity per row; pick the task id, unit and status from each cell's list.",
    templateFailedTitle: () => "The tracking template could not be inserted",
  },
};
