/**
 * The page's own texts (the pane's come from the task pane catalogue), Vietnamese first, English
 * second, and the pane texts the page words differently: there is no Excel to select a cell in or
 * to mark cells on, and what the page makes is always a downloaded copy.
 */
import type { Locale } from "../core/i18n/locale";
import { formatNumber } from "../core/i18n/locale";
import type { TaskpaneMessages } from "../taskpane/messages";

export interface WebMessages {
  privacyTitle: string;
  privacyBody: string;
  intro: string;
  openWorkbook: string;
  dropHere: string;
  dropActive: string;
  opening: (name: string) => string;
  unreadableTitle: (name: string) => string;
  openFailedAdvice: string;
  filesLabel: string;
  openAnother: string;
  closeFile: (name: string) => string;
  originalUntouched: string;
  previewTitle: (sheet: string, cell: string) => string;
  previewCaption: (sheet: string, cell: string) => string;
  previewClose: string;
  previewRowHeader: string;
  previewEmpty: string;
  noSheet: (sheet: string) => string;
  badCell: (sheet: string, cell: string) => string;
  markedNote: string;
  downloadFailed: string;
  loadingLibrary: string;
}

const vi: WebMessages = {
  privacyTitle: "Dữ liệu không rời khỏi máy tính này",
  privacyBody:
    "Trang này đọc và kiểm tra sổ tính ngay trong trình duyệt. Không có gì được gửi đi: trang bị cấm kết nối mạng, kể cả khi máy có Internet. Tệp gốc không bao giờ bị sửa; kết quả được tải về dưới dạng bản sao.",
  intro: "Dùng khi Excel trên máy không chạy được phần bổ trợ BĐG (ví dụ Excel 2016, 2019). Chọn một hoặc nhiều sổ tính theo dõi (.xlsx).",
  openWorkbook: "Mở sổ làm việc…",
  dropHere: "hoặc kéo thả tệp .xlsx vào đây",
  dropActive: "Thả tệp để mở",
  opening: (name) => `Đang mở “${name}”…`,
  unreadableTitle: (name) => `Không mở được “${name}”`,
  openFailedAdvice: "Các tệp khác vẫn mở bình thường.",
  filesLabel: "Sổ tính đang mở",
  openAnother: "Mở thêm sổ…",
  closeFile: (name) => `Đóng “${name}”`,
  originalUntouched: "Tệp gốc không bị thay đổi; mọi kết quả được tải về thành bản sao.",
  previewTitle: (sheet, cell) => `Ô ${cell} – trang “${sheet}”`,
  previewCaption: (sheet, cell) => `Vùng quanh ô ${cell} của trang “${sheet}” (chỉ xem, ô có vấn đề được tô đậm)`,
  previewClose: "Đóng",
  previewRowHeader: "Dòng",
  previewEmpty: "Trang này không có dữ liệu quanh ô này.",
  noSheet: (sheet) => `Không có trang “${sheet}” trong sổ tính.`,
  badCell: (sheet, cell) => `“${cell}” không phải là địa chỉ ô hợp lệ trên trang “${sheet}”.`,
  markedNote: "BĐG",
  downloadFailed: "Trình duyệt không tải được tệp về.",
  loadingLibrary: "Đang nạp bộ ghi tệp Excel",
};

const en: WebMessages = {
  privacyTitle: "Your data never leaves this computer",
  privacyBody:
    "This page reads and checks workbooks inside the browser. Nothing is sent anywhere: the page is forbidden to connect to the network, even when the computer is online. The original file is never changed; results are downloaded as copies.",
  intro: "For computers whose Excel cannot run the BĐG add-in (such as Excel 2016 or 2019). Choose one or more tracking workbooks (.xlsx).",
  openWorkbook: "Open workbook…",
  dropHere: "or drop .xlsx files here",
  dropActive: "Drop the files to open them",
  opening: (name) => `Opening “${name}”…`,
  unreadableTitle: (name) => `“${name}” could not be opened`,
  openFailedAdvice: "The other files open as usual.",
  filesLabel: "Open workbooks",
  openAnother: "Open more…",
  closeFile: (name) => `Close “${name}”`,
  originalUntouched: "The original file is never changed; every result is downloaded as a copy.",
  previewTitle: (sheet, cell) => `Cell ${cell} – sheet “${sheet}”`,
  previewCaption: (sheet, cell) => `The area around cell ${cell} of sheet “${sheet}” (read only, the cell with the issue highlighted)`,
  previewClose: "Close",
  previewRowHeader: "Row",
  previewEmpty: "This sheet has no data around that cell.",
  noSheet: (sheet) => `The workbook has no sheet “${sheet}”.`,
  badCell: (sheet, cell) => `“${cell}” is not a valid cell address on sheet “${sheet}”.`,
  markedNote: "BĐG",
  downloadFailed: "The browser could not download the file.",
  loadingLibrary: "Loading the Excel file writer",
};

