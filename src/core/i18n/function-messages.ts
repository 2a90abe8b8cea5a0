/**
 * What the BDG.* custom functions tell users (docs/design.md#functions): the messages of their #VALUE! and #N/A
 * errors, and the plan facts they return as text (frequencies, the TASKS header). Vietnamese
 * first, English second. Each error message says what was wrong and what to write instead.
 */
import type { Frequency } from "../plan/schema";
import type { Catalogue, Locale } from "./locale";
import { DEFAULT_LOCALE } from "./locale";

interface Value {
  /** The argument as the user gave it, already shown as text. */
  value: string;
}

export interface FunctionMessageParams {
  unknownTask: Value & { examples: string };
  missingTask: Record<string, never>;
  badYear: Value & { from: number; to: number };
  yearNeeded: { task: string };
  noObligation: { task: string };
  badGroup: Value;
  badSeverity: Value;
  badField: Value;
  badDate: Value;
  missingDate: Record<string, never>;
  notOneValue: { param: string };
  badData: Record<string, never>;
  noTableInRange: Record<string, never>;
  noTableInWorkbook: Record<string, never>;
  readFailed: { detail: string };
  noExcel: Record<string, never>;
  dataSheetName: Record<string, never>;
  frequency: { frequency: Frequency };
  tasksHeader: Record<string, never>;
}

type Keys = keyof FunctionMessageParams;

const FREQUENCY_VI: Record<Frequency, string> = {
  annual: "Hằng năm",
  campaign: "Đợt cao điểm hằng năm",
  once: "Một lần trong giai đoạn",
  "as-needed": "Khi có yêu cầu",
  group: "Nhóm nhiệm vụ",
  quarterly: "Hằng quý",
  "half-yearly": "6 tháng",
};

const FREQUENCY_EN: Record<Frequency, string> = {
  annual: "Annual",
  campaign: "Annual campaign",
  once: "Once in the period",
  "as-needed": "As needed",
  group: "Group of tasks",
  quarterly: "Quarterly",
  "half-yearly": "Half-yearly",
};

export const FUNCTION_MESSAGES: Catalogue<Keys, FunctionMessageParams> = {
  vi: {
    unknownTask: ({ value, examples }) => `Không có nhiệm vụ “${value}” trong kế hoạch. Ghi mã nhiệm vụ như ${examples}.`,
    missingTask: () => "Thiếu mã nhiệm vụ: ghi mã như II.2.1 hoặc III.1.",
    badYear: ({ value, from, to }) =>
      `Năm “${value}” không hợp lệ: ghi một năm từ ${from} đến ${to}, hoặc bỏ trống để tính cả giai đoạn.`,
    yearNeeded: ({ task }) => `Nhiệm vụ ${task} phải thực hiện mỗi năm: ghi năm cần xem tình trạng.`,
    noObligation: ({ task }) =>
      `Nhiệm vụ ${task} thực hiện khi có yêu cầu (hoặc là một nhóm) nên không có tình trạng theo năm; dùng BDG.COUNT để đếm hoạt động.`,
    badGroup: ({ value }) => `Nhóm “${value}” không hợp lệ: bỏ trống (tổng số), hoặc ghi “nữ”, “nam” hay “dtts”.`,
    badSeverity: ({ value }) =>
      `Mức “${value}” không hợp lệ: bỏ trống (mọi vấn đề), hoặc ghi “lỗi”, “cảnh báo” hay “thông tin”.`,
    badField: ({ value }) =>
      `Thông tin “${value}” không hợp lệ: ghi “title” (tên, mặc định), “lead” (đơn vị chủ trì), “frequency” (tần suất) hoặc “window” (thời gian đợt).`,
    badDate: ({ value }) => `Không đọc được ngày “${value}”: ghi ngày dạng dd/mm/yyyy hoặc chọn ô chứa ngày.`,
    missingDate: () => "Thiếu ngày: ghi ngày dạng dd/mm/yyyy hoặc chọn ô chứa ngày.",
    notOneValue: ({ param }) => `Đối số ${param} phải là một giá trị, không phải một vùng nhiều ô.`,
    badData: () => "Vùng dữ liệu không hợp lệ: chọn cả bảng theo dõi, gồm dòng tiêu đề (ví dụ TheoDoi[#All]).",
    noTableInRange: () =>
      "Không tìm thấy bảng theo dõi trong vùng dữ liệu: vùng phải gồm dòng tiêu đề (Nội dung, Thời gian, Đơn vị…) và các dòng hoạt động.",
    noTableInWorkbook: () =>
      "Không tìm thấy bảng theo dõi nào trong sổ làm việc: cần một trang có dòng tiêu đề (Nội dung, Thời gian, Đơn vị…). Có thể chèn mẫu từ ngăn BĐG.",
    readFailed: ({ detail }) => `Không đọc được sổ làm việc: ${detail}`,
    noExcel: () => "Hàm này cần Excel có bổ trợ BĐG đang chạy.",
    dataSheetName: () => "Vùng dữ liệu",
    frequency: ({ frequency }) => FREQUENCY_VI[frequency],
    tasksHeader: () => "Mã|Nhiệm vụ|Tần suất|Đơn vị chủ trì|Thời gian đợt",
  },
  en: {
    unknownTask: ({ value, examples }) => `The plan has no task “${value}”. Write a task id such as ${examples}.`,
    missingTask: () => "The task id is missing: write an id such as II.2.1 or III.1.",
    badYear: ({ value, from, to }) => `The year “${value}” is not valid: write a year from ${from} to ${to}, or leave it empty for the whole period.`,
    yearNeeded: ({ task }) => `Task ${task} is due every year: give the year whose status you want.`,
    noObligation: ({ task }) => `Task ${task} is done as needed (or is a group), so it has no status per year; use BDG.COUNT to count its activities.`,
    badGroup: ({ value }) => `The group “${value}” is not valid: leave it empty (everyone), or write “female”, “male” or “ethnic”.`,
    badSeverity: ({ value }) => `The severity “${value}” is not valid: leave it empty (all issues), or write “error”, “warning” or “info”.`,
    badField: ({ value }) => `The field “${value}” is not valid: write “title” (default), “lead”, “frequency” or “window”.`,
    badDate: ({ value }) => `The date “${value}” cannot be read: write it as dd/mm/yyyy or pick a cell holding a date.`,
    missingDate: () => "The date is missing: write it as dd/mm/yyyy or pick a cell holding a date.",
    notOneValue: ({ param }) => `The argument ${param} must be one value, not a range of several cells.`,
    badData: () => "The data range is not valid: select the whole tracking table with its header row (e.g. TheoDoi[#All]).",
    noTableInRange: () => "No tracking table in the data range: it must hold the header row (Nội dung, Thời gian, Đơn vị…) and the activity rows.",
    noTableInWorkbook: () => "No tracking table in the workbook: a sheet needs a header row (Nội dung, Thời gian, Đơn vị…). The BĐG pane can insert a template.",
    readFailed: ({ detail }) => `The workbook could not be read: ${detail}`,
    noExcel: () => "This function needs Excel with the BĐG add-in running.",
    dataSheetName: () => "Data range",
    frequency: ({ frequency }) => FREQUENCY_EN[frequency],
    tasksHeader: () => "Id|Task|Frequency|Lead unit|Campaign window",
  },
};

export type FunctionMessages = (typeof FUNCTION_MESSAGES)["vi"];

export function functionMessages(locale: Locale = DEFAULT_LOCALE): FunctionMessages {
  return FUNCTION_MESSAGES[locale];
}
