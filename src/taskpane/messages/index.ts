/**
 * The task pane's texts, Vietnamese first, English second. Each message that reports a problem
 * says what happened (a title) and what to do (a body). Rule messages themselves come from
 * rules-messages.ts through the validator; this catalogue names the rules for the grouped list.
 */
import type { Frequency } from "../../core/plan/schema";
import type { ActivityStatus, Field } from "../../core/read/types";
import type { RuleCode, Severity } from "../../core/validate/issue";
import { formatNumber, type Catalogue, type Locale } from "../../core/i18n/locale";

type Form = "BC" | "B01" | "B02" | "B03";
type ProfileKey = "parentBody" | "agencyName" | "symbol" | "place" | "signerAuthority" | "signerTitle" | "signerName" | "recipients";

/** Parameters of each message; `void` for a fixed text. */
export interface TaskpaneMessageParams {
  appTitle: void;
  appSubtitle: void;
  languageLabel: void;
  tabsLabel: void;
  tabValidate: void;
  tabProgress: void;
  tabReports: void;
  tabPlan: void;
  noOfficeTitle: void;
  notExcelTitle: void;
  noOfficeBody: void;

  cancel: void;
  close: void;
  dismiss: void;
  tryAgain: void;
  technicalDetail: { detail: string };
  errorAdvice: void;
  cancelledTitle: { what: string };
  cancelledBody: void;
  busyTitle: void;
  busyBody: void;
  unexpectedTitle: void;
  viewCrashedTitle: void;
  viewCrashedBody: void;
  settingsLoadFailedTitle: void;
  settingsLoadFailedBody: void;
  localeSaveFailedTitle: void;
  localeSaveFailedBody: void;

  opCheck: void;
  opReanalyze: void;
  opMark: void;
  opClearMarks: void;
  opWriteReports: void;
  opTemplate: void;
  stepReadingWorkbook: void;
  stepReadingTables: void;
  stepValidating: void;
  stepWriting: void;
  checkFailedTitle: void;

  validateIntro: void;
  validatePoints: void;
  runCheck: void;
  recheck: void;
  staleTitle: void;
  staleBody: void;
  staleShort: void;
  resultTitle: void;
  resultAside: { tables: number; activities: number };
  severityFilterLabel: void;
  severityPlural: { severity: Severity };
  showOnlySeverity: { severity: string };
  showAllSeverities: void;
  noIssuesTitle: void;
  noIssuesBody: void;
  assumptionsTitle: void;
  tablesFoundTitle: { n: number };
  tableMeta: { from: number; to: number; activities: number };
  mappingOf: { sheet: string };
  mappingCorrected: void;
  editMapping: void;
  editMappingOf: { sheet: string };
  mappingEditorLabel: { sheet: string };
  mappingEditorHint: void;
  noColumn: void;
  columnUsedTwice: { letter: string; other: string };
  saveMapping: void;
  resetMapping: void;
  mappingSavedTitle: { sheet: string };
  mappingResetTitle: { sheet: string };
  mappingSavedBody: void;
  saveMappingFailedTitle: void;
  issuesTitle: void;
  issuesTotal: { n: number };
  issuesShownOf: { shown: number; total: number };
  filterSheet: void;
  filterTask: void;
  allSheets: void;
  allTasks: void;
  notOnASheet: void;
  clearFilters: void;
  markOnSheet: void;
  clearMarks: void;
  clickIssueHint: void;
  noIssuesMatch: void;
  groupCount: { n: number; severity: Severity };
  showMore: { n: number; rest: number };
  issueLocation: { sheet: string; cell: string | null; row: number | null };
  issueObligation: { taskId: string; year: number | null };
  issueWholeWorkbook: void;
  selectInExcel: void;
  selectFailedTitle: { sheet: string; cell: string };
  selectFailedBody: void;
  nothingToMarkTitle: void;
  nothingToMarkBody: void;
  markedTitle: { n: number };
  markedBody: void;
  markFailedTitle: void;
  clearedTitle: { n: number };
  clearedBody: void;
  clearFailedTitle: void;
  showInProgress: void;
  yearLabel: { year: number };
  wholePeriod: { from: number; to: number };
  frequencyLine: { frequency: Frequency; window: string | null };
  leadLine: { lead: string };
  windowLine: { window: string };
  statusLine: { status: string; activities: number };

  progressIntro: void;
  readData: void;
  overallProgress: void;
  asOfLine: { date: string };
  doneOfDue: { done: number; due: number };
  nothingDueYet: void;
  matrixTitle: void;
  taskColumn: void;
  yearProgress: void;
  legend: void;
  matrixHint: void;
  cellLabel: { taskId: string; year: number | null; status: string; activities: number };
  dueLine: { due: string };
  activitiesBehind: { n: number };
  noActivities: void;
  noActivityText: void;
  rowLocation: { sheet: string; row: number };

  reportsTitle: void;
  reportsIntro: void;
  reportPeriod: void;
  reportForms: void;
  formLabel: { form: Form; sheet: string };
  profileTitle: void;
  profileSummary: { symbol: string; place: string; signer: string };
  editProfile: void;
  profileEditorLabel: void;
  profilePresets: void;
  presetBanDanToc: void;
  presetSoDanTocTonGiao: void;
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
  reportRenamed: { wanted: string; used: string };
  lastWriteTitle: void;

