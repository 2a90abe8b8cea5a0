import type { Catalogue, Locale } from "./locale";

/**
 * Why a plan file (JSON) was refused, in a clerk's words: which task (by its code), which field
 * (by the name the plan sheet gives its column), what is wrong and what to write instead. Never
 * the parser's own words (positions, types, "undefined").
 */

/** The fields of a plan file a message can name. */
export type PlanFileField =
  | "id"
  | "title"
  | "shortTitle"
  | "frequency"
  | "window"
  | "windowStart"
  | "windowEnd"
  | "deadline"
  | "lead"
  | "partners"
  | "keywords"
  | "weakKeywords"
  | "planId"
  | "planTitle"
  | "issuer"
  | "number"
  | "issuedOn"
  | "period"
  | "periodStart"
  | "periodEnd"
  | "effectiveDate"
  | "sections"
  | "sectionTitle"
  | "tasks"
  | "units"
  | "unitName"
  | "aliases"
  | "subjectKeywords"
  | "communesFrom"
  | "other";

/** What kind of value a field holds, to say what it must be. */
export type ValueKind = "text" | "number" | "list" | "group";

export interface PlanMessageParams {
  /** A workbook (.xlsx: a zip, "PK…") given where a plan file was expected. */
  workbookNotJson: Record<string, never>;
  /** The text is not JSON at all; `line` when the parser said where. */
  damaged: { line: number | null };
  /** Empty file. */
  emptyFile: Record<string, never>;
  /** Valid JSON, but not a plan (an array, a number…). */
  notAPlan: Record<string, never>;
  /** "Nhiệm vụ II.2.1", "Nhiệm vụ thứ 4", "Kế hoạch", "Đơn vị thứ 2". */
  whereTask: { code: string | null; n: number };
  wherePlan: Record<string, never>;
  whereItem: { field: PlanFileField; n: number };
  fieldName: { field: PlanFileField };
  /** "{where}, {field}: {problem}; {fix}." */
  line: { where: string; field: string | null; problem: string; fix: string | null };
  missing: Record<string, never>;
  empty: Record<string, never>;
  emptyList: Record<string, never>;
  wrongKind: { kind: ValueKind };
  badValue: { value: string };
  notARealDay: { value: string };
  duplicateCode: { code: string };
  periodOrder: Record<string, never>;
  campaignWithoutWindow: Record<string, never>;
  windowNotCampaign: Record<string, never>;
  deadlineNotOnce: Record<string, never>;
  notATask: Record<string, never>;
  /** What to write in a field. */
  fix: { field: PlanFileField };
  fixCampaignWindow: Record<string, never>;
  fixWindowNotCampaign: Record<string, never>;
  fixDeadlineNotOnce: Record<string, never>;
  fixDuplicate: Record<string, never>;
}

const FREQUENCIES_VI = "Hằng năm, Một lần, Theo đợt, Khi có yêu cầu, Hằng quý hoặc 6 tháng";

const FIELD_VI: Record<PlanFileField, string> = {
  id: "Mã",
  title: "Nhiệm vụ",
  shortTitle: "Tên ngắn",
  frequency: "Tần suất",
  window: "Thời gian",
  windowStart: "Thời gian (ngày bắt đầu đợt)",
  windowEnd: "Thời gian (ngày kết thúc đợt)",
  deadline: "Thời hạn",
  lead: "Đơn vị chủ trì",
  partners: "Đơn vị phối hợp",
  keywords: "Từ khóa",
  weakKeywords: "Từ khóa phụ",
  planId: "Mã kế hoạch",
  planTitle: "Tên kế hoạch",
  issuer: "Cơ quan ban hành",
  number: "Số kế hoạch",
  issuedOn: "Ngày ban hành",
  period: "Giai đoạn",
  periodStart: "Giai đoạn (năm đầu)",
  periodEnd: "Giai đoạn (năm cuối)",
  effectiveDate: "Ngày hiệu lực",
  sections: "Mục",
  sectionTitle: "Tên mục",
  tasks: "Danh sách nhiệm vụ",
  units: "Đơn vị",
  unitName: "Tên đơn vị",
  aliases: "Tên gọi khác",
  subjectKeywords: "Từ khóa chủ đề",
  communesFrom: "Xã, phường là đơn vị từ ngày",
  other: "Nội dung",
};

