import { formatNumber, type Catalogue } from "../core/i18n/locale";

/**
 * Why an .xlsx file could not be read, one key per situation a user can act on. The text never
 * names the file: callers put the file name in front (the command line prints "file: message").
 */
export type XlsxReadReason =
  | "notFound"
  | "isDirectory"
  | "noPermission"
  | "ioError"
  | "emptyFile"
  | "lockFile"
  | "legacyXls"
  | "textFile"
  | "otherZip"
  | "odsFile"
  | "xlsbFile"
  | "notXlsx"
  | "encrypted"
  | "contentUnreadable"
  | "partTooLarge"
  | "rowOutOfRange"
  | "missingSheetPart";

export interface XlsxReadParams {
  notFound: void;
  isDirectory: void;
  noPermission: void;
  /** The system's error code, e.g. "EIO". */
  ioError: { code: string };
  emptyFile: void;
  lockFile: void;
  legacyXls: void;
  textFile: void;
  otherZip: void;
  odsFile: void;
  xlsbFile: void;
  notXlsx: void;
  encrypted: void;
  contentUnreadable: void;
  /** The limit on one part once inflated, in MB. */
  partTooLarge: { limitMB: number };
  /** The row number the file gives, beyond Excel's last row. */
  rowOutOfRange: { row: number };
  /** The sheet whose part the package lacks. */
  missingSheetPart: { sheet: string };
}

/** Excel's last row; a file giving a row beyond it is damaged. */
const EXCEL_ROWS = 1_048_576;

const SAVE_AS_XLSX_VI = "Hãy mở tệp bằng Excel rồi chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx) và dùng tệp mới đó.";
const SAVE_AS_XLSX_EN = "Open it in Excel, choose File > Save As > Excel Workbook (*.xlsx) and use the new file.";

