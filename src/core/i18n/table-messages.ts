/**
 * Texts of the tables B01–B03. They follow the locale (Vietnamese by default) so that an
 * English-speaking user can read a working copy; the copy sent out is Vietnamese.
 */
import type { LeftOutReason } from "../progress/counting";
import type { ActivityStatus, NumberField } from "../read/types";
import type { FormCode } from "../report/form-descriptors";
import type { Locale } from "./locale";
import { activityStatusLabels } from "./status-labels";

export interface TableTexts {
  form: (code: Exclude<FormCode, "BC">) => string;
  /** `half`: the first six months of the year. */
  titleB01: (year: number | null, from: number, to: number, half?: boolean) => string;
  titleB02: (year: number | null, from: number, to: number, half?: boolean) => string;
  titleB03: (from: number, to: number) => string;
  attachedTo: (symbol: string, agency: string, year: number) => string;
  asOf: (day: string) => string;
  stt: string;
  code: string;
  task: string;
  lead: string;
  activities: string;
  status: string;
  people: string;
  total: string;
  female: string;
  femaleShare: string;
  ethnic: string;
  budget: string;
  note: string;
  campaign: string;
  when: string;
  units: string;
  progress: string;
  totalRow: string;
  unmapped: string;
  asNeeded: string;
  group: string;
  once: string;
  window: (w: string) => string;
  due: (d: string) => string;
  outside: (n: number) => string;
  periodStatus: (done: number, due: number) => string;
  totalStatus: (done: number, due: number, pct: string) => string;
  statesInYears: (state: string, years: string) => string;
  year: (y: number) => string;
  wholePeriod: string;
  doneOfDue: string;
  progressRow: string;
  activityStatus: Readonly<Record<ActivityStatus, string>>;
  footB01: string;
  footB02: string;
  footB03: string;
  /** A share over activities none of which recorded the breakdown. */
  noData: string;
}

