/**
 * Texts of the BC report and what each data problem is called in it. The BC form is a Vietnamese
 * administrative document sent to a Vietnamese authority: its text is Vietnamese whatever the
 * interface language (BC_TEXT has no English). What each data problem is called is with the rules'
 * names (rule-names.ts). The tables' texts (table-messages.ts) and the profile's
 * (profile-messages.ts) are re-exported here, so that the report's catalogue is one import.
 */
import type { ObligationState } from "../progress/statuses";

export { PROFILE_TEXT, type ProfileField, type ProfileTexts } from "./profile-messages";
export { TABLE_TEXT, type TableTexts } from "./table-messages";

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
function activityInline({ text, when, open }: BcTextParams["activityInline"]): string {
  return `${text}${when ? ` (${when}${open ? ", chưa hoàn thành" : ""})` : open ? " (chưa hoàn thành)" : ""}`;
}

/** Parameters of the BC report's texts that take any; the others are fixed texts. */
export interface BcTextParams {
  activityInline: { text: string; when: string | null; open: boolean };
  number: { kind: string; symbol: string };
  dateLine: { place: string; year: number };
  subject: { year: number | null; from: number; to: number };
  opening: { planTitle: string; agency: string; year: number | null; from: number; to: number };
  sectionHeading: { n: number; title: string; id: string };
  taskHeading: { num: string; title: string };
  subTaskHeading: { letter: string; title: string };
  activities: { scope: string; n: number; completed: number };
  inYear: { year: number };
  inPeriod: { from: number; to: number };
  activityItem: { text: string; when: string | null; open: boolean; last: boolean };
  yearItem: { year: number; items: string[]; last: boolean };
  more: { n: number };
  /** `female`/`ethnic` null: no activity recorded that breakdown. */
  people: { total: string; female: string | null; femaleShare: string | null; ethnic: string | null; ethnicShare: string | null };
  budget: { money: string };
  groupSummary: { n: number; people: string | null; money: string | null };
  campaignWindow: { from: string; to: string };
  outsideWindow: { n: number; dates: string };
  evaluation: { state: ObligationState; due: string; effective: string; once: string | null };
  periodEvaluation: { parts: Array<{ state: ObligationState; years: string }> };
  periodProgress: { done: number; due: number; pct: string };
  unmappedHeading: { n: number };
  overall: { scope: string; n: number; completed: number; people: string | null; money: string | null };
  overallPeople: { total: string; female: string | null; femaleShare: string | null; ethnic: string | null; ethnicShare: string | null };
  progress: { asOf: string; scope: string; done: number; due: number; pct: string };
  progressNoneDue: { asOf: string; scope: string };
  scopeYear: { year: number };
  scopePeriod: { from: number; to: number };
  byYear: { items: string[] };
  yearProgress: { year: number; done: number; due: number; pct: string };
  yearNoneDue: { year: number };
  overdueIntro: { n: number };
  openIntro: { n: number };
  obligationItem: { id: string; title: string; year: string; due: string; last: boolean };
  oneYear: { year: number };
  wholePeriod: { from: number; to: number };
  dataProblems: { errors: number; warnings: number };
  problemItem: { what: string; n: number; where: string; last: boolean };
  moreCells: { n: number };
  cellRef: { sheet: string; ref: string };
  closing: { subject: string; agency: string; forms: string[] };
  formName: { code: string };
  recipientItem: { s: string; last: boolean };
}

type BcFixedText =
  | "national"
  | "motto"
  | "title"
  | "partResults"
  | "noText"
  | "otherActivities"
  | "asNeeded"
  | "partAssessment"
  | "overallHeading"
  | "progressHeading"
  | "openHeading"
  | "noOverdue"
  | "dataHeading"
  | "dataOk"
  | "dataNote"
  | "partRecommendations"
  | "recipientsLabel";

/** The BC report's texts: a function of one parameter object for each text that takes any. */
export type BcTexts = { readonly [K in keyof BcTextParams]: (p: BcTextParams[K]) => string } & { readonly [K in BcFixedText]: string };