export const XLSX_READ_MESSAGES: Catalogue<XlsxReadReason, XlsxReadParams> = {
  vi: {
    notFound: () => "Không tìm thấy tệp. Hãy kiểm tra lại tên tệp và thư mục chứa tệp.",
    isDirectory: () => "Đường dẫn này là một thư mục, không phải tệp. Hãy chỉ ra một tệp .xlsx cụ thể.",
    noPermission: () =>
      "Không có quyền đọc tệp. Hãy đóng tệp nếu đang mở ở chương trình khác, hoặc chép tệp sang thư mục của mình rồi thử lại.",
    // The system's code (EIO…) helps nobody reading it: it stays in the error's cause.
    ioError: () => "Không đọc được tệp do lỗi của ổ đĩa hoặc hệ thống. Hãy chép tệp sang ổ đĩa khác rồi thử lại.",
    emptyFile: () => "Tệp rỗng (0 byte), không có dữ liệu. Hãy chọn đúng tệp sổ theo dõi .xlsx.",
    lockFile: () =>
      "Đây là tệp khóa tạm thời mà Excel tạo ra khi một sổ làm việc đang mở (tên bắt đầu bằng ~$), không phải sổ làm việc. Hãy bỏ qua tệp này và chọn tệp .xlsx thật.",
    legacyXls: () =>
      `Tệp này là sổ làm việc Excel định dạng cũ (.xls, Excel 97–2003), không phải .xlsx. ${SAVE_AS_XLSX_VI} (LibreOffice: Tệp > Lưu thành, chọn kiểu Excel 2007-365 (.xlsx).)`,
    textFile: () =>
      "Tệp này là văn bản thuần (CSV hoặc dữ liệu phân cách bằng dấu phẩy/tab), không phải sổ làm việc Excel. Hãy mở tệp bằng Excel (Dữ liệu > Từ Văn bản/CSV để giữ đúng tiếng Việt UTF-8), kiểm tra các cột rồi chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx) và dùng tệp mới đó.",
    otherZip: () =>
      "Tệp này là một tệp nén (zip) nhưng không phải sổ làm việc Excel: bên trong không có bảng tính (có thể là tệp Word, PowerPoint hoặc một tệp nén thường). Nếu trong đó có sổ theo dõi, hãy giải nén và chọn tệp .xlsx bên trong; nếu không, hãy chọn đúng tệp sổ theo dõi.",
    odsFile: () =>
      "Tệp này là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), không phải .xlsx. Hãy mở tệp bằng LibreOffice Calc, chọn Tệp > Lưu thành, kiểu Excel 2007-365 (.xlsx), rồi dùng tệp mới đó (hoặc mở bằng Excel rồi lưu thành Sổ làm việc Excel (*.xlsx)).",
    xlsbFile: () =>
      `Tệp này là sổ làm việc Excel dạng nhị phân (.xlsb), không phải .xlsx. ${SAVE_AS_XLSX_VI}`,
    notXlsx: () =>
      `Tệp không phải là sổ làm việc Excel .xlsx hợp lệ hoặc đã bị hỏng. ${SAVE_AS_XLSX_VI} Nếu Excel cũng không mở được, hãy lấy lại một bản sao khác của tệp.`,
    encrypted: () =>
      "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
    contentUnreadable: () =>
      "Tệp .xlsx có phần nội dung không đọc được. Hãy mở tệp bằng Excel, chọn Tệp > Lưu thành để lưu lại thành tệp mới rồi thử lại với tệp đó.",
    partTooLarge: ({ limitMB }) =>
      `Tệp bị hỏng hoặc không an toàn: một phần bên trong khi giải nén lớn hơn ${formatNumber(limitMB, "vi")} MB (hoặc lớn hơn kích thước ghi trong tệp), nên không đọc. Nếu đây đúng là sổ theo dõi, hãy mở bằng Excel, lưu thành tệp mới rồi thử lại; nếu không rõ nguồn gốc, đừng mở tệp.`,
    rowOutOfRange: ({ row }) =>
      `Tệp bị hỏng: có hàng số ${formatNumber(row, "vi")}, vượt quá hàng cuối cùng Excel cho phép (${formatNumber(EXCEL_ROWS, "vi")}). Hãy mở tệp bằng Excel, lưu thành tệp mới rồi thử lại; nếu Excel cũng không mở được, hãy lấy lại một bản sao khác của tệp.`,
    missingSheetPart: ({ sheet }) =>
      `Tệp bị hỏng: trang tính “${sheet}” có tên trong sổ làm việc nhưng phần dữ liệu của nó không có trong tệp. Hãy mở tệp bằng Excel (Excel sẽ đề nghị sửa), lưu thành tệp mới rồi thử lại; nếu không được, hãy lấy lại một bản sao khác của tệp.`,
  },
  en: {
    notFound: () => "File not found. Check the file name and its folder.",
    isDirectory: () => "This path is a folder, not a file. Name one .xlsx file.",
    noPermission: () =>
      "No permission to read the file. Close it if another program has it open, or copy it to a folder of your own and try again.",
    ioError: () => "The file could not be read because of a disk or system error. Copy it to another drive and try again.",
    emptyFile: () => "The file is empty (0 bytes). Choose the right tracking workbook (.xlsx).",
    lockFile: () =>
      "This is the temporary lock file Excel creates while a workbook is open (its name starts with ~$), not a workbook. Skip it and choose the real .xlsx file.",
    legacyXls: () =>
      `This is an old-format Excel workbook (.xls, Excel 97–2003), not an .xlsx. ${SAVE_AS_XLSX_EN} (LibreOffice: File > Save As, type Excel 2007-365 (.xlsx).)`,
    textFile: () =>
      "This is plain text (CSV, or data separated by commas or tabs), not an Excel workbook. Open it in Excel (Data > From Text/CSV keeps Vietnamese UTF-8 text right), check the columns, then choose File > Save As > Excel Workbook (*.xlsx) and use the new file.",
    otherZip: () =>
      "This is a zip file but not an Excel workbook: it holds no spreadsheet (perhaps a Word or PowerPoint file, or a plain archive). If the tracking workbook is inside, extract it and choose that .xlsx file; otherwise choose the right tracking workbook.",
    odsFile: () =>
      "This is an OpenDocument spreadsheet (.ods, from LibreOffice/OpenOffice), not an .xlsx. Open it in LibreOffice Calc, choose File > Save As, type Excel 2007-365 (.xlsx), and use the new file (or open it in Excel and save it as an Excel Workbook (*.xlsx)).",
    xlsbFile: () => `This is a binary Excel workbook (.xlsb), not an .xlsx. ${SAVE_AS_XLSX_EN}`,
    notXlsx: () =>
      `The file is not a valid .xlsx workbook, or it is damaged. ${SAVE_AS_XLSX_EN} If Excel cannot open it either, get another copy of the file.`,
    encrypted: () =>
      "The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and try again.",
    contentUnreadable: () =>
      "Part of this .xlsx file cannot be read. Open it in Excel, use File > Save As to save it as a new file, and try again with that file.",
    partTooLarge: ({ limitMB }) =>
      `The file is damaged or unsafe: a part inside it would inflate to more than ${formatNumber(limitMB, "en")} MB (or to more than the file says), so it is not read. If it really is the tracking workbook, open it in Excel, save it as a new file and try again; if you do not know where it came from, do not open it.`,
    rowOutOfRange: ({ row }) =>
      `The file is damaged: it has a row number ${formatNumber(row, "en")}, beyond Excel's last row (${formatNumber(EXCEL_ROWS, "en")}). Open it in Excel, save it as a new file and try again; if Excel cannot open it either, get another copy of the file.`,
    missingSheetPart: ({ sheet }) =>
      `The file is damaged: the workbook lists the sheet “${sheet}” but the file does not hold its data. Open it in Excel (it offers to repair it), save it as a new file and try again; if that fails, get another copy of the file.`,
  },
};