const FIELD_EN: Record<PlanFileField, string> = {
  id: "Mã (code)",
  title: "Nhiệm vụ (task)",
  shortTitle: "Tên ngắn (short name)",
  frequency: "Tần suất (frequency)",
  window: "Thời gian (time)",
  windowStart: "Thời gian (first day of the window)",
  windowEnd: "Thời gian (last day of the window)",
  deadline: "Thời hạn (deadline)",
  lead: "Đơn vị chủ trì (lead unit)",
  partners: "Đơn vị phối hợp (partner units)",
  keywords: "Từ khóa (keywords)",
  weakKeywords: "Từ khóa phụ (secondary keywords)",
  planId: "Mã kế hoạch (plan code)",
  planTitle: "Tên kế hoạch (plan name)",
  issuer: "Cơ quan ban hành (issuing agency)",
  number: "Số kế hoạch (plan number)",
  issuedOn: "Ngày ban hành (date of issue)",
  period: "Giai đoạn (period)",
  periodStart: "Giai đoạn (first year)",
  periodEnd: "Giai đoạn (last year)",
  effectiveDate: "Ngày hiệu lực (effective date)",
  sections: "Mục (section)",
  sectionTitle: "Tên mục (section name)",
  tasks: "Danh sách nhiệm vụ (task list)",
  units: "Đơn vị (unit)",
  unitName: "Tên đơn vị (unit name)",
  aliases: "Tên gọi khác (other names)",
  subjectKeywords: "Từ khóa chủ đề (subject keywords)",
  communesFrom: "Xã, phường là đơn vị từ ngày (communes from)",
  other: "Nội dung (content)",
};

const DAY_OF_YEAR_VI = "ghi ngày/tháng đủ hai chữ số, ví dụ “01/03” hay “15/11”";
const ISO_DAY_VI = "ghi năm-tháng-ngày, ví dụ “2027-06-30”";
const FIX_VI: Partial<Record<PlanFileField, string>> = {
  id: "ghi mã như trong kế hoạch, ví dụ “II.2.1” (mục bằng số La Mã)",
  title: "ghi tên nhiệm vụ như trong kế hoạch",
  shortTitle: "ghi một tên ngắn, hoặc bỏ hẳn mục này",
  frequency: `ghi một trong: ${FREQUENCIES_VI}`,
  window: "ghi ngày bắt đầu và ngày kết thúc đợt, ví dụ từ “01/03” đến “31/03”",
  windowStart: DAY_OF_YEAR_VI,
  windowEnd: DAY_OF_YEAR_VI,
  deadline: ISO_DAY_VI,
  lead: "ghi tên đơn vị chủ trì như trong kế hoạch",
  partners: "ghi tên từng đơn vị phối hợp",
  keywords: "ghi từng từ khóa, không để trống",
  weakKeywords: "ghi từng từ khóa, không để trống",
  planTitle: "ghi tên kế hoạch như văn bản ban hành",
  issuer: "ghi tên cơ quan ban hành",
  planId: "ghi một mã ngắn cho kế hoạch",
  number: "ghi số kế hoạch, ví dụ “15/KH-SDTTG”",
  issuedOn: ISO_DAY_VI,
  period: "ghi năm đầu và năm cuối, ví dụ 2026 và 2030",
  periodStart: "ghi năm đầu bằng số, ví dụ 2026",
  periodEnd: "ghi năm cuối bằng số, ví dụ 2030",
  effectiveDate: ISO_DAY_VI,
  communesFrom: ISO_DAY_VI,
  tasks: "ghi ít nhất một nhiệm vụ",
  unitName: "ghi tên đơn vị",
  sectionTitle: "ghi tên mục như trong kế hoạch",
  subjectKeywords: "ghi từng từ khóa, không để trống",
};

