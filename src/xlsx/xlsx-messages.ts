import type { Catalogue } from "../core/i18n/locale";

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
  | "notXlsx"
  | "encrypted"
  | "contentUnreadable";

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
  notXlsx: void;
  encrypted: void;
  contentUnreadable: void;
}

const SAVE_AS_XLSX_VI = "Hãy mở tệp bằng Excel rồi chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx) và dùng tệp mới đó.";
const SAVE_AS_XLSX_EN = "Open it in Excel, choose File > Save As > Excel Workbook (*.xlsx) and use the new file.";

export const XLSX_READ_MESSAGES: Catalogue<XlsxReadReason, XlsxReadParams> = {
  vi: {
    notFound: () => "Không tìm thấy tệp. Hãy kiểm tra lại tên tệp và thư mục chứa tệp.",
    isDirectory: () => "Đường dẫn này là một thư mục, không phải tệp. Hãy chỉ ra một tệp .xlsx cụ thể.",
    noPermission: () =>
      "Không có quyền đọc tệp. Hãy đóng tệp nếu đang mở ở chương trình khác, hoặc chép tệp sang thư mục của mình rồi thử lại.",
    ioError: ({ code }) => `Không đọc được tệp do lỗi hệ thống (${code}). Hãy chép tệp sang ổ đĩa khác rồi thử lại.`,
    emptyFile: () => "Tệp rỗng (0 byte), không có dữ liệu. Hãy chọn đúng tệp sổ theo dõi .xlsx.",
    lockFile: () =>
      "Đây là tệp khóa tạm thời mà Excel tạo ra khi một sổ làm việc đang mở (tên bắt đầu bằng ~$), không phải sổ làm việc. Hãy bỏ qua tệp này và chọn tệp .xlsx thật.",
    legacyXls: () => `Tệp này là sổ làm việc Excel cũ (.xls, Excel 97–2003) chỉ được đổi đuôi thành .xlsx. ${SAVE_AS_XLSX_VI}`,
    textFile: () =>
      `Tệp này là tệp văn bản (ví dụ CSV) chứ không phải sổ làm việc Excel, dù có đuôi .xlsx. ${SAVE_AS_XLSX_VI}`,
    otherZip: () =>
      "Tệp này là tệp nén nhưng không chứa sổ làm việc Excel .xlsx (có thể là tệp Word, LibreOffice hoặc .xlsb được đổi đuôi). Hãy mở tệp bằng chương trình đã tạo ra nó rồi lưu lại dưới dạng Sổ làm việc Excel (*.xlsx).",
    notXlsx: () =>
      `Tệp không phải là sổ làm việc Excel .xlsx hợp lệ hoặc đã bị hỏng. ${SAVE_AS_XLSX_VI} Nếu Excel cũng không mở được, hãy lấy lại một bản sao khác của tệp.`,
    encrypted: () =>
      "Tệp được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
    contentUnreadable: () =>
      "Tệp .xlsx có phần nội dung không đọc được. Hãy mở tệp bằng Excel, chọn Tệp > Lưu thành để lưu lại thành tệp mới rồi thử lại với tệp đó.",
  },
  en: {
    notFound: () => "File not found. Check the file name and its folder.",
    isDirectory: () => "This path is a folder, not a file. Name one .xlsx file.",
    noPermission: () =>
      "No permission to read the file. Close it if another program has it open, or copy it to a folder of your own and try again.",
    ioError: ({ code }) => `The file could not be read because of a system error (${code}). Copy it to another drive and try again.`,
    emptyFile: () => "The file is empty (0 bytes). Choose the right tracking workbook (.xlsx).",
    lockFile: () =>
      "This is the temporary lock file Excel creates while a workbook is open (its name starts with ~$), not a workbook. Skip it and choose the real .xlsx file.",
    legacyXls: () => `This is an old Excel workbook (.xls, Excel 97–2003) renamed to .xlsx. ${SAVE_AS_XLSX_EN}`,
    textFile: () => `This is a text file (e.g. CSV), not an Excel workbook, although its name ends in .xlsx. ${SAVE_AS_XLSX_EN}`,
    otherZip: () =>
      "This is a compressed file but it holds no .xlsx workbook (perhaps a Word, LibreOffice or .xlsb file renamed). Open it in the program that made it and save it as an Excel Workbook (*.xlsx).",
    notXlsx: () =>
      `The file is not a valid .xlsx workbook, or it is damaged. ${SAVE_AS_XLSX_EN} If Excel cannot open it either, get another copy of the file.`,
    encrypted: () =>
      "The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and try again.",
    contentUnreadable: () =>
      "Part of this .xlsx file cannot be read. Open it in Excel, use File > Save As to save it as a new file, and try again with that file.",
  },
};