export function webMessages(locale: Locale): WebMessages {
  return locale === "en" ? en : vi;
}

/** The pane's texts that say "in Excel" or "on the sheets", worded for downloaded copies. */
export function paneTextsForPage(locale: Locale): Partial<TaskpaneMessages> {
  const n = (x: number) => formatNumber(x, locale);
  if (locale === "en") {
    return {
      opMark: () => "Making a marked copy",
      opClearMarks: () => "Making a copy without the marks",
      opWriteReports: () => "Making the report copy",
      opTemplate: () => "Making a copy with the tracking template",
      markOnSheet: () => "Download marked workbook",
      clearMarks: () => "Download copy without marks",
      clickIssueHint: () => "Click an issue to see its cell in context.",
      selectInExcel: () => "Show this cell",
      markedTitle: ({ n: c }) => `Downloaded a copy with ${n(c)} cell${c === 1 ? "" : "s"} marked`,
      markedBody: () =>
        "Each marked cell has a fill and a note with the issue. The original file is unchanged. When the copy is opened with the add-in, “Remove marks” takes the fills off.",
      clearedTitle: ({ n: c }) => (c > 0 ? `Downloaded a copy with the marks removed from ${n(c)} cell${c === 1 ? "" : "s"}` : "This workbook has no marks to remove"),
      clearedBody: () => "The cells' fill colours in the copy are back to what they were before marking.",
      makeReportsHint: ({ period }) => `Period: ${period}. A copy of the workbook with the report sheets is downloaded.`,
      reportsWrittenTitle: ({ n: c }) => `Downloaded a copy with ${c} report sheet${c === 1 ? "" : "s"}`,
      reportsWrittenBody: ({ sheets }) => `Sheets added: ${sheets.join(", ")}. The original file is unchanged. Check the figures and fill in the Recommendations before printing.`,
      insertTemplate: () => "Download a copy with a tracking template",
      templateInsertedTitle: ({ sheet }) => `Downloaded a copy with sheet “${sheet}”`,
    };
  }
  return {
    opMark: () => "Đang tạo bản sao có đánh dấu",
    opClearMarks: () => "Đang tạo bản sao đã xóa đánh dấu",
    opWriteReports: () => "Đang tạo bản sao có báo cáo",
    opTemplate: () => "Đang tạo bản sao có bảng theo dõi mẫu",
    markOnSheet: () => "Tải sổ có đánh dấu",
    clearMarks: () => "Tải bản sao đã xóa đánh dấu",
    clickIssueHint: () => "Bấm vào một vấn đề để xem ô đó và các ô xung quanh.",
    selectInExcel: () => "Xem ô này",
    markedTitle: ({ n: c }) => `Đã tải bản sao có ${n(c)} ô được đánh dấu`,
    markedBody: () =>
      "Mỗi ô có vấn đề được tô màu và có ghi chú nêu vấn đề. Tệp gốc không bị thay đổi. Khi mở bản sao bằng phần bổ trợ, bấm “Xóa đánh dấu” để bỏ màu đánh dấu.",
    clearedTitle: ({ n: c }) => (c > 0 ? `Đã tải bản sao đã xóa đánh dấu ở ${n(c)} ô` : "Sổ tính này không có đánh dấu nào cần xóa"),
    clearedBody: () => "Trong bản sao, màu nền của các ô đã được trả lại như trước khi đánh dấu.",
    makeReportsHint: ({ period }) => `Kỳ: ${period}. Một bản sao của sổ tính kèm các trang báo cáo sẽ được tải về.`,
    reportsWrittenTitle: ({ n: c }) => `Đã tải bản sao có ${c} trang báo cáo`,
    reportsWrittenBody: ({ sheets }) => `Các trang đã thêm: ${sheets.join(", ")}. Tệp gốc không bị thay đổi. Kiểm tra lại số liệu và bổ sung phần Kiến nghị trước khi in.`,
    insertTemplate: () => "Tải bản sao có bảng theo dõi mẫu",
    templateInsertedTitle: ({ sheet }) => `Đã tải bản sao có trang “${sheet}”`,
  };
}
