import type { Locale } from "../core/i18n/locale";

/** Texts of the `bdg` command (human output, usage and one-line errors). */
export interface CliMessages {
  usage: string;
  unknownCommand: (c: string) => string;
  unknownFlag: (f: string, c: string) => string;
  missingValue: (f: string) => string;
  noFiles: string;
  oneFileOnly: string;
  badAsOf: (v: string) => string;
  badYear: (v: string) => string;
  badScope: (v: string) => string;
  planUnreadable: (file: string, reason: string) => string;
  planInvalid: (file: string, errors: string[]) => string;
  fileHeader: (file: string) => string;
  tablesFound: (n: number) => string;
  tableLine: (sheet: string, headerRow: number, rows: number, columns: string) => string;
  noTables: string;
  summary: (errors: number, warnings: number, infos: number) => string;
  noIssues: string;
  ruleGroup: (rule: string, n: number) => string;
  more: (n: number) => string;
  progressTitle: (asOf: string) => string;
  overall: string;
  year: (y: number) => string;
  empty: string;
  notes: string;
  severity: Record<"error" | "warning" | "info", string>;
  scopeLine: (scope: string, year: string) => string;
  wholePlan: string;
  wholePeriod: string;
  statusHeader: string;
  planTitle: (title: string, start: number, end: number) => string;
  frequency: Record<"annual" | "campaign" | "once" | "as-needed" | "group", string>;
  figures: (activities: number, participants: string, female: string, ethnic: string, budget: string) => string;
}

const vi: CliMessages = {
  usage: [
    "Cách dùng:",
    "  bdg validate <tệp.xlsx>... [--plan kehoach.json] [--as-of YYYY-MM-DD] [--json] [--lang en]",
    "  bdg progress <tệp.xlsx> [--scope MÃ] [--year YYYY] [--as-of YYYY-MM-DD] [--json]",
    "  bdg report <tệp.xlsx> (--year YYYY | --period) [--forms BC,B01,B02,B03] [--out ra.xlsx] [--profile hoso.json]",
    "             [--parent \"UBND TỈNH LẠNG SƠN\"] [--agency \"SỞ DÂN TỘC VÀ TÔN GIÁO\"] [--symbol SDTTG] [--place \"Lạng Sơn\"]",
    "             [--signer-title \"GIÁM ĐỐC\"] [--signer-name \"…\"] [--recipients \"Sở Nội vụ;Lưu: VT\"]",
    "  bdg plan [--json]",
    "Mã thoát: 0 không có lỗi; 1 có lỗi trong dữ liệu; 2 không đọc được tệp hoặc lệnh sai.",
  ].join("\n"),
  unknownCommand: (c) => `Lệnh không hợp lệ: "${c}". Gõ "bdg --help" để xem các lệnh.`,
  unknownFlag: (f, c) => `Tùy chọn --${f} không dùng được với lệnh "${c}". Gõ "bdg --help".`,
  missingValue: (f) => `Tùy chọn --${f} cần một giá trị, ví dụ --${f} 2024.`,
  noFiles: "Chưa chỉ ra tệp .xlsx nào. Ví dụ: bdg validate theo-doi.xlsx",
  oneFileOnly: "Lệnh này nhận đúng một tệp .xlsx.",
  badAsOf: (v) => `Ngày --as-of "${v}" không hợp lệ: hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-12-31.`,
  badYear: (v) => `Năm --year "${v}" không hợp lệ: hãy ghi một năm của kế hoạch, ví dụ 2024.`,
  badScope: (v) => `Phạm vi --scope "${v}" không phải là mã nhiệm vụ của kế hoạch (ví dụ II.2 hoặc III.1.1).`,
  planUnreadable: (file, reason) => `Không đọc được tệp kế hoạch ${file}: ${reason}`,
  planInvalid: (file, errors) => `Tệp kế hoạch ${file} không hợp lệ: ${errors.join("; ")}`,
  fileHeader: (file) => `Tệp: ${file}`,
  tablesFound: (n) => `Tìm thấy ${n} bảng theo dõi:`,
  tableLine: (sheet, headerRow, rows, columns) => `  • Trang "${sheet}", tiêu đề ở dòng ${headerRow}, ${rows} hoạt động — ${columns}`,
  noTables: "Không tìm thấy bảng theo dõi nào.",
  summary: (e, w, i) => `Kết quả kiểm tra: ${e} lỗi, ${w} cảnh báo, ${i} lưu ý.`,
  noIssues: "Không phát hiện vấn đề nào.",
  ruleGroup: (rule, n) => `${rule} (${n}):`,
  more: (n) => `    … và ${n} vấn đề khác cùng loại (dùng --json để xem hết).`,
  progressTitle: (asOf) => `Tiến độ thực hiện kế hoạch (tính đến ngày ${asOf}):`,
  overall: "Cả giai đoạn",
  year: (y) => `Năm ${y}`,
  empty: "chưa có nhiệm vụ đến hạn",
  notes: "Ghi chú:",
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" },
  scopeLine: (scope, year) => `Phạm vi: ${scope}; thời gian: ${year}`,
  wholePlan: "toàn bộ kế hoạch",
  wholePeriod: "cả giai đoạn",
  statusHeader: "Tình trạng từng nhiệm vụ theo năm:",
  planTitle: (title, s, e) => `${title} (${s}–${e})`,
  frequency: { annual: "hằng năm", campaign: "đợt cao điểm hằng năm", once: "một lần trong giai đoạn", "as-needed": "khi có yêu cầu", group: "nhóm nhiệm vụ" },
  figures: (a, p, f, e, b) => `Số hoạt động: ${a}; người tham gia: ${p} (nữ ${f}, DTTS ${e}); kinh phí: ${b} triệu đồng`,
};

