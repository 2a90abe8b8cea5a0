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
  severityOne: { severity: Severity };
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
  checkedAnnouncement: { errors: number; warnings: number; accepted: number };
  checkedNoTable: void;
  noTableTitle: void;
  noTableBody: { sheets: readonly string[] };
  noTableLooksFor: void;
  noTableWaysTitle: void;
  noTablePointAt: void;
  noTableUseTemplate: void;
  noTableInsertTemplate: void;
  noTableTemplateInserted: { sheet: string };
  noTableTemplateNext: void;
  noTableTemplateFailed: void;
  noActivitiesTitle: void;
  noActivitiesBody: { tables: readonly string[] };
  acceptLabel: void;
  acceptHint: void;
  acceptButton: void;
  acceptFormLabel: { where: string };
  acceptedTitle: { n: number };
  acceptedReason: { reason: string };
  unaccept: void;
  unacceptOf: { message: string };
  acceptedNote: void;
  acceptSaveFailedTitle: void;
  acceptedToast: void;
  unacceptedToast: void;
  exportIssues: void;
  opExportIssues: void;
  exportFailedTitle: void;
  exportedTitle: { sheet: string; n: number };
  exportedBody: void;
  issueSheetTitle: void;
  issueSheetSubtitle: { date: string; open: number; accepted: number };
  issueSheetHeaders: void;
  acceptedWord: void;
}

