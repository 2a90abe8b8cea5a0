import type { Catalogue, Locale } from "../core/i18n/locale";
import type { Frequency } from "../core/plan/schema";
import type { Severity } from "../core/validate/issue";
import type { OsErrorCode } from "./os-reason";

/** Parameters of each text of the `bdg` command (human output, usage and one-line errors); `void` for a fixed text. */
export interface CliMessageParams {
  usage: void;
  version: { version: string };
  badLang: { value: string };
  osError: { code: OsErrorCode };
  osErrorOther: void;
  noTrackingTable: { file: string; validate: string };
  errorsInData: { errors: number; validate: string };
  unknownCommand: { command: string };
  unknownFlag: { flag: string; command: string };
  missingValue: { flag: string };
  unexpectedError: { reason: string };
  noSuchFile: void;
  noFiles: { example: string };
  oneFileOnly: void;
  badAsOf: { value: string };
  badYear: { value: string };
  badScope: { value: string };
  planUnreadable: { file: string; reason: string };
  planInvalid: { file: string; errors: string[] };
  fileHeader: { file: string };
  tablesFound: { n: number };
  tableLine: { sheet: string; headerRow: number; rows: number; columns: string };
  noTables: void;
  summary: { errors: number; warnings: number; infos: number };
  noIssues: void;
  ruleGroup: { rule: string; title: string; n: number };
  more: { n: number };
  progressTitle: { asOf: string };
  noProgressWithoutTable: Record<string, never>;
  acceptedInWorkbook: { n: number };
  overall: void;
  year: { year: number };
  empty: void;
  notes: void;
  severity: { severity: Severity };
  scopeLine: { scope: string; year: string };
  wholePlan: void;
  wholePeriod: void;
  statusHeader: void;
  /** The quarter or half of a year an obligation stands for, in the status list's narrow column. */
  yearPart: { kind: "quarter" | "half"; part: number; year: number };
  planTitle: { title: string; start: number; end: number };
  planInUse: { name: string; source: "sheet" | "file" | "builtin"; file: string | null };
  noPlanSheet: { file: string };
  planWritten: { file: string; name: string };
  planNotWritten: { file: string; reason: string };
  planXlsxOnly: { file: string };
  frequency: { frequency: Frequency };
  figures: { activities: number; participants: string; female: string; ethnic: string; budget: string };
}

export type CliMessageKey = keyof CliMessageParams;
export type CliMessages = { [K in CliMessageKey]: (p: CliMessageParams[K]) => string };

const SEVERITY: Record<Locale, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

const OS_ERROR: Record<Locale, Record<OsErrorCode, string>> = {
  vi: {
    ENOENT: "không có tệp hoặc thư mục này",
    ENOTDIR: "một phần của đường dẫn không phải là thư mục",
    EISDIR: "đây là một thư mục, không phải tệp",
    EACCES: "không có quyền truy cập",
    EPERM: "hệ thống không cho phép thao tác này",
    EROFS: "ổ đĩa chỉ cho đọc",
    ENOSPC: "ổ đĩa đã đầy",
    EBUSY: "tệp đang được chương trình khác sử dụng",
    EMFILE: "đang mở quá nhiều tệp",
    EEXIST: "tệp đã có",
    ENAMETOOLONG: "tên tệp quá dài",
  },
  en: {
    ENOENT: "no such file or folder",
    ENOTDIR: "part of the path is not a folder",
    EISDIR: "it is a folder, not a file",
    EACCES: "permission denied",
    EPERM: "the system does not allow this",
    EROFS: "the disk is read-only",
    ENOSPC: "the disk is full",
    EBUSY: "the file is in use by another program",
    EMFILE: "too many files are open",
    EEXIST: "the file already exists",
    ENAMETOOLONG: "the file name is too long",
  },
};

const FREQUENCY: Record<Locale, Record<Frequency, string>> = {
  vi: { annual: "hằng năm", campaign: "đợt cao điểm hằng năm", once: "một lần trong giai đoạn", "as-needed": "khi có yêu cầu", group: "nhóm nhiệm vụ", quarterly: "hằng quý", "half-yearly": "6 tháng một lần" },
  en: { annual: "annual", campaign: "annual campaign", once: "once in the period", "as-needed": "as needed", group: "group of tasks", quarterly: "quarterly", "half-yearly": "half-yearly" },
};

/** Problems after a heading, on the one line bdg writes to stderr (each is already a sentence). */
function problemLines(errors: readonly string[]): string {
  return errors.map((e) => ` ${e}`).join("");
}