  planInUse: void;
  planBuiltin: void;
  planCustom: void;
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

export type TaskpaneMessageKey = keyof TaskpaneMessageParams;
export type TaskpaneMessages = { [K in TaskpaneMessageKey]: (p: TaskpaneMessageParams[K]) => string };

const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? items.join("") : items.slice(0, -1).join(", ") + and + items[items.length - 1];

const SEVERITY_VI: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };
const SEVERITY_EN: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

const FREQUENCY: Record<Locale, Record<Frequency, string>> = {
  vi: { annual: "Hằng năm", campaign: "Đợt cao điểm", once: "Một lần trong giai đoạn", "as-needed": "Khi cần", group: "Nhóm nhiệm vụ" },
  en: { annual: "Every year", campaign: "Campaign", once: "Once in the period", "as-needed": "As needed", group: "Group of tasks" },
};

const FORM_VI: Record<Form, string> = {
  BC: "Báo cáo kết quả thực hiện",
  B01: "Biểu 01 – Kết quả theo nhiệm vụ",
  B02: "Biểu 02 – Các đợt truyền thông cao điểm",
  B03: "Biểu 03 – Tiến độ cả giai đoạn",
};
const FORM_EN: Record<Form, string> = {
  BC: "Report on results",
  B01: "Form 01 – Results by task",
  B02: "Form 02 – Communication campaigns",
  B03: "Form 03 – Progress over the period",
};

