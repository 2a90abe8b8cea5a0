/**
 * Texts of the Check view: the result, the tables found, the column mapping and the issue list.
 * Rule messages themselves come from the core's rules catalogue through the validator.
 */
import { formatNumber, type Catalogue } from "../../core/i18n/locale";
import type { Frequency } from "../../core/plan/schema";
import type { Severity } from "../../core/validate/issue";
import { frequencyLabel } from "./plan";

const SEVERITY_VI: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };
const SEVERITY_EN: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

export interface ValidateMessageParams {
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
}

export const VALIDATE_MESSAGES: Catalogue<keyof ValidateMessageParams, ValidateMessageParams> = {
  vi: {
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
    frequencyLine: ({ frequency, window }) => `Tần suất: ${frequencyLabel(frequency, "vi").toLowerCase()}${window ? ` (${window})` : ""}`,
    leadLine: ({ lead }) => `Chủ trì: ${lead}`,
    windowLine: ({ window }) => `Đợt: ${window}`,
    statusLine: ({ status, activities }) => `Tình trạng: ${status} · ${activities} hoạt động được tính`,
  },
  en: {
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
    frequencyLine: ({ frequency, window }) => `Frequency: ${frequencyLabel(frequency, "en").toLowerCase()}${window ? ` (${window})` : ""}`,
    leadLine: ({ lead }) => `Lead: ${lead}`,
    windowLine: ({ window }) => `Window: ${window}`,
    statusLine: ({ status, activities }) => `Status: ${status} · ${activities} activit${activities === 1 ? "y" : "ies"} counted`,
  },
};
