/**
 * Texts of the report forms, the organisation profile and `bdg report`.
 *
 * The BC form is a Vietnamese administrative document sent to a Vietnamese authority: its text is
 * Vietnamese whatever the interface language (BC_TEXT has no English). The tables B01–B03 follow the
 * locale (Vietnamese by default) so that an English-speaking user can read a working copy; the
 * command's messages and the profile's errors are in both languages.
 */
import type { ObligationState } from "../progress/statuses";
import type { RuleCode } from "../validate/issue";
import type { Locale } from "./locale";

/* ------------------------------------------------------------------ profile */

export type ProfileField =
  | "parentBody"
  | "agencyName"
  | "symbol"
  | "place"
  | "signerAuthority"
  | "signerTitle"
  | "signerName"
  | "recipients";

export interface ProfileTexts {
  fieldNames: Record<ProfileField, string>;
  notText: string;
  notAList: string;
  notAnObject: string;
  empty: string;
  noRecipients: string;
  tooLong: (max: number) => string;
  badSymbol: string;
  unknownFields: (keys: string[], known: string[]) => string;
  badJson: (reason: string) => string;
}

export const PROFILE_TEXT: Record<Locale, ProfileTexts> = {
  vi: {
    fieldNames: {
      parentBody: "cơ quan chủ quản",
      agencyName: "tên cơ quan ban hành",
      symbol: "chữ viết tắt tên cơ quan trong số ký hiệu",
      place: "địa danh",
      signerAuthority: "thẩm quyền ký, ví dụ KT. TRƯỞNG BAN",
      signerTitle: "chức vụ người ký",
      signerName: "họ tên người ký",
      recipients: "nơi nhận",
    },
    notText: "phải là một đoạn chữ đặt trong dấu ngoặc kép",
    notAList: 'phải là một danh sách, ví dụ ["Sở Nội vụ", "Lưu: VT, NV"]',
    notAnObject: 'tệp phải chứa một đối tượng JSON, ví dụ { "agencyName": "Sở Dân tộc và Tôn giáo" }',
    empty: "không được để trống",
    noRecipients: "cần ít nhất một nơi nhận",
    tooLong: (max) => `quá dài (tối đa ${max} ký tự)`,
    badSymbol: "chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ BDT hoặc SDTTG",
    unknownFields: (keys, known) => `không có trường ${keys.map((k) => `“${k}”`).join(", ")}; các trường hợp lệ: ${known.join(", ")}`,
    badJson: (reason) => `không phải JSON hợp lệ (${reason})`,
  },
  en: {
    fieldNames: {
      parentBody: "parent body",
      agencyName: "issuing agency",
      symbol: "agency abbreviation in the document number",
      place: "place name",
      signerAuthority: "signing authority, e.g. KT. TRƯỞNG BAN",
      signerTitle: "signer's title",
      signerName: "signer's name",
      recipients: "recipients",
    },
    notText: "must be a text in double quotes",
    notAList: 'must be a list, e.g. ["Sở Nội vụ", "Lưu: VT, NV"]',
    notAnObject: 'the file must hold a JSON object, e.g. { "agencyName": "Sở Dân tộc và Tôn giáo" }',
    empty: "must not be empty",
    noRecipients: "needs at least one recipient",
    tooLong: (max) => `too long (at most ${max} characters)`,
    badSymbol: "letters without diacritics, digits and hyphens only, e.g. BDT or SDTTG",
    unknownFields: (keys, known) => `no field ${keys.map((k) => `"${k}"`).join(", ")}; the fields are: ${known.join(", ")}`,
    badJson: (reason) => `not valid JSON (${reason})`,
  },
};

/* ------------------------------------------------------- BC (Vietnamese only) */

const STATE_WORDS: Record<ObligationState, string> = {
  done: "hoàn thành",
  "in-progress": "đang thực hiện",
  "not-started": "chưa đến hạn",
  overdue: "quá hạn, chưa hoàn thành",
  "not-due": "không áp dụng",
};

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "Activity (15/11/2024)", or with ", chưa hoàn thành" when it is not completed. */
function activityInline(text: string, when: string | null, open: boolean): string {
  return `${text}${when ? ` (${when}${open ? ", chưa hoàn thành" : ""})` : open ? " (chưa hoàn thành)" : ""}`;
}

