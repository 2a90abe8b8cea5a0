/** Texts of the Reports view: forms, the reporting body's details, writing and replacing report sheets. */
import type { Catalogue, Locale } from "../../core/i18n/locale";
import type { FormCode } from "../../core/report/form-descriptors";

type Form = FormCode;
type ProfileKey = "parentBody" | "agencyName" | "symbol" | "place" | "signerAuthority" | "signerTitle" | "signerName" | "recipients"
  | "planNumber" | "planDate" | "requestLetter";

const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + and + items[items.length - 1];

const FORM_VI: Record<Form, string> = {
  BC: "Báo cáo kết quả thực hiện",
  B01: "Biểu 01 – Kết quả theo nhiệm vụ",
  B02: "Biểu 02 – Các đợt truyền thông cao điểm",
  B03: "Biểu 03 – Tiến độ cả giai đoạn",
  B04: "Biểu 04 – Kết quả theo đơn vị",
};
const FORM_EN: Record<Form, string> = {
  BC: "Report on results",
  B01: "Form 01 – Results by task",
  B02: "Form 02 – Communication campaigns",
  B03: "Form 03 – Progress over the period",
  B04: "Form 04 – Results by unit",
};

export interface ReportsMessageParams {
  reportsTitle: void;
  reportsIntro: void;
  reportPeriod: void;
  halfLabel: { year: number };
  cutoffNd09: void;
  cutoffHint: void;
  reportForms: void;
  formLabel: { form: Form; sheet: string };
  profileTitle: void;
  profileSummary: { symbol: string; place: string; signer: string };
  editProfile: void;
  profileEditorLabel: void;
  profilePresets: void;
  presetBanDanToc: void;
  presetSoDanTocTonGiao: void;
  presetByDate: { day: string; agency: string };
  saveProfile: void;
  profileSavedTitle: void;
  profileSavedBody: void;
  profileSaveFailedTitle: void;
  savedProfileInvalidTitle: void;
  savedProfileInvalidBody: void;
  makeReports: void;
  makeReportsHint: { period: string };
  chooseAForm: void;
  buildFailedTitle: void;
  writeFailedTitle: void;
  replaceTitle: void;
  replaceBody: { n: number };
  replaceNote: void;
  replaceConfirm: void;
  reportsWrittenTitle: { n: number };
  reportsWrittenBody: { sheets: string[] };
  reportsReplaced: { sheets: string[] };
  reportsLeftOut: { n: number; sheet: string };
  reportRenamed: { wanted: string; used: string };
  lastWriteTitle: void;
}