export const TABLE_TEXT: Record<Locale, TableTexts> = {
  vi: {
    form: (code) => `Biểu ${code.slice(1)}`,
    titleB01: (y, a, b, half) =>
      `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH BÌNH ĐẲNG GIỚI ${y !== null ? `${half ? "6 THÁNG ĐẦU " : ""}NĂM ${y}` : `GIAI ĐOẠN ${a} - ${b}`}`,
    titleB02: (y, a, b, half) =>
      `KẾT QUẢ CÁC ĐỢT TRUYỀN THÔNG CAO ĐIỂM VỀ BÌNH ĐẲNG GIỚI ${y !== null ? `${half ? "6 THÁNG ĐẦU " : ""}NĂM ${y}` : `GIAI ĐOẠN ${a} - ${b}`}`,
    titleB03: (a, b) => `TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH BÌNH ĐẲNG GIỚI GIAI ĐOẠN ${a} - ${b}`,
    attachedTo: (symbol, agency, year) => `(Kèm theo Báo cáo số        /BC-${symbol} ngày      tháng      năm ${year} của ${agency})`,
    asOf: (d) => `Số liệu tính đến ngày ${d}`,
    stt: "STT",
    code: "Mã",
    task: "Nhiệm vụ",
    lead: "Đơn vị chủ trì",
    activities: "Số hoạt động",
    status: "Tình trạng",
    people: "Người tham gia (lượt người)",
    total: "Tổng số",
    female: "Nữ",
    femaleShare: "Tỷ lệ nữ",
    ethnic: "DTTS",
    budget: "Kinh phí (triệu đồng)",
    note: "Ghi chú",
    campaign: "Đợt truyền thông, hoạt động",
    when: "Thời gian",
    units: "Đơn vị thực hiện",
    progress: "Tiến độ (%)",
    totalRow: "Tổng cộng",
    unmapped: "Hoạt động chưa xác định được nhiệm vụ",
    asNeeded: "Thực hiện khi có yêu cầu",
    group: "Nhóm nhiệm vụ",
    once: "Thực hiện 1 lần trong giai đoạn",
    window: (w) => `Cao điểm ${w}`,
    due: (d) => `Hạn ${d}`,
    outside: (n) => `${n} hoạt động ngoài thời gian cao điểm, không tính`,
    periodStatus: (done, due) => `Hoàn thành ${done}/${due} năm`,
    totalStatus: (done, due, pct) => `Hoàn thành ${done}/${due} (${pct})`,
    statesInYears: (state, years) => `${state}: ${years}`,
    year: (y) => `Năm ${y}`,
    wholePeriod: "Cả giai đoạn",
    doneOfDue: "Số nhiệm vụ hoàn thành / đến hạn",
    progressRow: "Tiến độ (%)",
    activityStatus: activityStatusLabels("vi"),
    footB01:
      "Ghi chú: Tình trạng của nhiệm vụ hằng năm và đợt cao điểm tính theo năm; Tỷ lệ nữ = Nữ / Tổng số của các hoạt động có ghi số nữ; DTTS: người dân tộc thiểu số; số liệu không tính các hoạt động đã hủy và các giá trị sai nêu ở trang KT.",
    footB02:
      "Ghi chú: Chỉ tính các hoạt động tổ chức trong thời gian cao điểm; Tỷ lệ nữ = Nữ / Tổng số của các hoạt động có ghi số nữ; DTTS: người dân tộc thiểu số.",
    noData: "không có số liệu",
    footB03:
      "Ghi chú: Tiến độ = số nhiệm vụ hoàn thành / số nhiệm vụ đã đến hạn (nhiệm vụ hoàn thành trước hạn cũng được tính); nhiệm vụ thực hiện khi có yêu cầu không tính tiến độ.",
  },
  en: {
    form: (code) => `Form ${code.slice(1)}`,
    titleB01: (y, a, b, half) => `RESULTS BY TASK OF THE GENDER EQUALITY PLAN, ${y !== null ? `${half ? "FIRST SIX MONTHS OF " : ""}${y}` : `${a} - ${b}`}`,
    titleB02: (y, a, b, half) => `GENDER EQUALITY COMMUNICATION CAMPAIGNS, ${y !== null ? `${half ? "FIRST SIX MONTHS OF " : ""}${y}` : `${a} - ${b}`}`,
    titleB03: (a, b) => `PROGRESS OF THE TASKS OF THE GENDER EQUALITY PLAN, ${a} - ${b}`,
    attachedTo: (symbol, agency, year) => `(Attached to report No.      /BC-${symbol} of        ${year} of ${agency})`,
    asOf: (d) => `Figures as of ${d}`,
    stt: "No.",
    code: "Id",
    task: "Task",
    lead: "Lead unit",
    activities: "Activities",
    status: "Status",
    people: "Participants",
    total: "Total",
    female: "Women",
    femaleShare: "Share of women",
    ethnic: "Ethnic minority",
    budget: "Budget (million VND)",
    note: "Notes",
    campaign: "Campaign, activity",
    when: "Date",
    units: "Units",
    progress: "Progress (%)",
    totalRow: "Total",
    unmapped: "Activities with no task identified",
    asNeeded: "As needed",
    group: "Group of tasks",
    once: "Once in the period",
    window: (w) => `Campaign ${w}`,
    due: (d) => `Due ${d}`,
    outside: (n) => `${n} activities outside the campaign window, not counted`,
    periodStatus: (done, due) => `Done ${done}/${due} years`,
    totalStatus: (done, due, pct) => `Done ${done}/${due} (${pct})`,
    statesInYears: (state, years) => `${state}: ${years}`,
    year: (y) => String(y),
    wholePeriod: "Whole period",
    doneOfDue: "Tasks done / due",
    progressRow: "Progress (%)",
    activityStatus: activityStatusLabels("en"),
    footB01:
      "Notes: the status of annual tasks and campaigns is per year; Women (%) = Women / Total of the activities that recorded women; cancelled activities and the values listed on the KT sheet are not counted.",
    footB02: "Notes: only activities held inside the campaign window count; Women (%) = Women / Total of the activities that recorded women.",
    noData: "no data",
    footB03:
      "Notes: progress = tasks done / tasks due (a task done ahead of time counts); tasks carried out as needed have no progress.",
  },
};

/** Texts of the working sheet KT: what the figures left out, and why. */
export interface CheckSheetTexts {
  title: (scope: string) => string;
  scopeYear: (year: number) => string;
  scopePeriod: (from: number, to: number) => string;
  intro: string;
  none: string;
  stt: string;
  sheet: string;
  cell: string;
  value: string;
  reason: string;
  field: Readonly<Record<NumberField, string>>;
  wholeRow: string;
  reasons: Readonly<Record<LeftOutReason, string>>;
  scopeHalf: (year: number) => string;
  /** The data problems still open, moved here from the report sent out. */
  problemsTitle: string;
  problemsNone: string;
  problemsIntro: (errors: number, warnings: number) => string;
  problem: string;
  cases: string;
  where: string;
  /** What staff do after correcting the sheets. */
  regenerate: string;
}

