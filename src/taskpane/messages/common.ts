/**
 * The pane's own texts shared by every view: the frame (title, tabs, language), errors, the
 * long-task bar and its steps. Each message that reports a problem says what happened (a title)
 * and what to do (a body).
 */
import type { Catalogue } from "../../core/i18n/locale";

export interface CommonMessageParams {
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
  cellEditingTitle: void;
  cellEditingBody: void;
  /** After a long task's label: how far it got. */
  percentDone: { pct: number };
}

export const COMMON_MESSAGES: Catalogue<keyof CommonMessageParams, CommonMessageParams> = {
  vi: {
    appTitle: () => "Bình đẳng giới",
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
      "Ngăn tác vụ cần một sổ làm việc Excel để làm việc. Mở sổ làm việc theo dõi trong Excel (máy tính hoặc trên web), rồi mở phần bổ trợ từ thẻ Trang đầu.",

    cancel: () => "Hủy",
    close: () => "Đóng",
    dismiss: () => "Ẩn thông báo",
    tryAgain: () => "Thử lại",
    technicalDetail: ({ detail }) => `Chi tiết kỹ thuật: ${detail}`,
    errorAdvice: () =>
      "Sổ làm việc không bị thay đổi. Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc, đóng rồi mở lại ngăn tác vụ và báo cho người hỗ trợ kèm chi tiết bên dưới.",
    // The operation's label is "Đang …" (what is going on): stopped, it reads "Đã dừng …".
    cancelledTitle: ({ what }) => `Đã dừng ${what.replace(/^Đang\s+/u, "")}`,
    cancelledBody: () => "Kết quả trước đó (nếu có) vẫn được giữ nguyên.",
    busyTitle: () => "Đang có một việc chạy",
    busyBody: () => "Đợi việc đang chạy xong, hoặc bấm Hủy, rồi thử lại.",
    unexpectedTitle: () => "Có lỗi ngoài dự kiến",
    viewCrashedTitle: () => "Không hiển thị được phần này",
    viewCrashedBody: () => "Dữ liệu trong sổ làm việc không bị thay đổi. Bấm Thử lại, hoặc chuyển sang thẻ khác.",
    settingsLoadFailedTitle: () => "Không đọc được thiết lập đã lưu trong sổ làm việc",
    settingsLoadFailedBody: () => "Ngăn tác vụ dùng thiết lập mặc định. Bạn vẫn làm việc bình thường; thiết lập sẽ được lưu lại khi bạn thay đổi.",
    localeSaveFailedTitle: () => "Không lưu được lựa chọn ngôn ngữ",
    localeSaveFailedBody: () => "Ngôn ngữ vẫn được đổi cho lần làm việc này.",

    opCheck: () => "Đang kiểm tra dữ liệu",
    opReanalyze: () => "Đang cập nhật kết quả",
    opMark: () => "Đang đánh dấu trên trang tính",
    opClearMarks: () => "Đang xóa đánh dấu",
    opWriteReports: () => "Đang tạo báo cáo",
    opTemplate: () => "Đang chèn bảng theo dõi mẫu",
    stepReadingWorkbook: () => "Đọc các trang tính…",
    stepReadingTables: () => "Nhận dạng bảng theo dõi…",
    stepValidating: () => "Đối chiếu với kế hoạch…",
    stepWriting: () => "Ghi các trang báo cáo…",
    checkFailedTitle: () => "Không kiểm tra được dữ liệu",
    cellEditingTitle: () => "Excel đang chờ bạn nhập xong một ô",
    cellEditingBody: () => "Một ô đang được sửa trong Excel. Bấm Enter để giữ nội dung vừa nhập, hoặc Esc để bỏ, rồi thử lại.",
    percentDone: ({ pct }) => ` — ${pct} %`,
  },
  en: {
    appTitle: () => "Gender equality",
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
    cancelledTitle: ({ what }) => `Stopped ${what.charAt(0).toLowerCase()}${what.slice(1)}`,
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
    cellEditingTitle: () => "Excel is waiting for you to finish editing a cell",
    cellEditingBody: () => "A cell is being edited in Excel. Press Enter to keep what you typed, or Esc to discard it, then try again.",
    percentDone: ({ pct }) => ` — ${pct}%`,
  },
};