export const VALIDATE_MESSAGES: Catalogue<keyof ValidateMessageParams, ValidateMessageParams> = {
  vi: {
    validateIntro: () =>
      "Đọc các bảng theo dõi trong sổ làm việc, đối chiếu với Kế hoạch và chỉ ra từng ô cần sửa. Việc kiểm tra không thay đổi dữ liệu của bạn.",
    validatePoints: () =>
      "Tìm bảng theo dõi ở mọi trang tính, kể cả tiêu đề hai dòng\nChỉ ra ô sai: mã nhiệm vụ, thời gian, số người, kinh phí, trạng thái\nĐối chiếu từng nhiệm vụ hằng năm và từng đợt cao điểm theo năm",
    runCheck: () => "Kiểm tra dữ liệu",
    recheck: () => "Kiểm tra lại",
    staleTitle: () => "Dữ liệu đã thay đổi",
    staleBody: () => "Sổ làm việc đã được sửa sau lần kiểm tra trước. Kiểm tra lại để có kết quả mới.",
    staleShort: () => "Sổ làm việc đã thay đổi sau lần đọc trước.",
    resultTitle: () => "Kết quả kiểm tra",
    resultAside: ({ tables, activities }) => `${tables} bảng, ${formatNumber(activities, "vi")} hoạt động`,
    severityFilterLabel: () => "Số vấn đề theo mức độ (bấm để lọc)",
    severityPlural: ({ severity }) => SEVERITY_VI[severity],
    severityOne: ({ severity }) => SEVERITY_VI[severity],
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
    // Starts with the button's visible text, so that speaking or typing it finds the button (WCAG 2.5.3).
    editMappingOf: ({ sheet }) => `Sửa cột của trang “${sheet}”`,
    mappingEditorLabel: ({ sheet }) => `Cách đọc các cột của trang “${sheet}”`,
    mappingEditorHint: () => "Chọn cột chứa từng loại thông tin. Lựa chọn được lưu trong sổ làm việc và dùng cho các lần kiểm tra sau.",
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
    markOnSheet: () => "Đánh dấu trên trang tính",
    clearMarks: () => "Xóa đánh dấu",
    clickIssueHint: () => "Bấm vào một vấn đề để chọn ô đó trong Excel. Trong danh sách, phím mũi tên xuống/lên chuyển sang vấn đề sau/trước và chọn ô của nó.",
    noIssuesMatch: () => "Không có vấn đề nào khớp với bộ lọc.",
    groupCount: ({ n, severity }) => `${formatNumber(n, "vi")} vấn đề, mức ${SEVERITY_VI[severity].toLowerCase()}`,
    showMore: ({ n, rest }) => `Xem thêm ${formatNumber(n, "vi")} (còn ${formatNumber(rest, "vi")})`,
    issueLocation: ({ sheet, cell, row }) => (cell ? `${sheet} · ô ${cell}` : row !== null ? `${sheet} · dòng ${row}` : sheet),
    issueObligation: ({ taskId, year }) => (year !== null ? `Nhiệm vụ ${taskId} · năm ${year}` : `Nhiệm vụ ${taskId} · cả giai đoạn`),
    issueWholeWorkbook: () => "Toàn bộ sổ làm việc",
    selectInExcel: () => "Chọn ô này trong Excel",
    selectFailedTitle: ({ sheet, cell }) => `Không chọn được ô ${cell} của trang “${sheet}”`,
    selectFailedBody: () => "Có thể trang tính đã bị đổi tên hoặc xóa sau lần kiểm tra. Bấm “Kiểm tra dữ liệu” để đọc lại sổ làm việc.",
    nothingToMarkTitle: () => "Không có ô nào để đánh dấu",
    nothingToMarkBody: () => "Các vấn đề đang hiện không gắn với ô cụ thể (ví dụ thiếu hoạt động của một năm). Bỏ bớt bộ lọc nếu cần.",
    markedTitle: ({ n }) => `Đã đánh dấu ${formatNumber(n, "vi")} ô trên trang tính`,
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
    statusLine: ({ status, activities }) => `Tình trạng: ${status} · ${formatNumber(activities, "vi")} hoạt động được tính`,
    checkedAnnouncement: ({ errors, warnings, accepted }) =>
      `Đã kiểm tra: ${formatNumber(errors, "vi")} lỗi, ${formatNumber(warnings, "vi")} cảnh báo${accepted > 0 ? `, ${formatNumber(accepted, "vi")} vấn đề đã chấp nhận` : ""}`,
    checkedNoTable: () => "Đã kiểm tra: không tìm thấy bảng theo dõi trong sổ làm việc",
    noTableTitle: () => "Không tìm thấy bảng theo dõi",
    noTableBody: ({ sheets }) =>
      sheets.length === 0
        ? "Sổ làm việc không có trang tính nào để đọc (các trang báo cáo do ngăn tác vụ tạo không được tính)."
        : `Đã đọc ${sheets.length} trang tính (${sheets.map((x) => `“${x}”`).join(", ")}) nhưng không trang nào có dòng tiêu đề của một bảng theo dõi, nên chưa có gì để kiểm tra hay tính tiến độ.`,
    noTableLooksFor: () => "Ngăn tác vụ tìm một dòng tiêu đề có ít nhất hai trong các tên cột sau (viết hoa hay thường, có dấu hay không đều được):",
    noTableWaysTitle: () => "Hai cách để tiếp tục:",
    noTablePointAt: () =>
      "Nếu đã có bảng: đặt tên cột ở dòng tiêu đề như trên (ví dụ “Nội dung hoạt động”, “Thời gian thực hiện”), rồi bấm “Kiểm tra lại”. Khi bảng đã được nhận dạng, nút “Sửa cột” cho chọn cột nào chứa thông tin nào.",
    noTableUseTemplate: () => "Nếu chưa có bảng: chèn một trang theo dõi mẫu có sẵn tiêu đề và danh sách chọn, rồi nhập mỗi hoạt động một dòng.",
    noTableInsertTemplate: () => "Chèn bảng theo dõi mẫu",
    noTableTemplateInserted: ({ sheet }) => `Đã chèn trang “${sheet}”`,
    noTableTemplateNext: () => "Nhập mỗi hoạt động một dòng; chọn mã nhiệm vụ, đơn vị và tình trạng trong danh sách của ô, rồi bấm “Kiểm tra lại”.",
    noTableTemplateFailed: () => "Không chèn được bảng theo dõi mẫu",
    noActivitiesTitle: () => "Bảng theo dõi chưa có hoạt động nào",
    acceptLabel: () => "Lý do chấp nhận",
    acceptHint: () => "Ví dụ: đã xác minh: hoạt động gộp hai đợt. Vấn đề được chấp nhận không tính vào số lỗi; có thể bỏ chấp nhận bất cứ lúc nào.",
    acceptButton: () => "Chấp nhận vấn đề",
    acceptFormLabel: ({ where }) => `Chấp nhận vấn đề ở ${where}`,
    acceptedTitle: ({ n }) => `Đã chấp nhận (${formatNumber(n, "vi")})`,
    acceptedReason: ({ reason }) => `Lý do: ${reason}`,
    unaccept: () => "Bỏ chấp nhận",
    unacceptOf: ({ message }) => `Bỏ chấp nhận: ${message}`,
    acceptedNote: () => "Các vấn đề đã xem xét và chấp nhận, lưu trong sổ làm việc. Không tính vào số lỗi, cảnh báo.",
    acceptSaveFailedTitle: () => "Không lưu được danh sách vấn đề đã chấp nhận",
    acceptedToast: () => "Đã chấp nhận vấn đề; vấn đề được chuyển xuống mục “Đã chấp nhận”.",
    unacceptedToast: () => "Đã bỏ chấp nhận; vấn đề trở lại danh sách.",
    exportIssues: () => "Xuất danh sách vấn đề",
    opExportIssues: () => "Đang xuất danh sách vấn đề",
    exportFailedTitle: () => "Không xuất được danh sách vấn đề",
    exportedTitle: ({ sheet, n }) => `Đã ghi ${formatNumber(n, "vi")} vấn đề vào trang “${sheet}”`,
    exportedBody: () => "Trang này do ngăn tác vụ tạo và được ghi lại mỗi lần xuất; có thể lọc, in hoặc gửi cho đơn vị phụ trách.",
    issueSheetTitle: () => "DANH SÁCH VẤN ĐỀ TRONG BẢNG THEO DÕI",
    issueSheetSubtitle: ({ date, open, accepted }) =>
      `Kiểm tra ngày ${date}: ${formatNumber(open, "vi")} vấn đề cần xử lý${accepted > 0 ? `, ${formatNumber(accepted, "vi")} vấn đề đã chấp nhận (ở cuối danh sách)` : ""}.`,
    issueSheetHeaders: () => "STT\tTrang tính\tÔ\tDòng\tMức độ\tQuy tắc\tNội dung\tNhiệm vụ\tNăm",
    acceptedWord: () => "đã chấp nhận",
    noActivitiesBody: ({ tables }) =>
      `Đã nhận dạng bảng ở ${tables.map((x) => `“${x}”`).join(", ")} nhưng chưa có dòng hoạt động nào, nên chưa có số liệu. Nhập mỗi hoạt động một dòng rồi bấm “Kiểm tra lại”.`,
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
    severityOne: ({ severity }) => ({ error: "Error", warning: "Warning", info: "Note" })[severity],
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
    editMappingOf: ({ sheet }) => `Edit columns of sheet “${sheet}”`,
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
    clickIssueHint: () => "Click an issue to select its cell in Excel. In the list, the down and up arrow keys go to the next or previous issue and select its cell.",
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
    statusLine: ({ status, activities }) => `Status: ${status} · ${formatNumber(activities, "en")} activit${activities === 1 ? "y" : "ies"} counted`,
    checkedAnnouncement: ({ errors, warnings, accepted }) =>
      `Checked: ${formatNumber(errors, "en")} error${errors === 1 ? "" : "s"}, ${formatNumber(warnings, "en")} warning${warnings === 1 ? "" : "s"}${accepted > 0 ? `, ${formatNumber(accepted, "en")} accepted` : ""}`,
    checkedNoTable: () => "Checked: no tracking table in the workbook",
    noTableTitle: () => "No tracking table found",
    noTableBody: ({ sheets }) =>
      sheets.length === 0
        ? "The workbook has no sheet to read (report sheets made by the task pane do not count)."
        : `${sheets.length} sheet${sheets.length === 1 ? "" : "s"} read (${sheets.map((x) => `“${x}”`).join(", ")}), but none has the header row of a tracking table, so there is nothing to check or count yet.`,
    noTableLooksFor: () => "The task pane looks for a header row naming at least two of these columns (any case, with or without diacritics):",
    noTableWaysTitle: () => "Two ways on:",
    noTablePointAt: () =>
      "If you have a table: name its columns in the header row as above (for example “Nội dung hoạt động”, “Thời gian thực hiện”), then press “Check again”. Once the table is found, “Edit columns” lets you say which column holds what.",
    noTableUseTemplate: () => "If you have none yet: insert a tracking sheet with the headers and dropdown lists ready, then enter one activity per row.",
    noTableInsertTemplate: () => "Insert a tracking template",
    noTableTemplateInserted: ({ sheet }) => `Sheet “${sheet}” inserted`,
    noTableTemplateNext: () => "Enter one activity per row; pick the task id, unit and status from each cell's list, then press “Check again”.",
    noTableTemplateFailed: () => "The tracking template could not be inserted",
    noActivitiesTitle: () => "The tracking table has no activity yet",
    acceptLabel: () => "Reason for accepting",
    acceptHint: () => "For example: checked: one activity covering two campaigns. An accepted issue counts in no error total; you can reopen it at any time.",
    acceptButton: () => "Accept the issue",
    acceptFormLabel: ({ where }) => `Accept the issue at ${where}`,
    acceptedTitle: ({ n }) => `Accepted (${formatNumber(n, "en")})`,
    acceptedReason: ({ reason }) => `Reason: ${reason}`,
    unaccept: () => "Reopen",
    unacceptOf: ({ message }) => `Reopen: ${message}`,
    acceptedNote: () => "Issues reviewed and accepted, saved in the workbook. They count in no error or warning total.",
    acceptSaveFailedTitle: () => "The accepted issues could not be saved",
    acceptedToast: () => "Issue accepted; it is now under “Accepted”.",
    unacceptedToast: () => "Issue reopened; it is back in the list.",
    exportIssues: () => "Export the issue list",
    opExportIssues: () => "Exporting the issue list",
    exportFailedTitle: () => "The issue list could not be exported",
    exportedTitle: ({ sheet, n }) => `${formatNumber(n, "en")} issue${n === 1 ? "" : "s"} written to sheet “${sheet}”`,
    exportedBody: () => "The task pane made this sheet and writes it again on every export; filter it, print it or send it to the unit concerned.",
    issueSheetTitle: () => "ISSUES IN THE TRACKING TABLES",
    issueSheetSubtitle: ({ date, open, accepted }) =>
      `Checked on ${date}: ${formatNumber(open, "en")} issue${open === 1 ? "" : "s"} to fix${accepted > 0 ? `, ${formatNumber(accepted, "en")} accepted (at the end)` : ""}.`,
    issueSheetHeaders: () => "No.\tSheet\tCell\tRow\tSeverity\tRule\tMessage\tTask\tYear",
    acceptedWord: () => "accepted",
    noActivitiesBody: ({ tables }) =>
      `A table was found on ${tables.map((x) => `“${x}”`).join(", ")} but it has no activity rows, so there are no figures yet. Enter one activity per row, then press “Check again”.`,
  },
};
