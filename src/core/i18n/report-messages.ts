/**
 * Texts of the BC report and what each data problem is called in it. The BC form is a Vietnamese
 * administrative document sent to a Vietnamese authority: its text is Vietnamese whatever the
 * interface language (BC_TEXT has no English). What each data problem is called is with the rules'
 * names (rule-names.ts). The tables' texts (table-messages.ts) and the profile's
 * (profile-messages.ts) are re-exported here, so that the report's catalogue is one import.
 */

export { PROFILE_TEXT, type ProfileField, type ProfileTexts } from "./profile-messages";
export { TABLE_TEXT, type TableTexts } from "./table-messages";

/* ------------------------------------------------------- BC (Vietnamese only) */

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "Activity (15/11/2024)", or with ", chưa hoàn thành" when it is not completed. */
function activityInline({ text, when, open }: BcTextParams["activityInline"]): string {
  return `${text}${when ? ` (${when}${open ? ", chưa hoàn thành" : ""})` : open ? " (chưa hoàn thành)" : ""}`;
}

/** A share with its base named when the base is not every participant: "chiếm 54% số người của các hoạt động có ghi số nữ". */
function shareWords(pct: string, partial: boolean, what: string): string {
  return partial ? `chiếm ${pct} số người của các hoạt động có ghi ${what}` : `chiếm ${pct}`;
}

/** "trong đó nữ 540 lượt (chiếm 43,4%)", "không có nữ", "chưa có số liệu về số nữ". */
function breakdown(p: BcPeople["female"], noun: string, what: string): string {
  if (p === null) return `chưa có số liệu về ${what}`;
  if (p.count === "0") return `không có ${noun}`;
  return `${noun} ${p.count} lượt` + (p.share ? ` (${shareWords(p.share, p.partial, what)})` : "");
}

/** The people of a figure: the total, then women and ethnic-minority people with their shares. */
export interface BcPeople {
  total: string;
  /** null: no activity recorded the breakdown. */
  female: { count: string; share: string | null; partial: boolean } | null;
  ethnic: { count: string; share: string | null; partial: boolean } | null;
}

function peopleWords(p: BcPeople): string {
  if (p.female === null && p.ethnic === null) return `${p.total} lượt người tham gia (chưa có số liệu về số nữ và số người dân tộc thiểu số)`;
  return `${p.total} lượt người tham gia, trong đó ${breakdown(p.female, "nữ", "số nữ")}, ${breakdown(p.ethnic, "người dân tộc thiểu số", "số người dân tộc thiểu số")}`;
}

/** "2021, 2022 và 2024", or "2021 - 2025" for a run of three or more years. */
function yearSpan(years: readonly number[]): string {
  if (years.length >= 3 && years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1)) return `${years[0]} - ${years[years.length - 1]}`;
  if (years.length <= 1) return years.map(String).join("");
  return `${years.slice(0, -1).join(", ")} và ${years[years.length - 1]}`;
}

/** Parameters of the BC report's texts that take any; the others are fixed texts. */
export interface BcTextParams {
  activityInline: { text: string; when: string | null; open: boolean };
  number: { kind: string; symbol: string };
  dateLine: { place: string; year: number };
  subject: { year: number | null; from: number; to: number; half?: boolean };
  /** The opening sentence: the plans it carries out, the request it answers, what it reports. */
  opening: { provincialPlan: string | null; ownPlan: string; request: string | null; agency: string; scope: string };
  planReference: { number: string; date: string; issuer: string; about: string };
  requestReference: { letter: string };
  reportScope: { year: number | null; half: boolean; from: number; to: number };
  sectionHeading: { n: number; title: string; id: string };
  taskHeading: { num: string; title: string };
  subTaskHeading: { letter: string; title: string };
  scope: { year: number | null; half: boolean; from: number; to: number };
  activities: { scope: string; n: number; completed: number };
  noActivity: { scope: string; state: "overdue" | "open" | "as-needed" | "none"; due: string };
  activityItem: { text: string; when: string | null; open: boolean; last: boolean };
  yearItem: { year: number; items: string[]; last: boolean };
  repeatedItem: { text: string; years: number[]; all: boolean; n: number; last: boolean };
  more: { n: number };
  people: BcPeople;
  budget: { money: string };
  groupSummary: { n: number; people: string | null; money: string | null; outside: number };
  campaignWindow: { from: string; to: string };
  outsideWindow: { n: number; dates: string };
  taskState: { state: "overdue" | "in-progress" | "not-started" | "not-due" | "once-done"; due: string; effective: string; period: string };
  periodStates: { parts: Array<{ state: "done" | "overdue" | "in-progress" | "not-started" | "not-yet-due" | "not-due"; years: number[] }> };
  unmappedHeading: { n: number };
  overall: { scope: string; n: number; completed: number; people: BcPeople | null; money: string | null };
  progress: { at: string; scope: string; done: number; due: number; pct: string };
  progressNoneDue: { at: string; scope: string; early: number };
  scopeOfYear: { year: number | null; half: boolean; from: number; to: number };
  byYear: { full: number[]; others: string[] };
  yearProgress: { year: number; done: number; due: number; pct: string };
  yearNoneDue: { year: number };
  shares: { scope: string; female: string | null; ethnic: string | null; prevScope: string | null; prevFemale: string | null; prevEthnic: string | null; partial: boolean };
  sharesByYear: { female: string[]; ethnic: string[]; partial: boolean };
  overdueIntro: { n: number };
  neverDoneIntro: { n: number; scope: string };
  obligationItem: { id: string; title: string; year: string; due: string; none: boolean; last: boolean };
  taskItem: { id: string; title: string; last: boolean };
  oneYear: { year: number };
  wholePeriod: { from: number; to: number };
  nextHeading: { year: number | null; half: boolean; from: number; to: number };
  nextOpen: { n: number };
  nextOverdue: { n: number };
  nextAnnual: { year: number };
  closing: { subject: string; agency: string; forms: string[] };
  formName: { code: string };
  recipientItem: { s: string; last: boolean };
}