export const CHECK_SHEET_TEXT: Record<Locale, CheckSheetTexts> = {
  vi: {
    title: (scope) => `CÁC SỐ LIỆU KHÔNG ĐƯỢC TÍNH TRONG BÁO CÁO ${scope}`,
    scopeYear: (y) => `NĂM ${y}`,
    scopePeriod: (a, b) => `GIAI ĐOẠN ${a} - ${b}`,
    intro:
      "Trang làm việc, không thuộc báo cáo gửi đi. Các giá trị dưới đây bị kiểm tra đánh dấu là sai nên không được cộng vào số liệu của báo cáo (các giá trị khác của cùng hoạt động vẫn được tính). Sửa các ô này trên trang theo dõi rồi lập lại báo cáo.",
    none: "Không có giá trị nào bị loại: mọi số liệu của các trang theo dõi đều được tính.",
    stt: "STT",
    sheet: "Trang",
    cell: "Ô",
    value: "Giá trị",
    reason: "Lý do không tính",
    field: { participants: "số người tham gia", female: "số nữ", male: "số nam", ethnicMinority: "số người DTTS", budget: "kinh phí" },
    wholeRow: "cả dòng",
    reasons: {
      "negative-number": "số âm",
      "bad-number": "không phải là số",
      "non-integer-count": "số người không phải số nguyên",
      "female-exceeds-total": "số nữ lớn hơn tổng số người tham gia",
      "ethnic-exceeds-total": "số người DTTS lớn hơn tổng số người tham gia",
      "cell-error": "ô báo lỗi của Excel",
      "duplicate-activity": "trùng với một dòng phía trên, chỉ tính dòng đầu",
      "duplicate-across-files": "trùng với một hoạt động của tệp khác, chỉ tính một lần",
      "no-year": "không có ngày hoặc năm đọc được trong giai đoạn của Kế hoạch",
      "after-as-of": "ngày sau ngày tính số liệu, chưa tính",
      "date-not-placed": "chỉ ghi tháng, quý hoặc năm nên không xác định được có thuộc kỳ báo cáo không",
    },
    scopeHalf: (y) => `6 THÁNG ĐẦU NĂM ${y}`,
    problemsTitle: "Các lỗi và điểm cần rà soát của bảng theo dõi chưa được khắc phục",
    problemsNone: "Bảng theo dõi đã được kiểm tra, không còn lỗi hoặc điểm cần rà soát.",
    problemsIntro: (e, w) =>
      e === 0 && w === 0 ? "" : `Còn ${[e > 0 ? `${e} lỗi` : "", w > 0 ? `${w} điểm cần rà soát` : ""].filter((x) => x !== "").join(" và ")}:`,
    problem: "Nội dung",
    cases: "Số trường hợp",
    where: "Vị trí",
    regenerate: "Số liệu trong báo cáo được tổng hợp từ bảng theo dõi như hiện có; sau khi chỉnh sửa bảng theo dõi cần lập lại báo cáo.",
  },
  en: {
    title: (scope) => `FIGURES LEFT OUT OF THE REPORT, ${scope}`,
    scopeYear: (y) => String(y),
    scopePeriod: (a, b) => `${a} - ${b}`,
    intro:
      "A working sheet, not part of the report sent out. The checks mark the values below as wrong, so the report's figures leave them out (the other values of the same activity still count). Correct these cells on the tracking sheet and write the report again.",
    none: "Nothing was left out: every figure of the tracking sheets is counted.",
    stt: "No.",
    sheet: "Sheet",
    cell: "Cell",
    value: "Value",
    reason: "Why it is left out",
    field: { participants: "participants", female: "women", male: "men", ethnicMinority: "ethnic minority", budget: "budget" },
    wholeRow: "whole row",
    reasons: {
      "negative-number": "a negative number",
      "bad-number": "not a number",
      "non-integer-count": "a head count with a fraction",
      "female-exceeds-total": "more women than participants",
      "ethnic-exceeds-total": "more ethnic-minority people than participants",
      "cell-error": "an Excel error",
      "duplicate-activity": "repeats a row above; only the first counts",
      "duplicate-across-files": "repeats an activity of another file; counted once",
      "no-year": "no readable date or year within the plan's period",
      "after-as-of": "dated after the as-of day, not counted yet",
      "date-not-placed": "only a month, quarter or year is given: cannot tell whether it falls in the report's dates",
    },
    scopeHalf: (y) => `FIRST SIX MONTHS OF ${y}`,
    problemsTitle: "Errors and points to review still open in the tracking sheets",
    problemsNone: "The tracking sheets were checked: no error or point to review is left.",
    problemsIntro: (e, w) =>
      e === 0 && w === 0 ? "" : `${[e > 0 ? `${e} ${e === 1 ? "error" : "errors"}` : "", w > 0 ? `${w} ${w === 1 ? "point" : "points"} to review` : ""].filter((x) => x !== "").join(" and ")}:`,
    problem: "What",
    cases: "Cases",
    where: "Where",
    regenerate: "The report's figures are taken from the tracking sheets as they are; after correcting them, write the report again.",
  },
};

/**
 * The hidden sheet that holds the tracking template's dropdown lists, and the note written on it:
 * the note is what tells the add-in's list sheet from a user's sheet that happens to carry its
 * mark (src/core/report/form-signature.ts).
 */
export interface ListSheetTexts {
  name: string;
  note: string;
}

export const LIST_SHEET_TEXT: Record<Locale, ListSheetTexts> = {
  vi: {
    name: "Danh mục BĐG",
    note: "DANH MỤC CHO CÁC Ô CHỌN CỦA BẢNG THEO DÕI BĐG (phần bổ trợ tự ghi lại trang này; không sửa)",
  },
  en: {
    name: "Danh mục BĐG",
    note: "LISTS FOR THE DROPDOWNS OF THE BĐG TRACKING TABLE (the add-in rewrites this sheet; do not edit)",
  },
};