const vi: TaskpaneMessages = {
  appTitle: () => "Bình đẳng giới 2021–2025",
  appSubtitle: () => "Theo dõi, kiểm tra và báo cáo Kế hoạch",
  languageLabel: () => "Ngôn ngữ",
  tabsLabel: () => "Các chức năng",
  tabValidate: () => "Kiểm tra",
  tabProgress: () => "Tiến độ",
  tabReports: () => "Báo cáo",
  tabPlan: () => "Kế hoạch",
  noOfficeTitle: () => "Chưa mở trong Excel",
  notExcelTitle: () => "Phần bổ trợ này dành cho Excel",
  noOfficeBody: () =>
    "Bảng tác vụ cần một sổ tính Excel để làm việc. Mở sổ tính theo dõi trong Excel (máy tính hoặc trên web), rồi mở phần bổ trợ từ thẻ Trang đầu.",

  cancel: () => "Hủy",
  close: () => "Đóng",
  dismiss: () => "Ẩn thông báo",
  tryAgain: () => "Thử lại",
  technicalDetail: ({ detail }) => `Chi tiết kỹ thuật: ${detail}`,
  errorAdvice: () =>
    "Sổ tính không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, lưu sổ tính, đóng rồi mở lại bảng tác vụ và báo cho người hỗ trợ kèm chi tiết bên dưới.",
  cancelledTitle: ({ what }) => `Đã dừng: ${what}`,
  cancelledBody: () => "Kết quả trước đó (nếu có) vẫn được giữ nguyên.",
  busyTitle: () => "Đang có một việc chạy",
  busyBody: () => "Đợi việc đang chạy xong, hoặc bấm Hủy, rồi thử lại.",
  unexpectedTitle: () => "Có lỗi ngoài dự kiến",
  viewCrashedTitle: () => "Không hiển thị được phần này",
  viewCrashedBody: () => "Dữ liệu trong sổ tính không bị thay đổi. Bấm Thử lại, hoặc chuyển sang thẻ khác.",
  settingsLoadFailedTitle: () => "Không đọc được thiết lập đã lưu trong sổ tính",
  settingsLoadFailedBody: () => "Bảng tác vụ dùng thiết lập mặc định. Bạn vẫn làm việc bình thường; thiết lập sẽ được lưu lại khi bạn thay đổi.",
  localeSaveFailedTitle: () => "Không lưu được lựa chọn ngôn ngữ",
  localeSaveFailedBody: () => "Ngôn ngữ vẫn được đổi cho lần làm việc này.",

  opCheck: () => "Đang kiểm tra dữ liệu",
  opReanalyze: () => "Đang cập nhật kết quả",
  opMark: () => "Đang đánh dấu trên bảng tính",
  opClearMarks: () => "Đang xóa đánh dấu",
  opWriteReports: () => "Đang tạo báo cáo",
  opTemplate: () => "Đang chèn bảng theo dõi mẫu",
  stepReadingWorkbook: () => "Đọc các trang tính…",
  stepReadingTables: () => "Nhận dạng bảng theo dõi…",
  stepValidating: () => "Đối chiếu với kế hoạch…",
  stepWriting: () => "Ghi các trang báo cáo…",
  checkFailedTitle: () => "Không kiểm tra được dữ liệu",

  validateIntro: () =>
    "Đọc các bảng theo dõi trong sổ tính, đối chiếu với Kế hoạch và chỉ ra từng ô cần sửa. Việc kiểm tra không thay đổi dữ liệu của bạn.",
  validatePoints: () =>
    "Tìm bảng theo dõi ở mọi trang tính, kể cả tiêu đề hai dòng\nChỉ ra ô sai: mã nhiệm vụ, thời gian, số người, kinh phí, trạng thái\nĐối chiếu từng nhiệm vụ hằng năm và từng đợt cao điểm theo năm",
  runCheck: () => "Kiểm tra dữ liệu",
  recheck: () => "Kiểm tra lại",
  staleTitle: () => "Dữ liệu đã thay đổi",
  staleBody: () => "Sổ tính đã được sửa sau lần kiểm tra trước. Kiểm tra lại để có kết quả mới.",
  staleShort: () => "Sổ tính đã thay đổi sau lần đọc trước.",
  resultTitle: () => "Kết quả kiểm tra",
  resultAside: ({ tables, activities }) => `${tables} bảng, ${formatNumber(activities, "vi")} hoạt động`,
  severityFilterLabel: () => "Số vấn đề theo mức độ (bấm để lọc)",
  severityPlural: ({ severity }) => SEVERITY_VI[severity],
  showOnlySeverity: ({ severity }) => `Chỉ hiện: ${severity}`,
  showAllSeverities: () => "Hiện tất cả mức độ",
  noIssuesTitle: () => "Không phát hiện vấn đề nào",
  noIssuesBody: () => "Dữ liệu khớp với Kế hoạch. Bạn có thể xem Tiến độ hoặc tạo Báo cáo.",
  assumptionsTitle: () => "Giả định khi tính",
  tablesFoundTitle: ({ n }) => `Bảng theo dõi đã nhận dạng (${n})`,
  tableMeta: ({ from, to, activities }) =>
    `${from === to ? `Tiêu đề ở dòng ${from}` : `Tiêu đề ở dòng ${from}–${to}`} · ${formatNumber(activities, "vi")} hoạt động`,
  mappingOf: ({ sheet }) => `Các cột của bảng trong trang “${sheet}”`,
  mappingCorrected: () => "Đã chỉnh",
  editMapping: () => "Sửa cột",
  editMappingOf: ({ sheet }) => `Sửa cách đọc cột của trang “${sheet}”`,
  mappingEditorLabel: ({ sheet }) => `Cách đọc các cột của trang “${sheet}”`,
  mappingEditorHint: () => "Chọn cột chứa từng loại thông tin. Lựa chọn được lưu trong sổ tính và dùng cho các lần kiểm tra sau.",
  noColumn: () => "(không có)",
  columnUsedTwice: ({ letter, other }) => `Cột ${letter} đã được chọn cho “${other}”. Mỗi cột chỉ dùng cho một loại thông tin.`,
  saveMapping: () => "Lưu",
  resetMapping: () => "Nhận dạng tự động",
  mappingSavedTitle: ({ sheet }) => `Đã lưu cách đọc cột của trang “${sheet}”`,
  mappingResetTitle: ({ sheet }) => `Trang “${sheet}” được đọc lại theo nhận dạng tự động`,
  mappingSavedBody: () => "Kết quả kiểm tra đã được tính lại theo các cột mới.",
  saveMappingFailedTitle: () => "Không lưu được cách đọc cột",
  issuesTitle: () => "Các vấn đề",
  issuesTotal: ({ n }) => `${formatNumber(n, "vi")} vấn đề`,
  issuesShownOf: ({ shown, total }) => `Đang hiện ${formatNumber(shown, "vi")}/${formatNumber(total, "vi")}`,
  filterSheet: () => "Trang tính",
  filterTask: () => "Nhiệm vụ",
  allSheets: () => "Tất cả",
  allTasks: () => "Tất cả",
  notOnASheet: () => "Theo nhiệm vụ, năm",
  clearFilters: () => "Bỏ lọc",
  markOnSheet: () => "Đánh dấu trên bảng tính",
  clearMarks: () => "Xóa đánh dấu",
  clickIssueHint: () => "Bấm vào một vấn đề để chọn ô đó trong Excel.",
  noIssuesMatch: () => "Không có vấn đề nào khớp với bộ lọc.",
  groupCount: ({ n, severity }) => `${formatNumber(n, "vi")} vấn đề, mức ${SEVERITY_VI[severity].toLowerCase()}`,
  showMore: ({ n, rest }) => `Xem thêm ${formatNumber(n, "vi")} (còn ${formatNumber(rest, "vi")})`,
  issueLocation: ({ sheet, cell, row }) => (cell ? `${sheet} · ô ${cell}` : row !== null ? `${sheet} · dòng ${row}` : sheet),
  issueObligation: ({ taskId, year }) => (year !== null ? `Nhiệm vụ ${taskId} · năm ${year}` : `Nhiệm vụ ${taskId} · cả giai đoạn`),
  issueWholeWorkbook: () => "Toàn bộ sổ tính",
  selectInExcel: () => "Chọn ô này trong Excel",
  selectFailedTitle: ({ sheet, cell }) => `Không chọn được ô ${cell} của trang “${sheet}”`,
  selectFailedBody: () => "Có thể trang tính đã bị đổi tên hoặc xóa sau lần kiểm tra. Bấm “Kiểm tra dữ liệu” để đọc lại sổ tính.",
  nothingToMarkTitle: () => "Không có ô nào để đánh dấu",
  nothingToMarkBody: () => "Các vấn đề đang hiện không gắn với ô cụ thể (ví dụ thiếu hoạt động của một năm). Bỏ bớt bộ lọc nếu cần.",
  markedTitle: ({ n }) => `Đã đánh dấu ${formatNumber(n, "vi")} ô trên bảng tính`,
  markedBody: () => "Chỉ màu nền của các ô có vấn đề được đổi. Bấm “Xóa đánh dấu” để trả lại đúng như cũ.",
  markFailedTitle: () => "Không đánh dấu được các ô",
  clearedTitle: ({ n }) => (n > 0 ? `Đã xóa đánh dấu ở ${formatNumber(n, "vi")} ô` : "Không có đánh dấu nào cần xóa"),
  clearedBody: () => "Màu nền của các ô đã được trả lại như trước khi đánh dấu.",
  clearFailedTitle: () => "Không xóa được đánh dấu",
  showInProgress: () => "Xem trên bảng Tiến độ",
  yearLabel: ({ year }) => `Năm ${year}`,
  wholePeriod: ({ from, to }) => `Cả giai đoạn ${from}–${to}`,
  frequencyLine: ({ frequency, window }) => `Tần suất: ${FREQUENCY.vi[frequency].toLowerCase()}${window ? ` (${window})` : ""}`,
  leadLine: ({ lead }) => `Chủ trì: ${lead}`,
  windowLine: ({ window }) => `Đợt: ${window}`,
  statusLine: ({ status, activities }) => `Tình trạng: ${status} · ${activities} hoạt động được tính`,

  progressIntro: () => "Tiến độ thực hiện từng nhiệm vụ theo năm, tính từ các bảng theo dõi trong sổ tính.",
  readData: () => "Đọc dữ liệu",
  overallProgress: () => "Tiến độ chung",
  asOfLine: ({ date }) => `Tính đến ngày ${date}`,
  doneOfDue: ({ done, due }) => `${done}/${due} nghĩa vụ đến hạn đã hoàn thành`,
  nothingDueYet: () => "Chưa có nghĩa vụ nào đến hạn.",
  matrixTitle: () => "Nhiệm vụ theo năm",
  taskColumn: () => "Nhiệm vụ",
  yearProgress: () => "Tiến độ năm",
  legend: () => "Chú giải",
  matrixHint: () => "Bấm vào một ô để xem các hoạt động được tính cho nhiệm vụ trong năm đó.",
  cellLabel: ({ taskId, year, status, activities }) =>
    `${taskId}, ${year !== null ? `năm ${year}` : "cả giai đoạn"}: ${status}, ${activities} hoạt động`,
  dueLine: ({ due }) => `Hạn: ${due}`,
  activitiesBehind: ({ n }) => `Hoạt động được tính (${n})`,
  noActivities: () => "Chưa có hoạt động nào được ghi nhận cho nghĩa vụ này.",
  noActivityText: () => "(chưa ghi nội dung)",
  rowLocation: ({ sheet, row }) => `${sheet}, dòng ${row}`,

  reportsTitle: () => "Tạo báo cáo",
  reportsIntro: () =>
    "Ghi các biểu báo cáo theo thể thức Nghị định 30/2020/NĐ-CP vào các trang tính mới. Các trang tính của bạn không bị thay đổi.",
  reportPeriod: () => "Kỳ báo cáo",
  reportForms: () => "Biểu mẫu",
  formLabel: ({ form, sheet }) => `${FORM_VI[form]} — trang “${sheet}”`,
  profileTitle: () => "Cơ quan báo cáo",
  profileSummary: ({ symbol, place, signer }) => `Số: …/BC-${symbol} · ${place} · Người ký: ${signer}`,
  editProfile: () => "Sửa thông tin cơ quan",
  profileEditorLabel: () => "Thông tin cơ quan báo cáo",
  profilePresets: () => "Điền sẵn:",
  presetBanDanToc: () => "Ban Dân tộc",
  presetSoDanTocTonGiao: () => "Sở Dân tộc và Tôn giáo",
  saveProfile: () => "Lưu thông tin",
  profileSavedTitle: () => "Đã lưu thông tin cơ quan",
  profileSavedBody: () => "Thông tin được lưu trong sổ tính và dùng cho các báo cáo sau.",
  profileSaveFailedTitle: () => "Không lưu được thông tin cơ quan",
  savedProfileInvalidTitle: () => "Thông tin cơ quan lưu trong sổ tính không hợp lệ",
  savedProfileInvalidBody: () => "Bảng tác vụ dùng thông tin mặc định. Mở “Sửa thông tin cơ quan” để nhập lại và lưu.",
  makeReports: () => "Tạo báo cáo",
  makeReportsHint: ({ period }) => `Kỳ: ${period}. Trang báo cáo đầu tiên sẽ được mở sau khi ghi.`,
  chooseAForm: () => "Chọn ít nhất một biểu mẫu.",
  buildFailedTitle: () => "Không lập được báo cáo",
  writeFailedTitle: () => "Không ghi được các trang báo cáo",
  replaceTitle: () => "Thay thế báo cáo đã có?",
  replaceBody: ({ n }) => `Sổ tính đã có ${n} trang báo cáo do phần bổ trợ tạo trước đây cho kỳ này:`,
  replaceNote: () => "Tạo lại sẽ ghi đè đúng các trang này. Những trang tính khác không bị thay đổi.",
  replaceConfirm: () => "Thay thế",
  reportsWrittenTitle: ({ n }) => `Đã tạo ${n} trang báo cáo`,
  reportsWrittenBody: ({ sheets }) => `Đã ghi: ${list(sheets, " và ")}. Kiểm tra lại số liệu và bổ sung phần Kiến nghị trước khi in.`,
  reportsReplaced: ({ sheets }) => `Đã thay thế bản cũ: ${list(sheets, " và ")}.`,
  reportRenamed: ({ wanted, used }) => `Sổ tính đã có trang “${wanted}” của bạn, nên báo cáo được ghi vào trang “${used}”.`,
  lastWriteTitle: () => "Các trang vừa ghi",

  planInUse: () => "Kế hoạch đang dùng",
  planBuiltin: () => "Kế hoạch có sẵn",
  planCustom: () => "Nạp từ tệp",
  planFacts: ({ issuer, from, to, effective, tasks }) =>
    `${issuer} · Giai đoạn ${from}–${to} · Hiệu lực từ ${effective.split("-").reverse().join("/")} · ${tasks} nhiệm vụ`,
  loadPlan: () => "Nạp kế hoạch (JSON)…",
  loadPlanHint: () => "Dùng khi có kế hoạch mới (giai đoạn khác, cơ quan khác). Kế hoạch được lưu trong sổ tính này.",
  useBuiltinPlan: () => "Dùng kế hoạch có sẵn",
  planTasksTitle: () => "Nhiệm vụ của kế hoạch",
  tasksCount: ({ n }) => `${n} nhiệm vụ`,
  planRejectedTitle: () => "Không nạp được kế hoạch",
  planRejectedBody: () => "Kế hoạch đang dùng được giữ nguyên. Sửa các chỗ sau trong tệp JSON rồi nạp lại:",
  planTooBig: ({ name }) => `Tệp “${name}” quá lớn để là một kế hoạch (quá 2 MB). Chọn đúng tệp JSON của kế hoạch.`,
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
};

