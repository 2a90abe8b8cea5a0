/**
 * What the `bdg` command says when it consolidates several workbooks (docs/consolidation.md):
 * Vietnamese first, English second.
 */
import type { UnitSource } from "../core/consolidate";
import type { Catalogue } from "../core/i18n/locale";

export interface ConsolidateCliParams {
  outRequired: { example: string };
  sameFileTwice: { first: string; second: string };
  badUnitFlag: { value: string };
  unitFileUnknown: { file: string; files: string };
  unitTwice: { file: string };
  differentPlans: { first: string; second: string; firstPlan: string; secondPlan: string };
  builtinPlan: void;
  savedPlanInvalid: { file: string; errors: string[] };
  outIsInput: { file: string };
  header: { n: number; read: number };
  fileUnit: { file: string; unit: string; source: UnitSource; column: boolean };
  fileWithoutTable: { file: string };
  noTableInAny: void;
  unreadable: { files: string[] };
  duplicates: { n: number };
  notConsolidated: { reason: string };
}

export type ConsolidateCliTexts = { [K in keyof ConsolidateCliParams]: (p: ConsolidateCliParams[K]) => string };

const SOURCE_VI: Record<UnitSource, string> = { override: "theo --unit", title: "theo tiêu đề của tệp", file: "theo tên tệp" };
const SOURCE_EN: Record<UnitSource, string> = { override: "from --unit", title: "from the file's title", file: "from the file's name" };

const quoted = (files: string[]): string => files.map((f) => `“${f}”`).join(", ");

export const CONSOLIDATE_CLI_TEXT: Catalogue<keyof ConsolidateCliParams, ConsolidateCliParams> = {
  vi: {
    outRequired: ({ example }) => `Tổng hợp nhiều tệp cần chỉ ra tệp báo cáo mới bằng --out (các tệp của đơn vị không bị sửa). Ví dụ: ${example}`,
    sameFileTwice: ({ first, second }) => `Tệp “${first}” được chỉ ra hai lần (lần sau là “${second}”): mỗi tệp chỉ được tính một lần, bỏ bớt một tên tệp.`,
    badUnitFlag: ({ value }) => `--unit “${value}” không đúng dạng: dùng --unit TỆP=TÊN ĐƠN VỊ, ví dụ --unit van-phong.xlsx="Văn phòng".`,
    unitFileUnknown: ({ file, files }) => `--unit nêu tệp “${file}” nhưng tệp này không có trong các tệp được tổng hợp (${files}).`,
    unitTwice: ({ file }) => `--unit nêu tệp “${file}” hai lần: mỗi tệp chỉ có một đơn vị.`,
    differentPlans: ({ first, second, firstPlan, secondPlan }) =>
      `Tệp “${first}” theo ${firstPlan}, còn tệp “${second}” theo ${secondPlan}: không thể tổng hợp theo hai kế hoạch khác nhau. ` +
      `Chọn kế hoạch để tính bằng --plan kehoach.json, hoặc nạp cùng một kế hoạch vào các tệp.`,
    builtinPlan: () => "kế hoạch có sẵn",
    savedPlanInvalid: ({ file, errors }) => `Kế hoạch lưu trong tệp “${file}” không dùng được: ${errors.join(" ")} Dùng --plan kehoach.json để chọn kế hoạch.`,
    outIsInput: ({ file }) => `Tệp --out “${file}” là một trong các tệp được tổng hợp: báo cáo tổng hợp phải ghi vào một tệp mới.`,
    header: ({ n, read }) => (n === read ? `Tổng hợp ${n} tệp:` : `Tổng hợp ${read}/${n} tệp (các tệp không đọc được không được tính):`),
    fileUnit: ({ file, unit, source, column }) => `  ${file}: ${column && source !== "override" ? `đơn vị theo cột đơn vị chủ trì; dòng không ghi đơn vị tính cho “${unit}” (${SOURCE_VI[source]})` : `đơn vị “${unit}” (${SOURCE_VI[source]})`}`,
    fileWithoutTable: ({ file }) => `  ${file}: không có bảng theo dõi, không có số liệu để tổng hợp`,
    noTableInAny: () => "Không tệp nào có bảng theo dõi: không có gì để tổng hợp.",
    unreadable: ({ files }) => `Không đọc được ${files.length === 1 ? "tệp" : `${files.length} tệp`} ${quoted(files)}: các tệp còn lại vẫn được tổng hợp.`,
    duplicates: ({ n }) => `${n} hoạt động được hai đơn vị cùng ghi: chỉ tính một lần (xem cảnh báo “Hoạt động trùng giữa các tệp”).`,
    notConsolidated: ({ reason }) => `Không tổng hợp được: ${reason}`,
  },
  en: {
    outRequired: ({ example }) => `Consolidating several files needs a new report file given with --out (the units' files are never changed). Example: ${example}`,
    sameFileTwice: ({ first, second }) => `File “${first}” is given twice (again as “${second}”): each file counts once; leave one name out.`,
    badUnitFlag: ({ value }) => `--unit “${value}” is not of the form FILE=UNIT NAME, e.g. --unit van-phong.xlsx="Văn phòng".`,
    unitFileUnknown: ({ file, files }) => `--unit names the file “${file}”, which is not among the files consolidated (${files}).`,
    unitTwice: ({ file }) => `--unit names the file “${file}” twice: a file has one unit.`,
    differentPlans: ({ first, second, firstPlan, secondPlan }) =>
      `File “${first}” follows ${firstPlan} and file “${second}” follows ${secondPlan}: they cannot be consolidated against two plans. ` +
      `Choose the plan to count against with --plan plan.json, or load the same plan into the files.`,
    builtinPlan: () => "the built-in plan",
    savedPlanInvalid: ({ file, errors }) => `The plan saved in “${file}” cannot be used: ${errors.join(" ")} Choose a plan with --plan plan.json.`,
    outIsInput: ({ file }) => `The --out file “${file}” is one of the files consolidated: the consolidated report must go to a new file.`,
    header: ({ n, read }) => (n === read ? `Consolidation of ${n} files:` : `Consolidation of ${read} of ${n} files (the unreadable ones are left out):`),
    fileUnit: ({ file, unit, source, column }) => `  ${file}: ${column && source !== "override" ? `units from its lead-unit column; rows without one count for “${unit}” (${SOURCE_EN[source]})` : `unit “${unit}” (${SOURCE_EN[source]})`}`,
    fileWithoutTable: ({ file }) => `  ${file}: no tracking table, nothing to consolidate`,
    noTableInAny: () => "No file has a tracking table: there is nothing to consolidate.",
    unreadable: ({ files }) => `Could not read ${files.length === 1 ? "file" : `${files.length} files`} ${quoted(files)}: the other files are consolidated.`,
    duplicates: ({ n }) => `${n} activities were recorded by two units: each is counted once (see the warnings “Same activity in two files”).`,
    notConsolidated: ({ reason }) => `Not consolidated: ${reason}`,
  },
};
