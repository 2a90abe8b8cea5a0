import type { Catalogue } from "./locale";

/**
 * What the plan sheet reader says about a plan sheet: one message per problem, each on its cell
 * ("Ô C12: …"), and the words the plan sheet writer puts on the sheet.
 */
export interface PlanSheetMessageParams {
  /** "Ô C12" / "Cell C12"; "Trang “Kế hoạch”" when the problem has no cell. */
  at: { cell: string | null; sheet: string };
  noTable: { at: string };
  emptyTable: { at: string };
  missingColumn: { at: string; column: string };
  missingName: { at: string };
  missingIssuer: { at: string };
  missingPeriod: { at: string };
  badPeriod: { at: string; value: string };
  badDate: { at: string; value: string; what: "issued" | "effective" };
  missingCode: { at: string };
  badCode: { at: string; value: string };
  duplicateCode: { at: string; code: string; row: number };
  noSection: { at: string; code: string; section: string };
  missingTask: { at: string; code: string };
  unknownFrequency: { at: string; value: string };
  missingFrequency: { at: string; code: string };
  badWindow: { at: string; value: string };
  missingWindow: { at: string; code: string };
  windowNotCampaign: { at: string; value: string };
  badDeadline: { at: string; value: string; from: number; to: number };
  missingLead: { at: string; code: string };
  /** The plan as a heading names it: "Kế hoạch số 15/KH-SDTTG ngày 10/03/2026 (2026 - 2030)". */
  planName: { title: string; number: string | null; issuedOn: string | null; from: number; to: number };
  /** How a report cites the plan: "Kế hoạch số 15/KH-SDTTG ngày 10/3/2026 của Sở … về thực hiện …". */
  /** "Kế hoạch “…” trên trang “Kế hoạch” có 3 lỗi:" */
  broken: { name: string; sheet: string; n: number };
  // The words the writer puts on the sheet.
  labelIssuer: Record<string, never>;
  labelNumber: Record<string, never>;
  labelIssued: Record<string, never>;
  labelPeriod: Record<string, never>;
  labelEffective: Record<string, never>;
  labelSubject: Record<string, never>;
  labelCommunes: Record<string, never>;
  windowNote: Record<string, never>;
  frequencyNote: Record<string, never>;
  unitsTitle: Record<string, never>;
  unitsHeader: Record<string, never>;
}

const COLUMN_VI: Record<string, string> = {
  code: "Mã",
  title: "Nhiệm vụ",
  frequency: "Tần suất",
  window: "Thời gian",
  lead: "Đơn vị chủ trì",
};
const COLUMN_EN: Record<string, string> = {
  code: "Mã (code)",
  title: "Nhiệm vụ (task)",
  frequency: "Tần suất (frequency)",
  window: "Thời gian (time)",
  lead: "Đơn vị chủ trì (lead unit)",
};

/** A name that already says its period ("… giai đoạn 2021 - 2025 …") is not followed by it again. */
function namesPeriod(title: string, from: number, to: number): boolean {
  return new RegExp(`${from}\\s*[-–—]\\s*${to}`).test(title);
}

/**
 * The title-row labels a plan sheet is written with: Vietnamese in either language, because the
 * plan sheet reader reads them back from the sheet.
 */
const SHEET_LABELS = {
  labelIssuer: () => "Cơ quan ban hành:",
  labelNumber: () => "Số:",
  labelIssued: () => "Ngày ban hành:",
  labelPeriod: () => "Giai đoạn:",
  labelEffective: () => "Hiệu lực từ ngày:",
  labelSubject: () => "Từ khóa chủ đề:",
  labelCommunes: () => "Xã, phường là đơn vị từ ngày:",
} as const;

const FREQUENCY_CHOICES = "Hằng năm, Một lần, Theo đợt, Hằng quý, 6 tháng hoặc Khi có yêu cầu";