export const BC_TEXT: BcTexts = {
  national: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  /** The number is left blank: the văn thư gives it when the report is signed. */
  number: ({ kind, symbol }) => `Số:          /${kind}-${symbol}`,
  /** Day and month are left blank for the day of signing. */
  dateLine: ({ place, year }) => `${place}, ngày       tháng       năm ${year}`,
  title: "BÁO CÁO",
  subject: ({ year, from, to }) =>
    year !== null
      ? `Kết quả thực hiện Chiến lược quốc gia về bình đẳng giới năm ${year}`
      : `Tổng kết thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${from} - ${to}`,
  opening: ({ planTitle, agency, year, from, to }) =>
    `Thực hiện ${planTitle} (sau đây gọi là Kế hoạch), ${agency} báo cáo ` +
    (year !== null ? `kết quả thực hiện năm ${year} như sau:` : `tổng kết kết quả thực hiện giai đoạn ${from} - ${to} như sau:`),
  partResults: "I. KẾT QUẢ THỰC HIỆN",
  sectionHeading: ({ n, title, id }) => `${n}. ${title} (mục ${id} của Kế hoạch)`,
  taskHeading: ({ num, title }) => `${num}. ${title}`,
  subTaskHeading: ({ letter, title }) => `${letter}) ${title}`,
  activities: ({ scope, n, completed }) =>
    n === 0
      ? `${scope}, bảng theo dõi chưa ghi nhận hoạt động nào.`
      : completed >= n
        ? `${scope}, đã thực hiện ${n} hoạt động:`
        : `${scope}, đã triển khai ${n} hoạt động, trong đó ${completed} hoạt động đã hoàn thành:`,
  inYear: ({ year }) => `Năm ${year}`,
  inPeriod: ({ from, to }) => `Giai đoạn ${from} - ${to}`,
  activityInline,
  activityItem: ({ text, when, open, last }) =>
    `- ${activityInline({ text, when, open })}${last ? "." : ";"}`,
  noText: "(không ghi nội dung)",
  yearItem: ({ year, items, last }) => `- Năm ${year}: ${items.join("; ")}${last ? "." : ";"}`,
  more: ({ n }) => `và ${n} hoạt động khác`,
  people: ({ total, female, femaleShare, ethnic, ethnicShare }) =>
    `Số người tham gia: ${total} lượt người, trong đó ${female === null ? "số nữ: không có số liệu" : `nữ ${female} lượt`}` +
    (femaleShare ? ` (chiếm ${femaleShare})` : "") +
    `, ${ethnic === null ? "số người dân tộc thiểu số: không có số liệu" : `người dân tộc thiểu số ${ethnic} lượt`}` +
    (ethnicShare ? ` (chiếm ${ethnicShare})` : "") +
    ".",
  budget: ({ money }) => `Kinh phí thực hiện: ${money} triệu đồng.`,
  groupSummary: ({ n, people, money }) =>
    `Kết quả chung: ${n} hoạt động` + (people ? `, ${people} lượt người tham gia` : "") + (money ? `, kinh phí ${money} triệu đồng` : "") + ".",
  otherActivities: "Các hoạt động chung của nhiệm vụ:",
  campaignWindow: ({ from, to }) => `Thời gian cao điểm: từ ngày ${from} đến ngày ${to}.`,
  outsideWindow: ({ n, dates }) =>
    `Có ${n} hoạt động tổ chức ngoài thời gian cao điểm (${dates}) nên không được tính là kết quả của đợt cao điểm.`,
  evaluation: ({ state, due, effective, once }) => {
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
  periodEvaluation: ({ parts }) =>
    `Đánh giá: ${parts
      .map((p, i) => `${i === 0 ? capitalise(STATE_WORDS[p.state]) : STATE_WORDS[p.state]} năm ${p.years}`)
      .join("; ")}.`,
  periodProgress: ({ done, due, pct }) => `Tiến độ: hoàn thành ${done}/${due} năm đến hạn, đạt ${pct}.`,
  asNeeded: "Nhiệm vụ thực hiện khi có yêu cầu, không giao chỉ tiêu theo năm.",
  unmappedHeading: ({ n }) => `${n}. Hoạt động chưa xác định được nhiệm vụ của Kế hoạch`,
  partAssessment: "II. ĐÁNH GIÁ CHUNG",
  overallHeading: "1. Kết quả chung",
  overall: ({ scope, n, completed, people, money }) =>
    (completed >= n ? `${scope}, đã thực hiện ${n} hoạt động` : `${scope}, đã triển khai ${n} hoạt động (hoàn thành ${completed})`) +
    (people ? `, với ${people}` : "") +
    (money ? `; tổng kinh phí thực hiện ${money} triệu đồng` : "") +
    ".",
  overallPeople: ({ total, female, femaleShare, ethnic, ethnicShare }) =>
    `${total} lượt người tham gia, trong đó ${female === null ? "số nữ: không có số liệu" : `nữ ${female} lượt`}` +
    (femaleShare ? ` (chiếm ${femaleShare})` : "") +
    `, ${ethnic === null ? "số người dân tộc thiểu số: không có số liệu" : `người dân tộc thiểu số ${ethnic} lượt`}` +
    (ethnicShare ? ` (chiếm ${ethnicShare})` : ""),
  progressHeading: "2. Tiến độ thực hiện Kế hoạch",
  progress: ({ asOf, scope, done, due, pct }) =>
    `Tính đến ngày ${asOf}, đã hoàn thành ${done}/${due} nhiệm vụ đến hạn ${scope}, đạt ${pct}.`,
  progressNoneDue: ({ asOf, scope }) => `Tính đến ngày ${asOf}, chưa có nhiệm vụ nào ${scope} đến hạn.`,
  scopeYear: ({ year }) => `của năm ${year}`,
  scopePeriod: ({ from, to }) => `của giai đoạn ${from} - ${to}`,
  byYear: ({ items }) => `Theo từng năm: ${items.join("; ")}.`,
  yearProgress: ({ year, done, due, pct }) => `năm ${year} đạt ${pct} (${done}/${due})`,
  yearNoneDue: ({ year }) => `năm ${year} chưa có nhiệm vụ đến hạn`,
  openHeading: "3. Nhiệm vụ chưa hoàn thành",
  noOverdue: "Không có nhiệm vụ nào quá hạn.",
  overdueIntro: ({ n }) => `Có ${n} nhiệm vụ quá hạn, chưa hoàn thành:`,
  openIntro: ({ n }) => `Có ${n} nhiệm vụ đang thực hiện hoặc chưa thực hiện, chưa đến hạn:`,
  obligationItem: ({ id, title, year, due, last }) =>
    `- ${id}. ${title} (${year}, thời hạn: ${due})${last ? "." : ";"}`,
  oneYear: ({ year }) => `năm ${year}`,
  wholePeriod: ({ from, to }) => `giai đoạn ${from} - ${to}`,
  dataHeading: "4. Số liệu theo dõi",
  dataOk: "Bảng theo dõi đã được kiểm tra, không phát hiện lỗi hoặc điểm cần rà soát.",
  dataProblems: ({ errors, warnings }) =>
    `Qua kiểm tra, bảng theo dõi còn ${errors} lỗi và ${warnings} điểm cần rà soát chưa được khắc phục:`,
  problemItem: ({ what, n, where, last }) => `- ${what}: ${n} trường hợp${where ? ` (${where})` : ""}${last ? "." : ";"}`,
  moreCells: ({ n }) => `và ${n} ô khác`,
  cellRef: ({ sheet, ref }) => (ref.includes(":") ? `trang “${sheet}” dòng ${ref.split(":")[0]}` : `trang “${sheet}” ô ${ref}`),
  dataNote:
    "Số liệu trong báo cáo được tổng hợp từ bảng theo dõi như hiện có; sau khi chỉnh sửa bảng theo dõi cần lập lại báo cáo.",
  partRecommendations: "III. KIẾN NGHỊ, ĐỀ XUẤT",
  closing: ({ subject, agency, forms }) =>
    `Trên đây là báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)} của ${agency}` +
    (forms.length > 0 ? ` (kèm theo ${forms.join(", ")})` : "") +
    "./.",
  formName: ({ code }) => `Biểu ${code.slice(1)}`,
  recipientsLabel: "Nơi nhận:",
  recipientItem: ({ s, last }) => `- ${s}${last ? "." : ";"}`,
};