export const BC_TEXT = {
  national: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  /** The number is left blank: the văn thư gives it when the report is signed. */
  number: (kind: string, symbol: string) => `Số:          /${kind}-${symbol}`,
  /** Day and month are left blank for the day of signing. */
  dateLine: (place: string, year: number) => `${place}, ngày       tháng       năm ${year}`,
  title: "BÁO CÁO",
  subject: (year: number | null, from: number, to: number) =>
    year !== null
      ? `Kết quả thực hiện Chiến lược quốc gia về bình đẳng giới năm ${year}`
      : `Tổng kết thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${from} - ${to}`,
  opening: (planTitle: string, agency: string, year: number | null, from: number, to: number) =>
    `Thực hiện ${planTitle} (sau đây gọi là Kế hoạch), ${agency} báo cáo ` +
    (year !== null ? `kết quả thực hiện năm ${year} như sau:` : `tổng kết kết quả thực hiện giai đoạn ${from} - ${to} như sau:`),
  partResults: "I. KẾT QUẢ THỰC HIỆN",
  sectionHeading: (n: number, title: string, id: string) => `${n}. ${title} (mục ${id} của Kế hoạch)`,
  taskHeading: (num: string, title: string) => `${num}. ${title}`,
  subTaskHeading: (letter: string, title: string) => `${letter}) ${title}`,
  activities: (scope: string, n: number, completed: number) =>
    n === 0
      ? `${scope}, bảng theo dõi chưa ghi nhận hoạt động nào.`
      : completed >= n
        ? `${scope}, đã thực hiện ${n} hoạt động:`
        : `${scope}, đã triển khai ${n} hoạt động, trong đó ${completed} hoạt động đã hoàn thành:`,
  inYear: (year: number) => `Năm ${year}`,
  inPeriod: (from: number, to: number) => `Giai đoạn ${from} - ${to}`,
  activityInline,
  activityItem: (text: string, when: string | null, open: boolean, last: boolean) =>
    `- ${activityInline(text, when, open)}${last ? "." : ";"}`,
  noText: "(không ghi nội dung)",
  yearItem: (year: number, items: string[], last: boolean) => `- Năm ${year}: ${items.join("; ")}${last ? "." : ";"}`,
  more: (n: number) => `và ${n} hoạt động khác`,
  people: (total: string, female: string, femaleShare: string | null, ethnic: string, ethnicShare: string | null) =>
    `Số người tham gia: ${total} lượt người, trong đó nữ ${female} lượt` +
    (femaleShare ? ` (chiếm ${femaleShare})` : "") +
    `, người dân tộc thiểu số ${ethnic} lượt` +
    (ethnicShare ? ` (chiếm ${ethnicShare})` : "") +
    ".",
  budget: (money: string) => `Kinh phí thực hiện: ${money} triệu đồng.`,
  groupSummary: (n: number, people: string | null, money: string | null) =>
    `Kết quả chung: ${n} hoạt động` + (people ? `, ${people} lượt người tham gia` : "") + (money ? `, kinh phí ${money} triệu đồng` : "") + ".",
  otherActivities: "Các hoạt động chung của nhiệm vụ:",
  campaignWindow: (from: string, to: string) => `Thời gian cao điểm: từ ngày ${from} đến ngày ${to}.`,
  outsideWindow: (n: number, dates: string) =>
    `Có ${n} hoạt động tổ chức ngoài thời gian cao điểm (${dates}) nên không được tính là kết quả của đợt cao điểm.`,
  evaluation: (state: ObligationState, due: string, effective: string, once: string | null) => {
    const head = once ? `Đánh giá (nhiệm vụ thực hiện một lần trong giai đoạn ${once})` : "Đánh giá";
    switch (state) {
      case "done":
        return `${head}: Hoàn thành.`;
      case "in-progress":
        return `${head}: Đang thực hiện, chưa có hoạt động hoàn thành (thời hạn: ${due}).`;
      case "not-started":
        return `${head}: Chưa thực hiện (thời hạn: ${due}).`;
      case "overdue":
        return `${head}: Chưa hoàn thành, đã quá hạn (thời hạn: ${due}).`;
      default:
        return `${head}: Không áp dụng vì thời gian thực hiện trước ngày Kế hoạch có hiệu lực (${effective}).`;
    }
  },
  /** "Đánh giá: hoàn thành năm 2021, 2022 và 2024; quá hạn, chưa hoàn thành năm 2023." */
  periodEvaluation: (parts: Array<{ state: ObligationState; years: string }>) =>
    `Đánh giá: ${parts
      .map((p, i) => `${i === 0 ? capitalise(STATE_WORDS[p.state]) : STATE_WORDS[p.state]} năm ${p.years}`)
      .join("; ")}.`,
  periodProgress: (done: number, due: number, pct: string) => `Tiến độ: hoàn thành ${done}/${due} năm đến hạn, đạt ${pct}.`,
  asNeeded: "Nhiệm vụ thực hiện khi có yêu cầu, không giao chỉ tiêu theo năm.",
  unmappedHeading: (n: number) => `${n}. Hoạt động chưa xác định được nhiệm vụ của Kế hoạch`,
  partAssessment: "II. ĐÁNH GIÁ CHUNG",
  overallHeading: "1. Kết quả chung",
  overall: (scope: string, n: number, completed: number, people: string | null, money: string | null) =>
    (completed >= n ? `${scope}, đã thực hiện ${n} hoạt động` : `${scope}, đã triển khai ${n} hoạt động (hoàn thành ${completed})`) +
    (people ? `, với ${people}` : "") +
    (money ? `; tổng kinh phí thực hiện ${money} triệu đồng` : "") +
    ".",
  overallPeople: (total: string, female: string, femaleShare: string | null, ethnic: string, ethnicShare: string | null) =>
    `${total} lượt người tham gia, trong đó nữ ${female} lượt` +
    (femaleShare ? ` (chiếm ${femaleShare})` : "") +
    `, người dân tộc thiểu số ${ethnic} lượt` +
    (ethnicShare ? ` (chiếm ${ethnicShare})` : ""),
  progressHeading: "2. Tiến độ thực hiện Kế hoạch",
  progress: (asOf: string, scope: string, done: number, due: number, pct: string) =>
    `Tính đến ngày ${asOf}, đã hoàn thành ${done}/${due} nhiệm vụ đến hạn ${scope}, đạt ${pct}.`,
  progressNoneDue: (asOf: string, scope: string) => `Tính đến ngày ${asOf}, chưa có nhiệm vụ nào ${scope} đến hạn.`,
  scopeYear: (year: number) => `của năm ${year}`,
  scopePeriod: (from: number, to: number) => `của giai đoạn ${from} - ${to}`,
  byYear: (items: string[]) => `Theo từng năm: ${items.join("; ")}.`,
  yearProgress: (year: number, done: number, due: number, pct: string) => `năm ${year} đạt ${pct} (${done}/${due})`,
  yearNoneDue: (year: number) => `năm ${year} chưa có nhiệm vụ đến hạn`,
  openHeading: "3. Nhiệm vụ chưa hoàn thành",
  noOverdue: "Không có nhiệm vụ nào quá hạn.",
  overdueIntro: (n: number) => `Có ${n} nhiệm vụ quá hạn, chưa hoàn thành:`,
  openIntro: (n: number) => `Có ${n} nhiệm vụ đang thực hiện hoặc chưa thực hiện, chưa đến hạn:`,
  obligationItem: (id: string, title: string, year: string, due: string, last: boolean) =>
    `- ${id}. ${title} (${year}, thời hạn: ${due})${last ? "." : ";"}`,
  oneYear: (year: number) => `năm ${year}`,
  wholePeriod: (from: number, to: number) => `giai đoạn ${from} - ${to}`,
  dataHeading: "4. Số liệu theo dõi",
  dataOk: "Bảng theo dõi đã được kiểm tra, không phát hiện lỗi hoặc điểm cần rà soát.",
  dataProblems: (errors: number, warnings: number) =>
    `Qua kiểm tra, bảng theo dõi còn ${errors} lỗi và ${warnings} điểm cần rà soát chưa được khắc phục:`,
  problemItem: (what: string, n: number, where: string, last: boolean) => `- ${what}: ${n} trường hợp${where ? ` (${where})` : ""}${last ? "." : ";"}`,
  moreCells: (n: number) => `và ${n} ô khác`,
  cellRef: (sheet: string, ref: string) => (ref.includes(":") ? `trang “${sheet}” dòng ${ref.split(":")[0]}` : `trang “${sheet}” ô ${ref}`),
  dataNote:
    "Số liệu trong báo cáo được tổng hợp từ bảng theo dõi như hiện có; sau khi chỉnh sửa bảng theo dõi cần lập lại báo cáo.",
  partRecommendations: "III. KIẾN NGHỊ, ĐỀ XUẤT",
  closing: (subject: string, agency: string, forms: string[]) =>
    `Trên đây là báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)} của ${agency}` +
    (forms.length > 0 ? ` (kèm theo ${forms.join(", ")})` : "") +
    "./.",
  formName: (code: string) => `Biểu ${code.slice(1)}`,
  recipientsLabel: "Nơi nhận:",
  recipientItem: (s: string, last: boolean) => `- ${s}${last ? "." : ";"}`,
} as const;