const en: TaskpaneMessages = {
  appTitle: () => "Gender equality 2021–2025",
  appSubtitle: () => "Track, check and report on the plan",
  languageLabel: () => "Language",
  tabsLabel: () => "Features",
  tabValidate: () => "Check",
  tabProgress: () => "Progress",
  tabReports: () => "Reports",
  tabPlan: () => "Plan",
  noOfficeTitle: () => "Not opened in Excel",
  notExcelTitle: () => "This add-in is for Excel",
  noOfficeBody: () => "The task pane needs an Excel workbook to work on. Open your tracking workbook in Excel (desktop or web), then open the add-in from the Home tab.",

  cancel: () => "Cancel",
  close: () => "Close",
  dismiss: () => "Dismiss",
  tryAgain: () => "Try again",
  technicalDetail: ({ detail }) => `Technical detail: ${detail}`,
  errorAdvice: () =>
    "The workbook was not changed. Try again; if it still fails, save the workbook, close and reopen the task pane, and tell your support contact the detail below.",
  cancelledTitle: ({ what }) => `Stopped: ${what}`,
  cancelledBody: () => "The previous results, if any, are kept.",
  busyTitle: () => "Something is already running",
  busyBody: () => "Wait for it to finish, or press Cancel, then try again.",
  unexpectedTitle: () => "Something unexpected went wrong",
  viewCrashedTitle: () => "This part could not be shown",
  viewCrashedBody: () => "Your workbook data was not changed. Press Try again, or switch to another tab.",
  settingsLoadFailedTitle: () => "The settings saved in the workbook could not be read",
  settingsLoadFailedBody: () => "The task pane uses its defaults. You can work as usual; settings are saved again when you change them.",
  localeSaveFailedTitle: () => "The language choice could not be saved",
  localeSaveFailedBody: () => "The language is changed for this session.",

  opCheck: () => "Checking the data",
  opReanalyze: () => "Updating the results",
  opMark: () => "Marking cells on the sheets",
  opClearMarks: () => "Removing the marks",
  opWriteReports: () => "Making the reports",
  opTemplate: () => "Inserting the tracking template",
  stepReadingWorkbook: () => "Reading the sheets…",
  stepReadingTables: () => "Finding the tracking tables…",
  stepValidating: () => "Checking against the plan…",
  stepWriting: () => "Writing the report sheets…",
  checkFailedTitle: () => "The data could not be checked",

  validateIntro: () =>
    "Reads the tracking tables of the workbook, checks them against the plan and points to each cell that needs fixing. Checking never changes your data.",
  validatePoints: () =>
    "Finds the tracking tables on every sheet, two-row headers included\nPoints to wrong cells: task ids, dates, counts, budgets, statuses\nChecks each annual task and each campaign, year by year",
  runCheck: () => "Check the data",
  recheck: () => "Check again",
  staleTitle: () => "The data has changed",
  staleBody: () => "The workbook was edited after the last check. Check again for up-to-date results.",
  staleShort: () => "The workbook changed after it was last read.",
  resultTitle: () => "Check results",
  resultAside: ({ tables, activities }) => `${tables} table${tables === 1 ? "" : "s"}, ${formatNumber(activities, "en")} activities`,
  severityFilterLabel: () => "Issues by severity (press to filter)",
  severityPlural: ({ severity }) => SEVERITY_EN[severity],
  showOnlySeverity: ({ severity }) => `Show only: ${severity}`,
  showAllSeverities: () => "Show every severity",
  noIssuesTitle: () => "No issues found",
  noIssuesBody: () => "The data matches the plan. You can look at Progress or make the Reports.",
  assumptionsTitle: () => "Assumptions made",
  tablesFoundTitle: ({ n }) => `Tracking tables found (${n})`,
  tableMeta: ({ from, to, activities }) => `${from === to ? `Header on row ${from}` : `Header on rows ${from}–${to}`} · ${formatNumber(activities, "en")} activities`,
  mappingOf: ({ sheet }) => `Columns of the table on sheet “${sheet}”`,
  mappingCorrected: () => "Corrected",
  editMapping: () => "Edit columns",
  editMappingOf: ({ sheet }) => `Edit how the columns of sheet “${sheet}” are read`,
  mappingEditorLabel: ({ sheet }) => `How the columns of sheet “${sheet}” are read`,
  mappingEditorHint: () => "Choose the column that holds each kind of information. The choice is saved in the workbook and used for later checks.",
  noColumn: () => "(none)",
  columnUsedTwice: ({ letter, other }) => `Column ${letter} is already chosen for “${other}”. Each column holds one kind of information.`,
  saveMapping: () => "Save",
  resetMapping: () => "Detect automatically",
  mappingSavedTitle: ({ sheet }) => `Column mapping of sheet “${sheet}” saved`,
  mappingResetTitle: ({ sheet }) => `Sheet “${sheet}” is read with automatic detection again`,
  mappingSavedBody: () => "The results were computed again with the new columns.",
  saveMappingFailedTitle: () => "The column mapping could not be saved",
  issuesTitle: () => "Issues",
  issuesTotal: ({ n }) => `${formatNumber(n, "en")} issue${n === 1 ? "" : "s"}`,
  issuesShownOf: ({ shown, total }) => `Showing ${formatNumber(shown, "en")} of ${formatNumber(total, "en")}`,
  filterSheet: () => "Sheet",
  filterTask: () => "Task",
  allSheets: () => "All",
  allTasks: () => "All",
  notOnASheet: () => "By task and year",
  clearFilters: () => "Clear filters",
  markOnSheet: () => "Mark on the sheets",
  clearMarks: () => "Remove marks",
  clickIssueHint: () => "Click an issue to select its cell in Excel.",
  noIssuesMatch: () => "No issue matches the filters.",
  groupCount: ({ n, severity }) => `${formatNumber(n, "en")} issues, ${SEVERITY_EN[severity].toLowerCase()}`,
  showMore: ({ n, rest }) => `Show ${formatNumber(n, "en")} more (${formatNumber(rest, "en")} left)`,
  issueLocation: ({ sheet, cell, row }) => (cell ? `${sheet} · cell ${cell}` : row !== null ? `${sheet} · row ${row}` : sheet),
  issueObligation: ({ taskId, year }) => (year !== null ? `Task ${taskId} · ${year}` : `Task ${taskId} · whole period`),
  issueWholeWorkbook: () => "Whole workbook",
  selectInExcel: () => "Select this cell in Excel",
  selectFailedTitle: ({ sheet, cell }) => `Cell ${cell} of sheet “${sheet}” could not be selected`,
  selectFailedBody: () => "The sheet may have been renamed or deleted since the check. Press “Check the data” to read the workbook again.",
  nothingToMarkTitle: () => "No cells to mark",
  nothingToMarkBody: () => "The issues shown are not tied to a cell (for example a year with no activity for a task). Clear some filters if needed.",
  markedTitle: ({ n }) => `${formatNumber(n, "en")} cell${n === 1 ? "" : "s"} marked on the sheets`,
  markedBody: () => "Only the fill colour of the cells with issues changed. Press “Remove marks” to restore them exactly.",
  markFailedTitle: () => "The cells could not be marked",
  clearedTitle: ({ n }) => (n > 0 ? `Marks removed from ${formatNumber(n, "en")} cell${n === 1 ? "" : "s"}` : "There were no marks to remove"),
  clearedBody: () => "The cells' fill colours are back to what they were before marking.",
  clearFailedTitle: () => "The marks could not be removed",
  showInProgress: () => "Show in Progress",
  yearLabel: ({ year }) => `Year ${year}`,
  wholePeriod: ({ from, to }) => `Whole period ${from}–${to}`,
  frequencyLine: ({ frequency, window }) => `Frequency: ${FREQUENCY.en[frequency].toLowerCase()}${window ? ` (${window})` : ""}`,
  leadLine: ({ lead }) => `Lead: ${lead}`,
  windowLine: ({ window }) => `Window: ${window}`,
  statusLine: ({ status, activities }) => `Status: ${status} · ${activities} activit${activities === 1 ? "y" : "ies"} counted`,

  progressIntro: () => "Progress of each task by year, computed from the tracking tables of the workbook.",
  readData: () => "Read the data",
  overallProgress: () => "Overall progress",
  asOfLine: ({ date }) => `As of ${date}`,
  doneOfDue: ({ done, due }) => `${done} of ${due} obligations due are done`,
  nothingDueYet: () => "Nothing is due yet.",
  matrixTitle: () => "Tasks by year",
  taskColumn: () => "Task",
  yearProgress: () => "Year progress",
  legend: () => "Legend",
  matrixHint: () => "Click a cell to see the activities counted for that task in that year.",
  cellLabel: ({ taskId, year, status, activities }) => `${taskId}, ${year !== null ? year : "whole period"}: ${status}, ${activities} activities`,
  dueLine: ({ due }) => `Due: ${due}`,
  activitiesBehind: ({ n }) => `Activities counted (${n})`,
  noActivities: () => "No activity has been recorded for this obligation.",
  noActivityText: () => "(no description)",
  rowLocation: ({ sheet, row }) => `${sheet}, row ${row}`,

  reportsTitle: () => "Make reports",
  reportsIntro: () =>
    "Writes the report forms to new sheets, in Vietnamese and in the format of Decree 30/2020/NĐ-CP. Your own sheets are not changed.",
  reportPeriod: () => "Reporting period",
  reportForms: () => "Forms",
  formLabel: ({ form, sheet }) => `${FORM_EN[form]} — sheet “${sheet}”`,
  profileTitle: () => "Reporting body",
  profileSummary: ({ symbol, place, signer }) => `No. …/BC-${symbol} · ${place} · Signed by: ${signer}`,
  editProfile: () => "Edit the body's details",
  profileEditorLabel: () => "Details of the reporting body",
  profilePresets: () => "Fill in:",
  presetBanDanToc: () => "Ban Dân tộc",
  presetSoDanTocTonGiao: () => "Sở Dân tộc và Tôn giáo",
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
  reportRenamed: ({ wanted, used }) => `The workbook already has a sheet of yours named “${wanted}”, so the report went to “${used}”.`,
  lastWriteTitle: () => "Sheets just written",

  planInUse: () => "Plan in use",
  planBuiltin: () => "Built-in plan",
  planCustom: () => "Loaded from a file",
  planFacts: ({ issuer, from, to, effective, tasks }) => `${issuer} · Period ${from}–${to} · In force from ${effective} · ${tasks} tasks`,
  loadPlan: () => "Load a plan (JSON)…",
  loadPlanHint: () => "For a new plan (another period, another agency). The plan is saved in this workbook.",
  useBuiltinPlan: () => "Use the built-in plan",
  planTasksTitle: () => "Tasks of the plan",
  tasksCount: ({ n }) => `${n} tasks`,
  planRejectedTitle: () => "The plan could not be loaded",
  planRejectedBody: () => "The plan in use is kept. Fix the following in the JSON file and load it again:",
  planTooBig: ({ name }) => `The file “${name}” is too large to be a plan (over 2 MB). Choose the plan's JSON file.`,
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
};