const FREQUENCIES_EN = "Hằng năm (annual), Một lần (once), Theo đợt (campaign), Khi có yêu cầu (as needed), Hằng quý (quarterly) or 6 tháng (half-yearly)";
const DAY_OF_YEAR_EN = "write day/month with two digits each, e.g. “01/03” or “15/11”";
const ISO_DAY_EN = "write year-month-day, e.g. “2027-06-30”";
const FIX_EN: Partial<Record<PlanFileField, string>> = {
  id: "write the code as in the plan, e.g. “II.2.1” (a section in roman numerals)",
  title: "write the task's name as in the plan",
  shortTitle: "write a short name, or leave the entry out",
  frequency: `write one of: ${FREQUENCIES_EN}`,
  window: "write the first and last day of the window, e.g. from “01/03” to “31/03”",
  windowStart: DAY_OF_YEAR_EN,
  windowEnd: DAY_OF_YEAR_EN,
  deadline: ISO_DAY_EN,
  lead: "write the lead unit's name as in the plan",
  partners: "write the name of each partner unit",
  keywords: "write each keyword, none blank",
  weakKeywords: "write each keyword, none blank",
  planTitle: "write the plan's name as issued",
  issuer: "write the issuing agency's name",
  planId: "write a short code for the plan",
  number: "write the plan's number, e.g. “15/KH-SDTTG”",
  issuedOn: ISO_DAY_EN,
  period: "write the first and last years, e.g. 2026 and 2030",
  periodStart: "write the first year as a number, e.g. 2026",
  periodEnd: "write the last year as a number, e.g. 2030",
  effectiveDate: ISO_DAY_EN,
  communesFrom: ISO_DAY_EN,
  tasks: "write at least one task",
  unitName: "write the unit's name",
  sectionTitle: "write the section's name as in the plan",
  subjectKeywords: "write each keyword, none blank",
};

const KIND_VI: Record<ValueKind, string> = { text: "chữ", number: "số", list: "một danh sách", group: "một nhóm các mục" };
const KIND_EN: Record<ValueKind, string> = { text: "text", number: "a number", list: "a list", group: "a group of entries" };