/** What each data problem is, as a report states it (errors and warnings that a person must fix). */
export const PROBLEM_TEXT: Partial<Record<RuleCode, string>> = {
  "no-tracking-table": "Không tìm thấy bảng theo dõi",
  "missing-column": "Bảng theo dõi thiếu cột cần thiết",
  "cell-error": "Ô có lỗi công thức",
  "missing-activity": "Dòng thiếu nội dung hoạt động",
  "unknown-task": "Mã nhiệm vụ không có trong Kế hoạch",
  "unmapped-activity": "Hoạt động chưa xác định được nhiệm vụ",
  "missing-date": "Hoạt động thiếu thời gian thực hiện",
  "bad-date": "Thời gian ghi không đúng",
  "date-outside-period": "Thời gian nằm ngoài giai đoạn của Kế hoạch",
  "future-completed": "Hoạt động ghi hoàn thành nhưng thời gian ở sau ngày báo cáo",
  "bad-status": "Tình trạng ghi không rõ",
  "bad-number": "Số liệu ghi không phải là số",
  "negative-number": "Số liệu âm",
  "non-integer-count": "Số người không phải số nguyên",
  "female-exceeds-total": "Số nữ lớn hơn tổng số người tham gia",
  "ethnic-exceeds-total": "Số người DTTS lớn hơn tổng số người tham gia",
  "sex-sum-mismatch": "Số nữ cộng số nam khác tổng số",
  "missing-sex-breakdown": "Có tổng số người nhưng chưa tách số nữ",
  "campaign-out-of-window": "Hoạt động của đợt cao điểm ghi ngoài thời gian cao điểm",
  "duplicate-activity": "Hoạt động bị nhập trùng",
  "total-mismatch": "Dòng tổng cộng không khớp với các dòng số liệu",
};