export const REPORTS_MESSAGES: Catalogue<keyof ReportsMessageParams, ReportsMessageParams> = {
  vi: {
    reportsTitle: () => "Tạo báo cáo",
    reportsIntro: () =>
      "Ghi các biểu báo cáo theo thể thức Nghị định 30/2020/NĐ-CP vào các trang tính mới. Các trang tính của bạn không bị thay đổi.",
    reportPeriod: () => "Kỳ báo cáo",
    halfLabel: ({ year }) => `6 tháng đầu năm ${year}`,
    cutoffNd09: () => "Chốt số liệu theo Nghị định 09/2019/NĐ-CP",
    cutoffHint: () => "Năm: từ 15/12 năm trước đến 14/12; 6 tháng: từ 15/12 năm trước đến 14/6. Không chọn: theo năm dương lịch.",
    reportForms: () => "Biểu mẫu",
    formLabel: ({ form, sheet }) => `${FORM_VI[form]} — trang “${sheet}”`,
    profileTitle: () => "Cơ quan báo cáo",
    profileSummary: ({ symbol, place, signer }) => `Số: …/BC-${symbol} · ${place} · Người ký: ${signer}`,
    editProfile: () => "Sửa thông tin cơ quan",
    profileEditorLabel: () => "Thông tin cơ quan báo cáo",
    profilePresets: () => "Điền sẵn:",
    presetBanDanToc: () => "Ban Dân tộc",
    presetSoDanTocTonGiao: () => "Sở Dân tộc và Tôn giáo",
    presetByDate: ({ day, agency }) => `Báo cáo ngày ${day}: mặc định là ${agency} (Sở Dân tộc và Tôn giáo từ ngày 01/3/2025).`,
    saveProfile: () => "Lưu thông tin",
    profileSavedTitle: () => "Đã lưu thông tin cơ quan",
    profileSavedBody: () => "Thông tin được lưu trong sổ làm việc và dùng cho các báo cáo sau.",
    profileSaveFailedTitle: () => "Không lưu được thông tin cơ quan",
    savedProfileInvalidTitle: () => "Thông tin cơ quan lưu trong sổ làm việc không hợp lệ",
    savedProfileInvalidBody: () => "Ngăn tác vụ dùng thông tin mặc định. Mở “Sửa thông tin cơ quan” để nhập lại và lưu.",
    makeReports: () => "Tạo báo cáo",
    makeReportsHint: ({ period }) => `Kỳ: ${period}. Trang báo cáo đầu tiên sẽ được mở sau khi ghi.`,
    chooseAForm: () => "Chọn ít nhất một biểu mẫu.",
    buildFailedTitle: () => "Không lập được báo cáo",
    writeFailedTitle: () => "Không ghi được các trang báo cáo",
    replaceTitle: () => "Thay thế báo cáo đã có?",
    replaceBody: ({ n }) => `Sổ làm việc đã có ${n} trang báo cáo do phần bổ trợ tạo trước đây cho kỳ này:`,
    replaceNote: () => "Tạo lại sẽ ghi đè đúng các trang này. Những trang tính khác không bị thay đổi.",
    replaceConfirm: () => "Thay thế",
    reportsWrittenTitle: ({ n }) => `Đã tạo ${n} trang báo cáo`,
    reportsWrittenBody: ({ sheets }) => `Đã ghi: ${list(sheets, " và ")}. Kiểm tra lại số liệu và bổ sung phần Kiến nghị trước khi in.`,
    reportsReplaced: ({ sheets }) => `Đã thay thế bản cũ: ${list(sheets, " và ")}.`,
    reportsLeftOut: ({ n, sheet }) => `${n} giá trị sai không được tính vào số liệu; xem danh sách ở trang “${sheet}”.`,
    reportRenamed: ({ wanted, used }) => `Sổ làm việc đã có trang “${wanted}” của bạn, nên báo cáo được ghi vào trang “${used}”.`,
    lastWriteTitle: () => "Các trang vừa ghi",
  },
  en: {
    reportsTitle: () => "Make reports",
    reportsIntro: () =>
      "Writes the report forms to new sheets, in Vietnamese and in the format of Decree 30/2020/NĐ-CP. Your own sheets are not changed.",
    reportPeriod: () => "Reporting period",
    halfLabel: ({ year }) => `First six months of ${year}`,
    cutoffNd09: () => "Data cut-off of Decree 09/2019/NĐ-CP",
    cutoffHint: () => "Year: 15/12 of the year before to 14/12; six months: 15/12 to 14/6. Unticked: calendar dates.",
    reportForms: () => "Forms",
    formLabel: ({ form, sheet }) => `${FORM_EN[form]} — sheet “${sheet}”`,
    profileTitle: () => "Reporting body",
    profileSummary: ({ symbol, place, signer }) => `No. …/BC-${symbol} · ${place} · Signed by: ${signer}`,
    editProfile: () => "Edit the body's details",
    profileEditorLabel: () => "Details of the reporting body",
    profilePresets: () => "Fill in:",
    presetBanDanToc: () => "Ban Dân tộc",
    presetSoDanTocTonGiao: () => "Sở Dân tộc và Tôn giáo",
    presetByDate: ({ day, agency }) => `A report dated ${day} defaults to the ${agency} (the Sở Dân tộc và Tôn giáo from 01/3/2025).`,
    saveProfile: () => "Save details",
    profileSavedTitle: () => "The body's details were saved",
    profileSavedBody: () => "They are saved in the workbook and used for the next reports.",
    profileSaveFailedTitle: () => "The body's details could not be saved",
    savedProfileInvalidTitle: () => "The body's details saved in the workbook are not valid",
    savedProfileInvalidBody: () => "The task pane uses the defaults. Open “Edit the body's details” to enter and save them again.",
    makeReports: () => "Make reports",
    makeReportsHint: ({ period }) => `Period: ${period}. The first report sheet opens once written.`,
    chooseAForm: () => "Choose at least one form.",
    buildFailedTitle: () => "The reports could not be prepared",
    writeFailedTitle: () => "The report sheets could not be written",
    replaceTitle: () => "Replace the existing reports?",
    replaceBody: ({ n }) => `The workbook already has ${n} report sheet${n === 1 ? "" : "s"} made earlier by the add-in for this period:`,
    replaceNote: () => "Making them again overwrites exactly these sheets. No other sheet is changed.",
    replaceConfirm: () => "Replace",
    reportsWrittenTitle: ({ n }) => `${n} report sheet${n === 1 ? "" : "s"} made`,
    reportsWrittenBody: ({ sheets }) => `Written: ${list(sheets, " and ")}. Check the figures and fill in the Recommendations before printing.`,
    reportsReplaced: ({ sheets }) => `Older versions replaced: ${list(sheets, " and ")}.`,
    reportsLeftOut: ({ n, sheet }) => `${n} ${n === 1 ? "value" : "values"} flagged as wrong left out of the figures; see the list on sheet "${sheet}".`,
    reportRenamed: ({ wanted, used }) => `The workbook already has a sheet of yours named “${wanted}”, so the report went to “${used}”.`,
    lastWriteTitle: () => "Sheets just written",
  },
};