const en: CliMessages = {
  usage: [
    "Usage:",
    "  bdg validate <file.xlsx>... [--plan plan.json] [--as-of YYYY-MM-DD] [--json] [--lang en]",
    "  bdg progress <file.xlsx> [--scope ID] [--year YYYY] [--as-of YYYY-MM-DD] [--json]",
    "  bdg report <file.xlsx> (--year YYYY | --period) [--forms BC,B01,B02,B03] [--out out.xlsx] [--profile profile.json]",
    "             [--parent …] [--agency …] [--symbol …] [--place …] [--signer-title …] [--signer-name …] [--recipients \"a;b\"]",
    "  bdg plan [--json]",
    "Exit status: 0 no errors; 1 errors in the data; 2 a file cannot be read or the command is wrong.",
  ].join("\n"),
  unknownCommand: (c) => `Unknown command "${c}". Run "bdg --help" for the commands.`,
  unknownFlag: (f, c) => `Option --${f} does not apply to "${c}". Run "bdg --help".`,
  missingValue: (f) => `Option --${f} needs a value, e.g. --${f} 2024.`,
  noFiles: "No .xlsx file given. Example: bdg validate tracking.xlsx",
  oneFileOnly: "This command takes exactly one .xlsx file.",
  badAsOf: (v) => `--as-of "${v}" is not a date: write YYYY-MM-DD, e.g. 2025-12-31.`,
  badYear: (v) => `--year "${v}" is not a year of the plan, e.g. 2024.`,
  badScope: (v) => `--scope "${v}" is not a task id of the plan (e.g. II.2 or III.1.1).`,
  planUnreadable: (file, reason) => `Cannot read the plan file ${file}: ${reason}`,
  planInvalid: (file, errors) => `The plan file ${file} is not valid: ${errors.join("; ")}`,
  fileHeader: (file) => `File: ${file}`,
  tablesFound: (n) => `${n} tracking table(s) found:`,
  tableLine: (sheet, headerRow, rows, columns) => `  • Sheet "${sheet}", header on row ${headerRow}, ${rows} activities — ${columns}`,
  noTables: "No tracking table found.",
  summary: (e, w, i) => `Validation: ${e} error(s), ${w} warning(s), ${i} note(s).`,
  noIssues: "No problems found.",
  ruleGroup: (rule, n) => `${rule} (${n}):`,
  more: (n) => `    … and ${n} more of this kind (use --json to see all).`,
  progressTitle: (asOf) => `Progress of the plan (as of ${asOf}):`,
  overall: "Whole period",
  year: (y) => `Year ${y}`,
  empty: "nothing due yet",
  notes: "Notes:",
  severity: { error: "Error", warning: "Warning", info: "Note" },
  scopeLine: (scope, year) => `Scope: ${scope}; period: ${year}`,
  wholePlan: "the whole plan",
  wholePeriod: "the whole period",
  statusHeader: "Status of each task by year:",
  planTitle: (title, s, e) => `${title} (${s}–${e})`,
  frequency: { annual: "annual", campaign: "annual campaign", once: "once in the period", "as-needed": "as needed", group: "group of tasks" },
  figures: (a, p, f, e, b) => `Activities: ${a}; participants: ${p} (women ${f}, ethnic minority ${e}); budget: ${b} million VND`,
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { vi, en };