export const PLAN_SHEET_MESSAGES: Catalogue<keyof PlanSheetMessageParams, PlanSheetMessageParams> = {
  vi: {
    at: ({ cell, sheet }) => (cell ? `Ô ${cell}` : `Trang “${sheet}”`),
    noTable: ({ at }) => `${at}: không thấy bảng nhiệm vụ; ghi một dòng tiêu đề Mã | Nhiệm vụ | Tần suất | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp.`,
    emptyTable: ({ at }) => `${at}: bảng nhiệm vụ chưa có nhiệm vụ nào; ghi mỗi nhiệm vụ một dòng dưới dòng tiêu đề.`,
    missingColumn: ({ at, column }) => `${at}: thiếu cột ${COLUMN_VI[column] ?? column} trong dòng tiêu đề.`,
    missingName: ({ at }) => `${at}: thiếu tên kế hoạch; ghi một dòng bắt đầu bằng “KẾ HOẠCH”.`,
    missingIssuer: ({ at }) => `${at}: thiếu cơ quan ban hành; ghi “Cơ quan ban hành: …”.`,
    missingPeriod: ({ at }) => `${at}: thiếu giai đoạn của kế hoạch; ghi “Giai đoạn: 2026 - 2030”.`,
    badPeriod: ({ at, value }) => `${at}: giai đoạn “${value}” không rõ; ghi năm đầu và năm cuối, ví dụ “Giai đoạn: 2026 - 2030”.`,
    badDate: ({ at, value, what }) =>
      `${at}: ${what === "issued" ? "ngày ban hành" : "ngày hiệu lực"} “${value}” không rõ; ghi ngày như 10/3/2026.`,
    missingCode: ({ at }) => `${at}: thiếu mã nhiệm vụ; ghi mã như II.2.1 (mục ghi số La Mã như II).`,
    badCode: ({ at, value }) => `${at}: mã “${value}” không đúng dạng; ghi mục bằng số La Mã (II) và nhiệm vụ như II.2.1.`,
    duplicateCode: ({ at, code, row }) => `${at}: mã ${code} trùng với dòng ${row}; mỗi nhiệm vụ một mã.`,
    noSection: ({ at, code, section }) => `${at}: nhiệm vụ ${code} không thuộc mục nào; thêm dòng mục ${section} ở phía trên.`,
    missingTask: ({ at, code }) => `${at}: thiếu tên nhiệm vụ ${code}.`,
    unknownFrequency: ({ at, value }) => `${at}: tần suất “${value}” không rõ; ghi ${FREQUENCY_CHOICES}.`,
    missingFrequency: ({ at, code }) => `${at}: thiếu tần suất của nhiệm vụ ${code}; ghi ${FREQUENCY_CHOICES}.`,
    badWindow: ({ at, value }) =>
      `${at}: thời gian “${value}” không rõ; ghi đợt như “01/3 – 31/3” (nhiều đợt cách nhau bằng dấu ;), hạn như “trước 30/6/2027”.`,
    missingWindow: ({ at, code }) => `${at}: nhiệm vụ theo đợt ${code} chưa có thời gian đợt; ghi như “01/3 – 31/3”.`,
    windowNotCampaign: ({ at, value }) =>
      `${at}: thời gian “${value}” chỉ dùng cho nhiệm vụ Theo đợt (đợt) hoặc Một lần (hạn); để trống, hoặc sửa tần suất.`,
    badDeadline: ({ at, value, from, to }) => `${at}: hạn “${value}” không rõ hoặc ngoài giai đoạn ${from} - ${to}; ghi như “trước 30/6/${from + 1}”.`,
    missingLead: ({ at, code }) => `${at}: thiếu đơn vị chủ trì nhiệm vụ ${code}.`,
    planName: ({ title, number, issuedOn, from, to }) =>
      `${title}${number ? ` (số ${number}${issuedOn ? ` ngày ${issuedOn}` : ""})` : issuedOn ? ` (ngày ${issuedOn})` : ""}${namesPeriod(title, from, to) ? "" : `, giai đoạn ${from} - ${to}`}`,
    broken: ({ name, sheet, n }) => `Kế hoạch “${name}” trên trang “${sheet}” có ${n} lỗi, chưa dùng được:`,
    ...SHEET_LABELS,
    windowNote: () =>
      "Thời gian: với nhiệm vụ Theo đợt ghi đợt “01/3 – 31/3” (nhiều đợt cách nhau bằng dấu ;, đợt qua năm mới như “15/11 – 15/12” hay “20/12 – 15/01” được); với nhiệm vụ Một lần có thể ghi hạn “trước 30/6/2027”; nhiệm vụ khác để trống.",
    frequencyNote: () => `Tần suất: chọn ${FREQUENCY_CHOICES}; để trống ở dòng mục (II) và dòng nhóm (III.1).`,
    unitsTitle: () => "ĐƠN VỊ VÀ TÊN GỌI KHÁC",
    unitsHeader: () => "Đơn vị|Tên gọi khác (cách nhau bằng dấu ;)",
  },
  en: {
    at: ({ cell, sheet }) => (cell ? `Cell ${cell}` : `Sheet “${sheet}”`),
    noTable: ({ at }) => `${at}: no task table found; write a header row Mã | Nhiệm vụ | Tần suất | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp.`,
    emptyTable: ({ at }) => `${at}: the task table has no task; write one task per row under the header.`,
    missingColumn: ({ at, column }) => `${at}: the header row has no ${COLUMN_EN[column] ?? column} column.`,
    missingName: ({ at }) => `${at}: the plan has no name; write a row starting with “KẾ HOẠCH”.`,
    missingIssuer: ({ at }) => `${at}: the issuing agency is missing; write “Cơ quan ban hành: …”.`,
    missingPeriod: ({ at }) => `${at}: the plan's period is missing; write “Giai đoạn: 2026 - 2030”.`,
    badPeriod: ({ at, value }) => `${at}: the period “${value}” is unclear; write the first and last years, e.g. “Giai đoạn: 2026 - 2030”.`,
    badDate: ({ at, value, what }) =>
      `${at}: the ${what === "issued" ? "date of issue" : "effective date"} “${value}” is unclear; write a day such as 10/3/2026.`,
    missingCode: ({ at }) => `${at}: the task code is missing; write a code such as II.2.1 (a section as a roman numeral such as II).`,
    badCode: ({ at, value }) => `${at}: the code “${value}” is not in the right form; write a section as a roman numeral (II) and a task as II.2.1.`,
    duplicateCode: ({ at, code, row }) => `${at}: the code ${code} repeats row ${row}; one code per task.`,
    noSection: ({ at, code, section }) => `${at}: the task ${code} is under no section; add a section row ${section} above it.`,
    missingTask: ({ at, code }) => `${at}: the task ${code} has no name.`,
    unknownFrequency: ({ at, value }) => `${at}: the frequency “${value}” is unclear; write ${FREQUENCY_CHOICES}.`,
    missingFrequency: ({ at, code }) => `${at}: the task ${code} has no frequency; write ${FREQUENCY_CHOICES}.`,
    badWindow: ({ at, value }) =>
      `${at}: the time “${value}” is unclear; write a window such as “01/3 – 31/3” (several separated by ;), a deadline such as “trước 30/6/2027”.`,
    missingWindow: ({ at, code }) => `${at}: the campaign ${code} has no window; write one such as “01/3 – 31/3”.`,
    windowNotCampaign: ({ at, value }) =>
      `${at}: the time “${value}” applies only to a campaign (Theo đợt, a window) or a once task (Một lần, a deadline); leave it blank or change the frequency.`,
    badDeadline: ({ at, value, from, to }) => `${at}: the deadline “${value}” is unclear or outside the period ${from} - ${to}; write e.g. “trước 30/6/${from + 1}”.`,
    missingLead: ({ at, code }) => `${at}: the task ${code} has no lead unit.`,
    planName: ({ title, number, issuedOn, from, to }) =>
      `${title}${number ? ` (no. ${number}${issuedOn ? ` of ${issuedOn}` : ""})` : issuedOn ? ` (of ${issuedOn})` : ""}${namesPeriod(title, from, to) ? "" : `, period ${from} - ${to}`}`,
    broken: ({ name, sheet, n }) => `The plan “${name}” on the sheet “${sheet}” has ${n} problem(s) and cannot be used yet:`,
    ...SHEET_LABELS,
    windowNote: () =>
      "Thời gian (time): for a campaign (Theo đợt) a window “01/3 – 31/3” (several separated by ;, one across New Year such as “15/11 – 15/12” or “20/12 – 15/01” is fine); for a once task (Một lần) a deadline “trước 30/6/2027”; otherwise blank.",
    frequencyNote: () => `Tần suất (frequency): ${FREQUENCY_CHOICES}; blank on section rows (II) and group rows (III.1).`,
    unitsTitle: () => "ĐƠN VỊ VÀ TÊN GỌI KHÁC",
    unitsHeader: () => "Đơn vị|Tên gọi khác (cách nhau bằng dấu ;)",
  },
};