/* ------------------------------------------------------------- tables B01–B03 */

export interface TableTexts {
  form: (code: "B01" | "B02" | "B03") => string;
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
  activityStatus: Record<"completed" | "in-progress" | "not-started" | "cancelled", string>;
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
    activityStatus: { completed: "Hoàn thành", "in-progress": "Đang thực hiện", "not-started": "Chưa thực hiện", cancelled: "Hủy" },
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
    activityStatus: { completed: "Completed", "in-progress": "In progress", "not-started": "Not started", cancelled: "Cancelled" },
    footB01:
      "Notes: the status of annual tasks and campaigns is per year; Women (%) = Women / Total; cancelled activities are not counted.",
    footB02: "Notes: only activities held inside the campaign window count; Women (%) = Women / Total.",
    footB03:
      "Notes: progress = tasks done / tasks due (a task done ahead of time counts); tasks carried out as needed have no progress.",
  },
};

/* ------------------------------------------------------------- bdg report */

export interface ReportCliTexts {
  yearOrPeriod: string;
  notBoth: string;
  badForms: (v: string, allowed: string) => string;
  outIsInput: (file: string) => string;
  outNotXlsx: (file: string) => string;
  inputNotXlsx: (file: string) => string;
  profileUnreadable: (file: string, reason: string) => string;
  noSuchFile: string;
  profileInvalid: (source: string, errors: string[]) => string;
  flagsSource: string;
  needsValue: (flag: string) => string;
  written: (file: string, sheets: string[]) => string;
  replaced: (sheets: string[]) => string;
  renamed: (wanted: string, used: string) => string;
  asOf: (day: string) => string;
  dataErrors: (errors: number, warnings: number) => string;
  cannotWrite: (file: string, reason: string) => string;
  cannotCopy: (file: string, reason: string) => string;
}