export const TASKPANE_MESSAGES: Catalogue<TaskpaneMessageKey, TaskpaneMessageParams> = { vi, en };

export function taskpaneMessages(locale: Locale): TaskpaneMessages {
  return TASKPANE_MESSAGES[locale];
}

const RULE_TITLES: Record<Locale, Record<RuleCode, string>> = {
  vi: {
    "no-tracking-table": "Không tìm thấy bảng theo dõi",
    "missing-column": "Thiếu cột",
    "cell-error": "Ô đang báo lỗi",
    "missing-activity": "Thiếu nội dung hoạt động",
    "unknown-task": "Mã nhiệm vụ không có trong kế hoạch",
    "unmapped-activity": "Chưa xác định được nhiệm vụ",
    "missing-date": "Thiếu thời gian",
    "bad-date": "Thời gian không đọc được",
    "date-outside-period": "Thời gian ngoài giai đoạn",
    "future-completed": "Hoàn thành nhưng ghi ngày trong tương lai",
    "bad-status": "Trạng thái không thuộc danh mục",
    "bad-number": "Không phải là số",
    "negative-number": "Số âm",
    "non-integer-count": "Số người không nguyên",
    "female-exceeds-total": "Số nữ lớn hơn tổng số",
    "ethnic-exceeds-total": "Số người DTTS lớn hơn tổng số",
    "sex-sum-mismatch": "Nữ + nam khác tổng số",
    "missing-sex-breakdown": "Chưa tách số liệu theo giới",
    "campaign-out-of-window": "Hoạt động ngoài thời gian của đợt",
    "unknown-unit": "Đơn vị không có trong danh sách",
    "duplicate-activity": "Hoạt động bị trùng",
    "total-mismatch": "Dòng tổng không khớp",
    "legacy-encoding": "Chữ mã cũ (TCVN3, VNI)",
    "missing-evidence": "Thiếu văn bản minh chứng",
    "missing-task-year": "Nhiệm vụ năm chưa thực hiện",
    "missing-campaign": "Đợt cao điểm chưa thực hiện",
    "missing-once-task": "Nhiệm vụ cả giai đoạn chưa thực hiện",
  },
  en: {
    "no-tracking-table": "No tracking table found",
    "missing-column": "Missing column",
    "cell-error": "Cell shows an error",
    "missing-activity": "Activity not described",
    "unknown-task": "Task id not in the plan",
    "unmapped-activity": "Task not identified",
    "missing-date": "No date",
    "bad-date": "Date not readable",
    "date-outside-period": "Date outside the period",
    "future-completed": "Completed but dated in the future",
    "bad-status": "Status not recognised",
    "bad-number": "Not a number",
    "negative-number": "Negative number",
    "non-integer-count": "Count with a fraction",
    "female-exceeds-total": "More women than participants",
    "ethnic-exceeds-total": "More ethnic-minority people than participants",
    "sex-sum-mismatch": "Women + men ≠ total",
    "missing-sex-breakdown": "No breakdown by sex",
    "campaign-out-of-window": "Activity outside its campaign window",
    "unknown-unit": "Unit not on the list",
    "duplicate-activity": "Duplicate activity",
    "total-mismatch": "Total row does not add up",
    "legacy-encoding": "Legacy encoding (TCVN3, VNI)",
    "missing-evidence": "No evidence document",
    "missing-task-year": "Annual task not done",
    "missing-campaign": "Campaign not held",
    "missing-once-task": "Once-in-the-period task not done",
  },
};