export const CLI_MESSAGES: Catalogue<CliMessageKey, CliMessageParams> = {
  vi: {
    usage: () =>
      [
        "Cách dùng:",
        "  bdg validate <tệp.xlsx>... [--plan kehoach.json] [--as-of YYYY-MM-DD] [--years 2023-2025] [--json] [--unit TỆP=ĐƠN VỊ]...",
        "  bdg progress <tệp.xlsx>... [--scope MÃ] [--year YYYY] [--years 2023-2025] [--plan kehoach.json] [--as-of YYYY-MM-DD] [--json] [--unit TỆP=ĐƠN VỊ]...",
        "  bdg report <tệp.xlsx>... (--year YYYY | --period) [--forms BC,B01,B02,B03,B04] [--out ra.xlsx] [--unit TỆP=ĐƠN VỊ]...",
        "             [--half YYYY: 6 tháng đầu năm, thay cho --year] [--cutoff nd09: chốt số liệu theo Nghị định 09/2019]",
        "             [--plan kehoach.json] [--as-of YYYY-MM-DD] [--years 2023-2025] [--preset so-dan-toc-ton-giao|ban-dan-toc] [--profile hoso.json]",
        "             [--parent \"UBND TỈNH LẠNG SƠN\"] [--agency \"SỞ DÂN TỘC VÀ TÔN GIÁO\"] [--symbol SDTTG] [--place \"Lạng Sơn\"]",
        "             [--signer-authority \"KT. GIÁM ĐỐC\"] [--signer-title \"PHÓ GIÁM ĐỐC\"] [--signer-name \"…\"] [--recipients \"Sở Nội vụ;Lưu: VT\"]",
        "  bdg plan [<tệp.xlsx>] [--plan kehoach.xlsx|kehoach.json] [--xlsx trangkehoach.xlsx] [--json]",
        "  bdg --version",
        "Mọi lệnh nhận thêm --lang vi|en (ngôn ngữ, mặc định vi) và --help.",
        "Mã thoát: 0 không có lỗi; 1 có lỗi trong dữ liệu hoặc không tìm thấy bảng theo dõi; 2 không đọc được tệp hoặc lệnh sai.",
      ].join("\n"),
    version: ({ version }) => `bdg ${version}`,
    badLang: ({ value }) => `Ngôn ngữ --lang "${value}" không có: chỉ dùng vi (tiếng Việt) hoặc en (tiếng Anh).`,
    osError: ({ code }) => OS_ERROR.vi[code],
    osErrorOther: () => "hệ thống báo lỗi khi đọc hoặc ghi tệp",
    noTrackingTable: ({ file, validate }) =>
      `${file}: không tìm thấy bảng theo dõi nào (một trang có dòng tiêu đề nêu các cột như Nội dung hoạt động, Thời gian, Đơn vị chủ trì) — xem lý do bằng: ${validate}`,
    errorsInData: ({ errors, validate }) => `${errors} lỗi trong dữ liệu — xem bằng: ${validate}`,
    unknownCommand: ({ command }) => `Lệnh không hợp lệ: "${command}". Gõ "bdg --help" để xem các lệnh.`,
    unknownFlag: ({ flag, command }) => `Tùy chọn --${flag} không dùng được với lệnh "${command}". Gõ "bdg --help".`,
    missingValue: ({ flag }) => `Tùy chọn --${flag} cần một giá trị, ví dụ --${flag} 2024.`,
    unexpectedError: ({ reason }) => `lỗi không mong đợi: ${reason}`,
    noSuchFile: () => "không có tệp này",
    noFiles: ({ example }) => `Chưa chỉ ra tệp .xlsx nào. Ví dụ: ${example}`,
    oneFileOnly: () => "Lệnh này nhận đúng một tệp .xlsx.",
    badAsOf: ({ value }) => `Ngày --as-of "${value}" không hợp lệ: hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-12-31.`,
    badYear: ({ value }) => `Năm --year "${value}" không hợp lệ: hãy ghi một năm của kế hoạch, ví dụ 2024.`,
    badScope: ({ value }) => `Phạm vi --scope "${value}" không phải là mã nhiệm vụ của kế hoạch (ví dụ II.2 hoặc III.1.1).`,
    planUnreadable: ({ file, reason }) => `Không đọc được tệp kế hoạch ${file}: ${reason}`,
    planInvalid: ({ file, errors }) => `Không dùng được tệp kế hoạch ${file}:${problemLines(errors)}`,
    fileHeader: ({ file }) => `Tệp: ${file}`,
    tablesFound: ({ n }) => `Tìm thấy ${n} bảng theo dõi:`,
    tableLine: ({ sheet, headerRow, rows, columns }) => `  • Trang "${sheet}", tiêu đề ở dòng ${headerRow}, ${rows} hoạt động — ${columns}`,
    noTables: () => "Không tìm thấy bảng theo dõi nào.",
    summary: ({ errors, warnings, infos }) => `Kết quả kiểm tra: ${errors} lỗi, ${warnings} cảnh báo, ${infos} lưu ý.`,
    noIssues: () => "Không phát hiện vấn đề nào.",
    ruleGroup: ({ rule, title, n }) => `${title}: ${n} (mã ${rule})`,
    more: ({ n }) => `    … và ${n} vấn đề khác cùng loại (dùng --json để xem hết).`,
    progressTitle: ({ asOf }) => `Tiến độ thực hiện kế hoạch (tính đến ngày ${asOf}):`,
    noProgressWithoutTable: () => "Chưa tính được tiến độ: không tìm thấy bảng theo dõi nào trong tệp.",
    acceptedInWorkbook: ({ n }) => `${n} vấn đề đã được chấp nhận trong ngăn tác vụ (lưu trong sổ làm việc) nên không được tính ở trên.`,
    overall: () => "Cả giai đoạn",
    year: ({ year }) => `Năm ${year}`,
    empty: () => "chưa có nhiệm vụ đến hạn",
    notes: () => "Ghi chú:",
    severity: ({ severity }) => SEVERITY.vi[severity],
    scopeLine: ({ scope, year }) => `Phạm vi: ${scope}; thời gian: ${year}`,
    wholePlan: () => "toàn bộ kế hoạch",
    wholePeriod: () => "cả giai đoạn",
    statusHeader: () => "Tình trạng từng nhiệm vụ theo năm:",
    yearPart: ({ kind, part, year }) => (kind === "quarter" ? `Q${part}/${year}` : `6T${part}/${year}`),
    planTitle: ({ title, start, end }) => `${title} (${start}–${end})`,
    planInUse: ({ name, source, file }) =>
      `Kế hoạch: ${name} (${source === "sheet" ? `trang “Kế hoạch” của ${file ?? "tệp"}` : source === "file" ? `tệp ${file ?? ""}` : "kế hoạch có sẵn"})`,
    noPlanSheet: ({ file }) => `Tệp ${file} không có trang kế hoạch (trang “Kế hoạch” với bảng Mã | Nhiệm vụ | Tần suất | …).`,
    planWritten: ({ file, name }) => `Đã ghi trang “Kế hoạch” của ${name} vào ${file}.`,
    planNotWritten: ({ file, reason }) => `Không ghi được ${file}: ${reason} (tệp đã có thì không ghi đè; chọn tên khác).`,
    planXlsxOnly: ({ file }) => `--xlsx cần tên một tệp .xlsx mới, ví dụ --xlsx kehoach-2026.xlsx (không phải "${file}").`,
    frequency: ({ frequency }) => FREQUENCY.vi[frequency],
    figures: ({ activities, participants, female, ethnic, budget }) =>
      `Số hoạt động: ${activities}; người tham gia: ${participants} (nữ ${female}, DTTS ${ethnic}); kinh phí: ${budget} triệu đồng`,
  },
  en: {
    usage: () =>
      [
        "Usage:",
        "  bdg validate <file.xlsx>... [--plan plan.json] [--as-of YYYY-MM-DD] [--years 2023-2025] [--json] [--unit FILE=UNIT]...",
        "  bdg progress <file.xlsx>... [--scope ID] [--year YYYY] [--years 2023-2025] [--plan plan.json] [--as-of YYYY-MM-DD] [--json] [--unit FILE=UNIT]...",
        "  bdg report <file.xlsx>... (--year YYYY | --period) [--forms BC,B01,B02,B03,B04] [--out out.xlsx] [--unit FILE=UNIT]...",
        "             [--half YYYY: first six months, instead of --year] [--cutoff nd09: Decree 09/2019 data cut-off]",
        "             [--plan plan.json] [--as-of YYYY-MM-DD] [--years 2023-2025] [--preset so-dan-toc-ton-giao|ban-dan-toc] [--profile profile.json]",
        "             [--parent …] [--agency …] [--symbol …] [--place …]",
        "             [--signer-authority …] [--signer-title …] [--signer-name …] [--recipients \"a;b\"]",
        "  bdg plan [<file.xlsx>] [--plan plan.xlsx|plan.json] [--xlsx plansheet.xlsx] [--json]",
        "  bdg --version",
        "Every command also takes --lang vi|en (language, default vi) and --help.",
        "Exit status: 0 no errors; 1 errors in the data or no tracking table found; 2 a file cannot be read or the command is wrong.",
      ].join("\n"),
    version: ({ version }) => `bdg ${version}`,
    badLang: ({ value }) => `--lang "${value}" is not available: use vi (Vietnamese) or en (English).`,
    osError: ({ code }) => OS_ERROR.en[code],
    osErrorOther: () => "the system reported an error reading or writing the file",
    noTrackingTable: ({ file, validate }) =>
      `${file}: no tracking table found (a sheet with a header row naming columns such as Nội dung hoạt động, Thời gian, Đơn vị chủ trì) — see why with: ${validate}`,
    errorsInData: ({ errors, validate }) => `${errors} error(s) in the data — see them with: ${validate}`,
    unknownCommand: ({ command }) => `Unknown command "${command}". Run "bdg --help" for the commands.`,
    unknownFlag: ({ flag, command }) => `Option --${flag} does not apply to "${command}". Run "bdg --help".`,
    missingValue: ({ flag }) => `Option --${flag} needs a value, e.g. --${flag} 2024.`,
    unexpectedError: ({ reason }) => `unexpected error: ${reason}`,
    noSuchFile: () => "no such file",
    noFiles: ({ example }) => `No .xlsx file given. Example: ${example}`,
    oneFileOnly: () => "This command takes exactly one .xlsx file.",
    badAsOf: ({ value }) => `--as-of "${value}" is not a date: write YYYY-MM-DD, e.g. 2025-12-31.`,
    badYear: ({ value }) => `--year "${value}" is not a year of the plan, e.g. 2024.`,
    badScope: ({ value }) => `--scope "${value}" is not a task id of the plan (e.g. II.2 or III.1.1).`,
    planUnreadable: ({ file, reason }) => `Cannot read the plan file ${file}: ${reason}`,
    planInvalid: ({ file, errors }) => `The plan file ${file} cannot be used:${problemLines(errors)}`,
    fileHeader: ({ file }) => `File: ${file}`,
    tablesFound: ({ n }) => `${n} tracking table(s) found:`,
    tableLine: ({ sheet, headerRow, rows, columns }) => `  • Sheet "${sheet}", header on row ${headerRow}, ${rows} activities — ${columns}`,
    noTables: () => "No tracking table found.",
    summary: ({ errors, warnings, infos }) => `Validation: ${errors} error(s), ${warnings} warning(s), ${infos} note(s).`,
    noIssues: () => "No problems found.",
    ruleGroup: ({ rule, title, n }) => `${title}: ${n} (code ${rule})`,
    more: ({ n }) => `    … and ${n} more of this kind (use --json to see all).`,
    progressTitle: ({ asOf }) => `Progress of the plan (as of ${asOf}):`,
    noProgressWithoutTable: () => "Progress cannot be computed: no tracking table was found in the file.",
    acceptedInWorkbook: ({ n }) => `${n} issue(s) accepted in the task pane (saved in the workbook) are not counted above.`,
    overall: () => "Whole period",
    year: ({ year }) => `Year ${year}`,
    empty: () => "nothing due yet",
    notes: () => "Notes:",
    severity: ({ severity }) => SEVERITY.en[severity],
    scopeLine: ({ scope, year }) => `Scope: ${scope}; period: ${year}`,
    wholePlan: () => "the whole plan",
    wholePeriod: () => "the whole period",
    statusHeader: () => "Status of each task by year:",
    yearPart: ({ kind, part, year }) => (kind === "quarter" ? `Q${part}/${year}` : `H${part}/${year}`),
    planTitle: ({ title, start, end }) => `${title} (${start}–${end})`,
    planInUse: ({ name, source, file }) =>
      `Plan: ${name} (${source === "sheet" ? `the “Kế hoạch” sheet of ${file ?? "the file"}` : source === "file" ? `file ${file ?? ""}` : "built-in plan"})`,
    noPlanSheet: ({ file }) => `The file ${file} has no plan sheet (a “Kế hoạch” sheet with a table Mã | Nhiệm vụ | Tần suất | …).`,
    planWritten: ({ file, name }) => `Wrote the “Kế hoạch” sheet of ${name} to ${file}.`,
    planNotWritten: ({ file, reason }) => `Cannot write ${file}: ${reason} (an existing file is never overwritten; choose another name).`,
    planXlsxOnly: ({ file }) => `--xlsx needs the name of a new .xlsx file, e.g. --xlsx plan-2026.xlsx (not "${file}").`,
    frequency: ({ frequency }) => FREQUENCY.en[frequency],
    figures: ({ activities, participants, female, ethnic, budget }) =>
      `Activities: ${activities}; participants: ${participants} (women ${female}, ethnic minority ${ethnic}); budget: ${budget} million VND`,
  },
};
