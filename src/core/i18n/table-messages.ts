/**
 * Texts of the tables B01–B03. They follow the locale (Vietnamese by default) so that an
 * English-speaking user can read a working copy; the copy sent out is Vietnamese.
 */
import type { ActivityStatus } from "../read/types";
import type { FormCode } from "../report/form-descriptors";
import type { Locale } from "./locale";
import { activityStatusLabels } from "./status-labels";

export interface TableTexts {
  form: (code: Exclude<FormCode, "BC">) => string;
  titleB01: (year: number | null, from: number, to: number) => string;
  titleB02: (year: number | null, from: number, to: number) => string;
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
}

export const TABLE_TEXT: Record<Locale, TableTexts> = {
  vi: {
    form: (code) => `Biểu ${code.slice(1)}`,
    titleB01: (y, a, b) => `KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH BÌNH ĐẲNG GIỚI ${y !== null ? `NĂM ${y}` : `GIAI ĐOẠN ${a} - ${b}`}`,
    titleB02: (y, a, b) => `KẾT QUẢ CÁC ĐỢT TRUYỀN THÔNG CAO ĐIỂM VỀ BÌNH ĐẲNG GIỚI ${y !== null ? `NĂM ${y}` : `GIAI ĐOẠN ${a} - ${b}`}`,
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
      "Ghi chú: Tình trạng của nhiệm vụ hằng năm và đợt cao điểm tính theo năm; Tỷ lệ nữ = Nữ / Tổng số; DTTS: người dân tộc thiểu số; số liệu không tính các hoạt động đã hủy.",
    footB02:
      "Ghi chú: Chỉ tính các hoạt động tổ chức trong thời gian cao điểm; Tỷ lệ nữ = Nữ / Tổng số; DTTS: người dân tộc thiểu số.",
    footB03:
      "Ghi chú: Tiến độ = số nhiệm vụ hoàn thành / số nhiệm vụ đã đến hạn (nhiệm vụ hoàn thành trước hạn cũng được tính); nhiệm vụ thực hiện khi có yêu cầu không tính tiến độ.",
  },
  en: {
    form: (code) => `Form ${code.slice(1)}`,
    titleB01: (y, a, b) => `RESULTS BY TASK OF THE GENDER EQUALITY PLAN, ${y !== null ? y : `${a} - ${b}`}`,
    titleB02: (y, a, b) => `GENDER EQUALITY COMMUNICATION CAMPAIGNS, ${y !== null ? y : `${a} - ${b}`}`,
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
      "Notes: the status of annual tasks and campaigns is per year; Women (%) = Women / Total; cancelled activities are not counted.",
    footB02: "Notes: only activities held inside the campaign window count; Women (%) = Women / Total.",
    footB03:
      "Notes: progress = tasks done / tasks due (a task done ahead of time counts); tasks carried out as needed have no progress.",
  },
};
