import type { Catalogue } from "../core/i18n/locale";

/** Parameters of the texts of `bdg report`; `void` for a fixed text. */
export interface ReportCliParams {
  yearOrPeriod: void;
  notBoth: void;
  badForms: { value: string; allowed: string };
  outIsInput: { file: string };
  outNotXlsx: { file: string };
  profileUnreadable: { file: string; reason: string };
  profileInvalid: { source: string; errors: string[] };
  flagsSource: void;
  workbookSource: { file: string };
  badPreset: { value: string; allowed: string };
  needsValue: { flag: string };
  written: { file: string; sheets: string[] };
  replaced: { sheets: string[] };
  renamed: { wanted: string; used: string };
  asOf: { day: string };
  dataErrors: { errors: number; warnings: number; validate: string };
  leftOut: { n: number; sheet: string };
  cannotWrite: { file: string; reason: string };
  badCutoff: { value: string; allowed: string };
  covered: { from: string; to: string };
  cannotCopy: { file: string; reason: string };
  outFolderMissing: { folder: string; file: string };
  outFolderIsFile: { folder: string; file: string };
}

export type ReportCliTexts = { [K in keyof ReportCliParams]: (p: ReportCliParams[K]) => string };

export const REPORT_CLI_TEXT: Catalogue<keyof ReportCliParams, ReportCliParams> = {
  vi: {
    yearOrPeriod: () => "Hãy chọn --year YYYY (báo cáo một năm), --half YYYY (6 tháng đầu năm) hoặc --period (báo cáo cả giai đoạn).",
    notBoth: () => "Chỉ chọn một trong ba: --year YYYY, --half YYYY hoặc --period.",
    badCutoff: ({ value }) => `Thời gian chốt số liệu --cutoff "${value}" không hợp lệ: chỉ dùng nd09 (chốt theo Nghị định 09/2019), hoặc bỏ --cutoff để tính theo năm dương lịch.`,
    covered: ({ from, to }) => `Số liệu từ ngày ${from} đến ngày ${to}.`,
    badForms: ({ value, allowed }) => `Danh sách biểu --forms "${value}" không hợp lệ: chỉ dùng ${allowed}, cách nhau bằng dấu phẩy.`,
    outIsInput: ({ file }) => `Tệp ra --out trùng với tệp vào ${file}: lệnh report không bao giờ ghi đè tệp vào, hãy chọn tên khác.`,
    outNotXlsx: ({ file }) => `Tệp ra --out ${file} phải có đuôi .xlsx.`,
    profileUnreadable: ({ file, reason }) => `Không đọc được tệp hồ sơ cơ quan ${file}: ${reason}`,
    profileInvalid: ({ source, errors }) => `Hồ sơ cơ quan (${source}) không hợp lệ: ${errors.join("; ")}`,
    flagsSource: () => "các tùy chọn dòng lệnh",
    workbookSource: ({ file }) => `đã lưu trong sổ tính ${file}`,
    badPreset: ({ value, allowed }) => `Không có hồ sơ mẫu --preset "${value}": chỉ dùng ${allowed}.`,
    needsValue: ({ flag }) => `Tùy chọn --${flag} cần một giá trị, ví dụ --${flag} "Sở Dân tộc và Tôn giáo".`,
    written: ({ file, sheets }) => `Đã ghi báo cáo vào ${file}: ${sheets.map((s) => `“${s}”`).join(", ")}.`,
    replaced: ({ sheets }) => `Đã thay các trang báo cáo cũ: ${sheets.map((s) => `“${s}”`).join(", ")}.`,
    renamed: ({ wanted, used }) => `Trang “${wanted}” của người dùng được giữ nguyên; báo cáo được ghi vào trang “${used}”.`,
    asOf: ({ day }) => `Số liệu tính đến ngày ${day}.`,
    dataErrors: ({ errors, warnings, validate }) =>
      `Dữ liệu theo dõi còn ${errors} lỗi và ${warnings} cảnh báo: báo cáo vẫn được lập và nêu các lỗi này; xem chi tiết bằng: ${validate}`,
    leftOut: ({ n, sheet }) => `${n} giá trị hoặc dòng không được tính vào số liệu báo cáo; xem danh sách và lý do ở trang “${sheet}”.`,
    cannotWrite: ({ file, reason }) => `Không ghi được tệp ${file}: ${reason}`,
    cannotCopy: ({ file, reason }) => `Không mở được tệp ${file} để sao chép: ${reason}`,
    outFolderMissing: ({ folder, file }) => `Không ghi được ${file}: chưa có thư mục ${folder}. Hãy tạo thư mục đó hoặc chọn nơi khác cho --out.`,
    outFolderIsFile: ({ folder, file }) => `Không ghi được ${file}: ${folder} là một tệp, không phải thư mục. Hãy chọn nơi khác cho --out.`,
  },
  en: {
    yearOrPeriod: () => "Choose --year YYYY (one year), --half YYYY (its first six months) or --period (the whole period).",
    notBoth: () => "Choose only one of --year YYYY, --half YYYY and --period.",
    badCutoff: ({ value, allowed }) => `--cutoff "${value}" is not valid: use ${allowed}.`,
    covered: ({ from, to }) => `Figures from ${from} to ${to}.`,
    badForms: ({ value, allowed }) => `--forms "${value}" is not valid: use ${allowed}, separated by commas.`,
    outIsInput: ({ file }) => `--out is the input file ${file}: report never overwrites its input; choose another name.`,
    outNotXlsx: ({ file }) => `--out ${file} must end in .xlsx.`,
    profileUnreadable: ({ file, reason }) => `Cannot read the organisation profile ${file}: ${reason}`,
    profileInvalid: ({ source, errors }) => `The organisation profile (${source}) is not valid: ${errors.join("; ")}`,
    flagsSource: () => "command-line flags",
    workbookSource: ({ file }) => `saved in the workbook ${file}`,
    badPreset: ({ value, allowed }) => `No preset --preset "${value}": use ${allowed}.`,
    needsValue: ({ flag }) => `--${flag} needs a value, e.g. --${flag} "Sở Dân tộc và Tôn giáo".`,
    written: ({ file, sheets }) => `Wrote the report to ${file}: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
    replaced: ({ sheets }) => `Replaced earlier report sheets: ${sheets.map((s) => `"${s}"`).join(", ")}.`,
    renamed: ({ wanted, used }) => `The user's sheet "${wanted}" was kept; the report went to "${used}".`,
    asOf: ({ day }) => `Figures as of ${day}.`,
    dataErrors: ({ errors, warnings, validate }) =>
      `The tracking data still has ${errors} errors and ${warnings} warnings: the report was written and lists them; see them with: ${validate}`,
    leftOut: ({ n, sheet }) => `${n} ${n === 1 ? "value or row" : "values or rows"} left out of the report's figures; see the list and why on sheet "${sheet}".`,
    cannotWrite: ({ file, reason }) => `Cannot write ${file}: ${reason}`,
    cannotCopy: ({ file, reason }) => `Cannot open ${file} to copy it: ${reason}`,
    outFolderMissing: ({ folder, file }) => `Cannot write ${file}: the folder ${folder} does not exist. Create it or choose another place for --out.`,
    outFolderIsFile: ({ folder, file }) => `Cannot write ${file}: ${folder} is a file, not a folder. Choose another place for --out.`,
  },
};