const PROFILE_LABELS: Record<Locale, Record<ProfileKey, string>> = {
  vi: {
    parentBody: "Cơ quan chủ quản",
    agencyName: "Cơ quan ban hành",
    symbol: "Chữ viết tắt trong số ký hiệu",
    place: "Địa danh",
    signerAuthority: "Thẩm quyền ký",
    signerTitle: "Chức vụ người ký",
    signerName: "Họ tên người ký",
    recipients: "Nơi nhận",
    planNumber: "Số Kế hoạch của cơ quan",
    planDate: "Ngày ban hành Kế hoạch",
    requestLetter: "Văn bản đề nghị báo cáo",
  },
  en: {
    parentBody: "Parent body",
    agencyName: "Issuing agency",
    symbol: "Abbreviation in the document number",
    place: "Place name",
    signerAuthority: "Signing authority",
    signerTitle: "Signer's title",
    signerName: "Signer's name",
    recipients: "Recipients",
    planNumber: "Number of the agency's plan",
    planDate: "Date of the agency's plan",
    requestLetter: "Letter asking for the report",
  },
};

const PROFILE_HINTS: Record<Locale, Partial<Record<ProfileKey, string>>> = {
  vi: {
    symbol: "Ví dụ BDT trong “Số: …/BC-BDT”; chữ in hoa, số và dấu gạch ngang",
    signerAuthority: "Khi cấp phó ký thay, ví dụ “KT. TRƯỞNG BAN”; để trống nếu người đứng đầu ký",
    signerName: "Để trống để người ký tự ghi",
    recipients: "Mỗi dòng một nơi nhận; dòng cuối thường là “Lưu: VT, …”",
    planNumber: "Ví dụ 85/KH-BDT; để trống thì báo cáo để dòng chấm cho người ký điền",
    planDate: "Ví dụ 10/6/2021; để trống thì báo cáo để dòng chấm",
    requestLetter: "Ví dụ Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ; để trống nếu không có",
  },
  en: {
    symbol: "e.g. BDT in “Số: …/BC-BDT”; capitals, digits and hyphens",
    signerAuthority: "When a deputy signs, e.g. “KT. TRƯỞNG BAN”; empty when the head signs",
    signerName: "Leave empty for the signer to write in",
    recipients: "One recipient per line; the last is usually “Lưu: VT, …”",
    planNumber: "e.g. 85/KH-BDT; empty leaves a dotted blank in the report",
    planDate: "e.g. 10/6/2021; empty leaves a dotted blank",
    requestLetter: "e.g. Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ; empty when there is none",
  },
};

export function profileFieldLabel(f: ProfileKey, locale: Locale): string {
  return PROFILE_LABELS[locale][f];
}

export function profileFieldHint(f: ProfileKey, locale: Locale): string | null {
  return PROFILE_HINTS[locale][f] ?? null;
}