type BcFixedText =
  | "national"
  | "motto"
  | "title"
  | "measure"
  | "partResults"
  | "noText"
  | "otherActivities"
  | "partAssessment"
  | "achievedHeading"
  | "limitsHeading"
  | "noLimits"
  | "causesHeading"
  | "causesObjective"
  | "causesSubjective"
  | "nextPeriod"
  | "nextLast"
  | "partRecommendations"
  | "recipientsLabel";

/** The BC report's texts: a function of one parameter object for each text that takes any. */
export type BcTexts = { readonly [K in keyof BcTextParams]: (p: BcTextParams[K]) => string } & { readonly [K in BcFixedText]: string };

const scopeWords = ({ year, half, from, to }: { year: number | null; half: boolean; from: number; to: number }): string =>
  year === null ? `giai đoạn ${from} - ${to}` : half ? `6 tháng đầu năm ${year}` : `năm ${year}`;

export const BC_TEXT: BcTexts = {
  national: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  /** The number is left blank: the văn thư gives it when the report is signed. */
  number: ({ kind, symbol }) => `Số:          /${kind}-${symbol}`,
  /** Day and month are left blank for the day of signing. */
  dateLine: ({ place, year }) => `${place}, ngày       tháng       năm ${year}`,
  title: "BÁO CÁO",
  subject: ({ year, from, to, half }) =>
    year !== null
      ? `Kết quả thực hiện Chiến lược quốc gia về bình đẳng giới ${half ? `6 tháng đầu năm ${year}` : `năm ${year}`}`
      : `Tổng kết thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${from} - ${to}`,
  opening: ({ provincialPlan, ownPlan, request, agency, scope }) =>
    `Thực hiện ${provincialPlan ? `${provincialPlan}; ` : ""}${ownPlan} (sau đây gọi là Kế hoạch)${request ? `; ${request}` : ""}, ${agency} báo cáo ${scope} như sau:`,
  planReference: ({ number, date, issuer, about }) => `Kế hoạch số ${number} ngày ${date} của ${issuer} ${about}`,
  requestReference: ({ letter }) => `theo đề nghị tại ${letter}`,
  reportScope: ({ year, half, from, to }) =>
    year === null ? `tổng kết kết quả thực hiện giai đoạn ${from} - ${to}` : `kết quả thực hiện ${scopeWords({ year, half, from, to })}`,
  measure:
    "Kế hoạch không đặt chỉ tiêu định lượng; tiến độ nêu trong báo cáo là tỷ lệ giữa số nhiệm vụ đã hoàn thành và số nhiệm vụ đến hạn theo Kế hoạch.",
  partResults: "I. KẾT QUẢ THỰC HIỆN",
  sectionHeading: ({ n, title, id }) => `${n}. ${title} (mục ${id} của Kế hoạch)`,
  taskHeading: ({ num, title }) => `${num}. ${title}`,
  subTaskHeading: ({ letter, title }) => `${letter}) ${title}`,
  scope: (p) => capitalise(scopeWords(p)),
  activities: ({ scope, n, completed }) =>
    completed >= n
      ? `${scope}, đã tổ chức ${n} hoạt động:`
      : completed === 0
        ? `${scope}, đang triển khai ${n} hoạt động, chưa có hoạt động nào hoàn thành:`
        : `${scope}, đã triển khai ${n} hoạt động, trong đó ${completed} hoạt động đã hoàn thành:`,
  noActivity: ({ scope, state, due }) => {
    switch (state) {
      case "overdue":
        return `${scope}, chưa tổ chức hoạt động nào; nhiệm vụ đã quá thời hạn (${due}).`;
      case "open":
        return `${scope}, chưa tổ chức hoạt động nào (thời hạn thực hiện: ${due}).`;
      case "as-needed":
        return `${scope}, chưa phát sinh hoạt động (nhiệm vụ thực hiện khi có yêu cầu).`;
      default:
        return `${scope}, chưa tổ chức hoạt động nào.`;
    }
  },
  activityInline,
  activityItem: ({ text, when, open, last }) => `- ${activityInline({ text, when, open })}${last ? "." : ";"}`,
  noText: "(không ghi nội dung)",
  yearItem: ({ year, items, last }) => `- Năm ${year}: ${items.join("; ")}${last ? "." : ";"}`,
  repeatedItem: ({ text, years, all, n, last }) =>
    `- ${text}: ${all ? `hằng năm, ${yearSpan(years)}` : `các năm ${yearSpan(years)}`}` +
    (n > years.length ? ` (${n} hoạt động)` : "") +
    (last ? "." : ";"),
  more: ({ n }) => `và ${n} hoạt động khác`,
  people: (p) => `Có ${peopleWords(p)}.`,
  budget: ({ money }) => `Kinh phí thực hiện: ${money} triệu đồng.`,
  groupSummary: ({ n, people, money, outside }) =>
    `Kết quả chung: ${n} hoạt động` +
    (outside > 0 ? ` (kể cả ${outside} hoạt động ngoài thời gian cao điểm)` : "") +
    (people ? `, ${people} lượt người tham gia` : "") +
    (money ? `, kinh phí ${money} triệu đồng` : "") +
    ".",
  otherActivities: "Các hoạt động chung của nhiệm vụ:",
  campaignWindow: ({ from, to }) => `Thời gian cao điểm: từ ngày ${from} đến ngày ${to}.`,
  outsideWindow: ({ n, dates }) =>
    `Ngoài thời gian cao điểm còn ${n === 1 ? "một" : n} hoạt động (${dates}), không tính vào kết quả của đợt cao điểm.`,
  taskState: ({ state, due, effective, period }) => {
    switch (state) {
      case "overdue":
        return `Nhiệm vụ chưa hoàn thành, đã quá thời hạn (${due}).`;
      case "in-progress":
        return `Nhiệm vụ đang thực hiện, chưa có hoạt động hoàn thành (thời hạn: ${due}).`;
      case "not-started":
        return `Nhiệm vụ chưa được thực hiện (thời hạn: ${due}).`;
      case "not-due":
        return `Nhiệm vụ không áp dụng vì thời gian thực hiện trước ngày Kế hoạch có hiệu lực (${effective}).`;
      default:
        return `Nhiệm vụ thực hiện một lần trong giai đoạn ${period}, đã hoàn thành.`;
    }
  },
  /** "Hoàn thành các năm 2021 - 2024; năm 2025 chưa đến hạn." */
  periodStates: ({ parts }) =>
    capitalise(
      parts
        .map(({ state, years }) => {
          const y = years.length > 1 ? `các năm ${yearSpan(years)}` : `năm ${years[0]}`;
          switch (state) {
            case "done":
              return `hoàn thành ${y}`;
            case "overdue":
              return `${y} chưa hoàn thành, đã quá hạn`;
            case "in-progress":
              return `${y} đang thực hiện`;
            case "not-started":
              return `${y} chưa thực hiện`;
            case "not-yet-due":
              return `${y} chưa đến hạn`;
            default:
              return `${y} không áp dụng (trước ngày Kế hoạch có hiệu lực)`;
          }
        })
        .join("; "),
    ) + ".",
  unmappedHeading: ({ n }) => `${n}. Hoạt động chưa xác định được nhiệm vụ của Kế hoạch`,
  partAssessment: "II. ĐÁNH GIÁ",
  achievedHeading: "1. Kết quả đạt được",
  overall: ({ scope, n, completed, people, money }) =>
    (n === 0
      ? `${scope}, chưa tổ chức hoạt động nào`
      : completed >= n
        ? `${scope}, đã tổ chức ${n} hoạt động`
        : `${scope}, đã triển khai ${n} hoạt động (hoàn thành ${completed})`) +
    (people ? `, với ${peopleWords(people)}` : "") +
    (money ? `; tổng kinh phí thực hiện ${money} triệu đồng` : "") +
    ".",
  progress: ({ at, scope, done, due, pct }) => `Tính đến ngày ${at}, đã hoàn thành ${done}/${due} nhiệm vụ đến hạn ${scope}, đạt ${pct}.`,
  progressNoneDue: ({ at, scope, early }) =>
    `Tính đến ngày ${at}, chưa có nhiệm vụ nào ${scope} đến hạn` +
    (early > 0 ? `; đã hoàn thành trước thời hạn ${early} nhiệm vụ.` : "."),
  scopeOfYear: (p) => `của ${scopeWords(p)}`,
  byYear: ({ full, others }) =>
    `Theo từng năm: ${[full.length > 0 ? `${full.length > 1 ? "các năm" : "năm"} ${yearSpan(full)} đạt 100%` : "", ...others].filter((x) => x !== "").join("; ")}.`,
  yearProgress: ({ year, done, due, pct }) => `năm ${year} đạt ${pct} (${done}/${due})`,
  yearNoneDue: ({ year }) => `năm ${year} chưa có nhiệm vụ đến hạn`,
  shares: ({ scope, female, ethnic, prevScope, prevFemale, prevEthnic, partial }) =>
    `${capitalise(scope)}, ` +
    [
      female ? `tỷ lệ nữ trong số người tham gia là ${female}${prevScope && prevFemale ? ` (${prevScope}: ${prevFemale})` : ""}` : "",
      ethnic ? `tỷ lệ người dân tộc thiểu số là ${ethnic}${prevScope && prevEthnic ? ` (${prevScope}: ${prevEthnic})` : ""}` : "",
    ]
      .filter((x) => x !== "")
      .join("; ") +
    (partial ? " (tính trên các hoạt động có ghi số liệu này)" : "") +
    ".",
  sharesByYear: ({ female, ethnic, partial }) =>
    [
      female.length > 0 ? `Tỷ lệ nữ trong số người tham gia qua các năm: ${female.join("; ")}.` : "",
      ethnic.length > 0 ? `Tỷ lệ người dân tộc thiểu số qua các năm: ${ethnic.join("; ")}.` : "",
    ]
      .filter((x) => x !== "")
      .join(" ") + (partial ? " Các tỷ lệ tính trên các hoạt động có ghi số liệu này." : ""),
  limitsHeading: "2. Tồn tại, hạn chế",
  noLimits: "Các nhiệm vụ đến hạn đều đã hoàn thành.",
  overdueIntro: ({ n }) => `Còn ${n === 1 ? "một" : n} nhiệm vụ quá hạn, chưa hoàn thành:`,
  neverDoneIntro: ({ n, scope }) => `${n === 1 ? "Một" : `Có ${n}`} nhiệm vụ chưa tổ chức hoạt động nào trong ${scope}:`,
  obligationItem: ({ id, title, year, due, none, last }) =>
    `- ${id}. ${title} (${year}, thời hạn: ${due}${none ? ", chưa tổ chức hoạt động nào" : ""})${last ? "." : ";"}`,
  taskItem: ({ id, title, last }) => `- ${id}. ${title}${last ? "." : ";"}`,
  oneYear: ({ year }) => `năm ${year}`,
  wholePeriod: ({ from, to }) => `giai đoạn ${from} - ${to}`,
  causesHeading: "3. Nguyên nhân",
  causesObjective: "a) Nguyên nhân khách quan:",
  causesSubjective: "b) Nguyên nhân chủ quan:",
  nextHeading: ({ year, half, to }) =>
    year === null
      ? `III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN ${to + 1} - ${to + 5}`
      : half
        ? `III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM ${year}`
        : `III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`,
  nextOpen: ({ n }) => `Tiếp tục thực hiện ${n === 1 ? "nhiệm vụ" : `${n} nhiệm vụ`} chưa hoàn thành, chưa đến hạn:`,
  nextOverdue: ({ n }) => `Khẩn trương hoàn thành ${n === 1 ? "nhiệm vụ" : `${n} nhiệm vụ`} còn quá hạn nêu tại mục II.2.`,
  nextAnnual: ({ year }) => `Tiếp tục thực hiện các nhiệm vụ thường xuyên hằng năm và các đợt truyền thông cao điểm của Kế hoạch trong năm ${year}.`,
  nextPeriod:
    "Tiếp tục lồng ghép thực hiện bình đẳng giới trong công tác dân tộc; tham mưu xây dựng kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới của giai đoạn mới khi có hướng dẫn.",
  nextLast: "Tổng kết việc thực hiện Kế hoạch giai đoạn và chuẩn bị kế hoạch của giai đoạn tiếp theo.",
  partRecommendations: "IV. KIẾN NGHỊ, ĐỀ XUẤT",
  closing: ({ subject, agency, forms }) =>
    `Trên đây là báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)} của ${agency}` +
    (forms.length > 0 ? ` (kèm theo ${forms.join(", ")})` : "") +
    "./.",
  formName: ({ code }) => `Biểu ${code.slice(1)}`,
  recipientsLabel: "Nơi nhận:",
  recipientItem: ({ s, last }) => `- ${s}${last ? "." : ";"}`,
};