/** The rule's name for the heading of its group in the issue list. */
export function ruleTitle(code: RuleCode, locale: Locale): string {
  return RULE_TITLES[locale][code];
}

const FIELD_LABELS: Record<Locale, Record<Field, string>> = {
  vi: {
    taskId: "Mã nhiệm vụ",
    activity: "Nội dung hoạt động",
    date: "Thời gian",
    year: "Năm",
    unit: "Đơn vị chủ trì",
    partners: "Đơn vị phối hợp",
    status: "Tình trạng",
    result: "Kết quả",
    participants: "Tổng số người tham gia",
    female: "Số nữ",
    male: "Số nam",
    ethnicMinority: "Số người DTTS",
    budget: "Kinh phí",
    budgetSource: "Nguồn kinh phí",
    evidence: "Văn bản minh chứng",
    note: "Ghi chú",
  },
  en: {
    taskId: "Task id",
    activity: "Activity",
    date: "Date",
    year: "Year",
    unit: "Lead unit",
    partners: "Partner units",
    status: "Status",
    result: "Result",
    participants: "Participants (total)",
    female: "Women",
    male: "Men",
    ethnicMinority: "Ethnic-minority people",
    budget: "Budget",
    budgetSource: "Funding source",
    evidence: "Evidence document",
    note: "Note",
  },
};