export const PLAN_MESSAGES: Catalogue<keyof PlanMessageParams, PlanMessageParams> = {
  vi: {
    workbookNotJson: () =>
      "Tệp này là sổ làm việc Excel (.xlsx), không phải tệp kế hoạch đã lưu. Kế hoạch ghi trong sổ làm việc thì dùng trang kế hoạch: mở sổ đó, bấm “Chèn trang kế hoạch” trong mục Kế hoạch, hoặc chạy “bdg … --plan tệp.xlsx”.",
    damaged: ({ line }) =>
      `Tệp bị hỏng hoặc không phải tệp kế hoạch đã lưu${line !== null ? ` (chỗ hỏng ở dòng ${line})` : ""}. Hãy chọn lại đúng tệp kế hoạch, hoặc dùng trang kế hoạch (“Chèn trang kế hoạch”).`,
    emptyFile: () => "Tệp trống, không có kế hoạch nào. Hãy chọn lại đúng tệp kế hoạch.",
    notAPlan: () => "Tệp này không phải tệp kế hoạch đã lưu: không có tên kế hoạch, giai đoạn hay danh sách nhiệm vụ. Hãy chọn lại đúng tệp.",
    whereTask: ({ code, n }) => (code !== null ? `Nhiệm vụ ${code}` : `Nhiệm vụ thứ ${n}`),
    wherePlan: () => "Kế hoạch",
    whereItem: ({ field, n }) => `${FIELD_VI[field]} thứ ${n}`,
    fieldName: ({ field }) => FIELD_VI[field],
    line: ({ where, field, problem, fix }) => `${where}${field ? `, ${field}` : ""}: ${problem}${fix ? `; ${fix}` : ""}.`,
    missing: () => "chưa ghi",
    empty: () => "đang để trống",
    emptyList: () => "chưa có mục nào",
    wrongKind: ({ kind }) => `phải ghi bằng ${KIND_VI[kind]}`,
    badValue: ({ value }) => `“${value}” không dùng được`,
    notARealDay: ({ value }) => `“${value}” không phải ngày có thật`,
    duplicateCode: ({ code }) => `mã ${code} bị trùng với một nhiệm vụ khác`,
    periodOrder: () => "năm đầu đứng sau năm cuối",
    campaignWithoutWindow: () => "nhiệm vụ Theo đợt chưa có thời gian đợt",
    windowNotCampaign: () => "chỉ nhiệm vụ Theo đợt mới có thời gian đợt",
    deadlineNotOnce: () => "chỉ nhiệm vụ Một lần mới có thời hạn",
    notATask: () => "không phải một nhiệm vụ (thiếu Mã, Nhiệm vụ, Tần suất, Đơn vị chủ trì)",
    fix: ({ field }) => FIX_VI[field] ?? "sửa lại cho đúng",
    fixCampaignWindow: () => "ghi ngày bắt đầu và kết thúc đợt, ví dụ từ “01/03” đến “31/03”",
    fixWindowNotCampaign: () => "bỏ thời gian đợt đi, hoặc đổi Tần suất thành Theo đợt",
    fixDeadlineNotOnce: () => "bỏ thời hạn đi, hoặc đổi Tần suất thành Một lần",
    fixDuplicate: () => "mỗi nhiệm vụ một mã riêng",
  },
  en: {
    workbookNotJson: () =>
      "This file is an Excel workbook (.xlsx), not a saved plan file. For a plan written in a workbook use a plan sheet: open that workbook and press “Chèn trang kế hoạch” (Insert plan sheet) in the Plan view, or run “bdg … --plan file.xlsx”.",
    damaged: ({ line }) =>
      `The file is damaged or is not a saved plan file${line !== null ? ` (the damage is on line ${line})` : ""}. Choose the right plan file again, or use a plan sheet (“Chèn trang kế hoạch”).`,
    emptyFile: () => "The file is empty: it holds no plan. Choose the right plan file again.",
    notAPlan: () => "This file is not a saved plan file: it has no plan name, period or task list. Choose the right file.",
    whereTask: ({ code, n }) => (code !== null ? `Task ${code}` : `Task no. ${n}`),
    wherePlan: () => "Plan",
    whereItem: ({ field, n }) => `${FIELD_EN[field]} no. ${n}`,
    fieldName: ({ field }) => FIELD_EN[field],
    line: ({ where, field, problem, fix }) => `${where}${field ? `, ${field}` : ""}: ${problem}${fix ? `; ${fix}` : ""}.`,
    missing: () => "is missing",
    empty: () => "is blank",
    emptyList: () => "has no entry",
    wrongKind: ({ kind }) => `must be ${KIND_EN[kind]}`,
    badValue: ({ value }) => `“${value}” cannot be used`,
    notARealDay: ({ value }) => `“${value}” is not a real day`,
    duplicateCode: ({ code }) => `the code ${code} is used by another task too`,
    periodOrder: () => "the first year comes after the last",
    campaignWithoutWindow: () => "a campaign task (Theo đợt) has no window",
    windowNotCampaign: () => "only a campaign task (Theo đợt) has a window",
    deadlineNotOnce: () => "only a once task (Một lần) has a deadline",
    notATask: () => "is not a task (no Mã, Nhiệm vụ, Tần suất, Đơn vị chủ trì)",
    fix: ({ field }) => FIX_EN[field] ?? "correct it",
    fixCampaignWindow: () => "write the first and last day of the window, e.g. from “01/03” to “31/03”",
    fixWindowNotCampaign: () => "remove the window, or change Tần suất to Theo đợt",
    fixDeadlineNotOnce: () => "remove the deadline, or change Tần suất to Một lần",
    fixDuplicate: () => "give each task its own code",
  },
};

export type PlanMessages = (typeof PLAN_MESSAGES)[Locale];