export const REPORT_CLI_TEXT: Record<Locale, ReportCliTexts> = {
  vi: {
    yearOrPeriod: "Hãy chọn --year YYYY (báo cáo một năm) hoặc --period (báo cáo cả giai đoạn).",
    notBoth: "Chỉ chọn một trong hai: --year YYYY hoặc --period.",
    badForms: (v, allowed) => `Danh sách biểu --forms "${v}" không hợp lệ: chỉ dùng ${allowed}, cách nhau bằng dấu phẩy.`,
    outIsInput: (file) => `Tệp ra --out trùng với tệp vào ${file}: lệnh report không bao giờ ghi đè tệp vào, hãy chọn tên khác.`,
    outNotXlsx: (file) => `Tệp ra --out ${file} phải có đuôi .xlsx.`,
    inputNotXlsx: (file) => `Tệp vào ${file} phải là tệp .xlsx.`,
    profileUnreadable: (file, reason) => `Không đọc được tệp hồ sơ cơ quan ${file}: ${reason}`,
    noSuchFile: "không có tệp này",
    profileInvalid: (source, errors) => `Hồ sơ cơ quan (${source}) không hợp lệ: ${errors.join("; ")}`,
    flagsSource: "các tùy chọn dòng lệnh",
    needsValue: (flag) => `Tùy chọn --${flag} cần một giá trị, ví dụ --${flag} "Sở Dân tộc và Tôn giáo".`,
    written: (file, sheets) => `Đã ghi báo cáo vào ${file}: ${sheets.map((s) => `“${s}”`).join(", ")}.`,
    replaced: (sheets) => `Đã thay các trang báo cáo cũ: ${sheets.map((s) => `“${s}”`).join(", ")}.`,
    renamed: (wanted, used) => `Trang “${wanted}” của người dùng được giữ nguyên; báo cáo được ghi vào trang “${used}”.`,
    asOf: (d) => `Số liệu tính đến ngày ${d}.`,
    dataErrors: (e, w) =>
      `Dữ liệu theo dõi còn ${e} lỗi và ${w} cảnh báo: báo cáo vẫn được lập và nêu các lỗi này; xem chi tiết bằng lệnh bdg validate.`,
    cannotWrite: (file, reason) => `Không ghi được tệp ${file}: ${reason}`,
    cannotCopy: (file, reason) => `Không mở được tệp ${file} để sao chép: ${reason}`,
  },
  en: {
    yearOrPeriod: "Choose --year YYYY (one year) or --period (the whole period).",
    notBoth: "Choose only one of --year YYYY and --period.",
    badForms: (v, allowed) => `--forms "${v}" is not valid: use ${allowed}, separated by commas.`,
    outIsInput: (file) => `--out is the input file ${file}: report never overwrites its input; choose another name.`,
    outNotXlsx: (file) => `--out ${file} must end in .xlsx.`,
    inputNotXlsx: (file) => `The input ${file} must be an .xlsx file.`,
    profileUnreadable: (file, reason) => `Cannot read the organisation profile ${file}: ${reason}`,
    noSuchFile: "no such file",
    profileInvalid: (source, errors) => `The organisation profile (${source}) is not valid: ${errors.join("; ")}`,
    flagsSource: "command-line flags",
    needsValue: (flag) => `--${flag} needs a value, e.g. --${flag} "Sở Dân tộc và Tôn giáo".`,
    written: (file, sheets) => `Wrote the report to ${file}: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
    replaced: (sheets) => `Replaced earlier report sheets: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
    renamed: (wanted, used) => `The user's sheet "${wanted}" was kept; the report went to "${used}".`,
    asOf: (d) => `Figures as of ${d}.`,
    dataErrors: (e, w) =>
      `The tracking data still has ${e} errors and ${w} warnings: the report was written and lists them; see bdg validate for details.`,
    cannotWrite: (file, reason) => `Cannot write ${file}: ${reason}`,
    cannotCopy: (file, reason) => `Cannot open ${file} to copy it: ${reason}`,
  },
};