/** A field's name as a label (capitalised), for the column mapping. */
export function fieldLabel(field: Field, locale: Locale): string {
  return FIELD_LABELS[locale][field];
}

export function frequencyLabel(f: Frequency, locale: Locale): string {
  return FREQUENCY[locale][f];
}

/** A campaign window as the plan writes it: "15/11 – 15/12". */
export function taskWindowText(w: { start: string; end: string }): string {
  return `${w.start} – ${w.end}`;
}

const ACTIVITY_STATUS: Record<Locale, Record<ActivityStatus, string>> = {
  vi: { completed: "Hoàn thành", "in-progress": "Đang thực hiện", "not-started": "Chưa thực hiện", cancelled: "Hủy" },
  en: { completed: "Completed", "in-progress": "In progress", "not-started": "Not started", cancelled: "Cancelled" },
};

export function activityStatusLabel(s: ActivityStatus, locale: Locale): string {
  return ACTIVITY_STATUS[locale][s];
}

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
  },
};

const PROFILE_HINTS: Record<Locale, Partial<Record<ProfileKey, string>>> = {
  vi: {
    symbol: "Ví dụ BDT trong “Số: …/BC-BDT”; chữ in hoa, số và dấu gạch ngang",
    signerAuthority: "Khi cấp phó ký thay, ví dụ “KT. TRƯỞNG BAN”; để trống nếu người đứng đầu ký",
    signerName: "Để trống để người ký tự ghi",
    recipients: "Mỗi dòng một nơi nhận; dòng cuối thường là “Lưu: VT, …”",
  },
  en: {
    symbol: "e.g. BDT in “Số: …/BC-BDT”; capitals, digits and hyphens",
    signerAuthority: "When a deputy signs, e.g. “KT. TRƯỞNG BAN”; empty when the head signs",
    signerName: "Leave empty for the signer to write in",
    recipients: "One recipient per line; the last is usually “Lưu: VT, …”",
  },
};

export function profileFieldLabel(f: ProfileKey, locale: Locale): string {
  return PROFILE_LABELS[locale][f];
}

export function profileFieldHint(f: ProfileKey, locale: Locale): string | null {
  return PROFILE_HINTS[locale][f] ?? null;
}
