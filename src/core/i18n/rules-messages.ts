/**
 * The validation rules' messages, Vietnamese first, English second. Each says what is
 * wrong and what to do about it, naming the cell and the value where that helps. Rules pass plain
 * values; the catalogue formats numbers and quotes text for the locale.
 */
import type { Field } from "../read/types";
import type { CellValue } from "../snapshot";
import type { RuleCode } from "../validate/issue";
import { fieldName } from "./field-names";
import { formattedText, numberOf, type ShownNumber } from "../text/excel-number-format";
import { formatNumber, listText, type Catalogue, type Locale } from "./locale";

/** What a missing-column issue is about: a field, or "date or year" when neither is there. */
export type MissingColumnKind = "activity" | "dateOrYear" | "participants" | "female";

interface At {
  /** A1 address, e.g. "F12". */
  cell: string;
}
interface AtValue extends At {
  value: CellValue;
}
interface AtField extends AtValue {
  field: Field;
}
interface CoverageParams {
  taskId: string;
  title: string;
  year: number;
  /** Activities mapped to the obligation, none of them completed. */
  open: number;
}
/** The part of a year a quarterly or half-yearly task owes: quarter 1–4, or half 1–2. */
export interface YearPart {
  kind: "quarter" | "half";
  part: number;
}


export interface RuleMessageParams {
  noTrackingTable: { sheets: string[] };
  missingColumn: { sheet: string; headerRow: number; kind: MissingColumnKind };
  cellError: AtField;
  missingActivity: At;
  unknownTask: AtValue & { examples: string[] };
  unmappedActivity: { row: number; cell: string | null };
  uncertainTask: { row: number; cell: string | null; guess: string; title: string };
  missingDate: At;
  badDate: AtValue;
  notARealDay: AtValue;
  badYear: AtValue;
  dateOutsidePeriod: AtValue & { from: number; to: number };
  futureCompleted: At & { date: CellValue; asOf: string };
  badStatus: AtValue;
  badNumber: AtField;
  negativeNumber: At & { field: Field; value: ShownNumber };
  nonIntegerCount: At & { field: Field; value: ShownNumber };
  femaleExceedsTotal: At & { female: ShownNumber; total: ShownNumber };
  ethnicExceedsTotal: At & { ethnic: ShownNumber; total: ShownNumber };
  sexSumMismatch: At & { female: ShownNumber; male: ShownNumber; total: ShownNumber };
  missingSexBreakdown: At & { total: ShownNumber };
  campaignOutOfWindow: AtValue & { taskId: string; window: string };
  campaignDateTooCoarse: AtValue & { taskId: string; window: string };
  unknownUnit: At & { units: string[] };
  duplicateActivity: At & { row: number; earlierRow: number; earlierSheet: string | null };
  totalMismatch: At & { field: Field; total: ShownNumber; sum: ShownNumber; fromRow: number; toRow: number };
  totalMismatchTextNumbers: At & { field: Field; total: ShownNumber; sum: ShownNumber; fromRow: number; toRow: number; textCells: string[] };
  legacyEncoding: At & { encoding: "tcvn3" | "vni"; count: number };
  missingEvidence: At;
  missingTaskYear: CoverageParams & { within?: YearPart };
  missingCampaign: CoverageParams & { window: string; notPlaced: number };
  missingOnceTask: { taskId: string; title: string; from: number; to: number; due: string; over: boolean };
  noStatusColumn: { sheet: string; asOf: string };
  duplicateAcrossFiles: At & { file: string; sheet: string; unit: string; earlierFile: string; earlierSheet: string; earlierCell: string; earlierUnit: string };
  summaryMismatch: At & { field: Field; stated: number; computed: number; taskId: string; period: string };
  hiddenRowsLeftOut: { count: number; places: Array<{ sheet: string; rows: string }> };
  summarySheet: { sheet: string; checked: number };
}
export type RuleMessageKey = keyof RuleMessageParams;
export type RuleMessages = { [K in RuleMessageKey]: (p: RuleMessageParams[K]) => string };

/**
 * The messages each rule speaks with. A record over every rule code, so that a rule without a
 * message does not compile; the messages left over (noStatusColumn) are the validator's notes.
 */
export const RULE_MESSAGE_KEYS: Record<RuleCode, readonly RuleMessageKey[]> = {
  "no-tracking-table": ["noTrackingTable"],
  "missing-column": ["missingColumn"],
  "cell-error": ["cellError"],
  "missing-activity": ["missingActivity"],
  "unknown-task": ["unknownTask"],
  "unmapped-activity": ["unmappedActivity", "uncertainTask"],
  "missing-date": ["missingDate"],
  "bad-date": ["badDate", "notARealDay", "badYear"],
  "date-outside-period": ["dateOutsidePeriod"],
  "future-completed": ["futureCompleted"],
  "bad-status": ["badStatus"],
  "bad-number": ["badNumber"],
  "negative-number": ["negativeNumber"],
  "non-integer-count": ["nonIntegerCount"],
  "female-exceeds-total": ["femaleExceedsTotal"],
  "ethnic-exceeds-total": ["ethnicExceedsTotal"],
  "sex-sum-mismatch": ["sexSumMismatch"],
  "missing-sex-breakdown": ["missingSexBreakdown"],
  "campaign-out-of-window": ["campaignOutOfWindow", "campaignDateTooCoarse"],
  "unknown-unit": ["unknownUnit"],
  "duplicate-activity": ["duplicateActivity"],
  "total-mismatch": ["totalMismatch", "totalMismatchTextNumbers"],
  "summary-mismatch": ["summaryMismatch"],
  "legacy-encoding": ["legacyEncoding"],
  "missing-evidence": ["missingEvidence"],
  "missing-task-year": ["missingTaskYear"],
  "missing-campaign": ["missingCampaign"],
  "missing-once-task": ["missingOnceTask"],
  "duplicate-across-files": ["duplicateAcrossFiles"],
};

const MAX_QUOTED = 60;

const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

/** "năm 2027", "quý II năm 2027", "6 tháng đầu năm 2027", "6 tháng cuối năm 2027". */
function viPeriod(year: number, within: YearPart | undefined): string {
  if (!within) return `năm ${year}`;
  if (within.kind === "quarter") return `quý ${ROMAN_QUARTERS[within.part - 1] ?? within.part} năm ${year}`;
  return `6 tháng ${within.part === 1 ? "đầu" : "cuối"} năm ${year}`;
}

/** "2027", "Q2 2027", "first half of 2027", "second half of 2027". */
function enPeriod(year: number, within: YearPart | undefined): string {
  if (!within) return String(year);
  if (within.kind === "quarter") return `Q${within.part} ${year}`;
  return `${within.part === 1 ? "first" : "second"} half of ${year}`;
}

/** A cell's value as the user would recognise it, quoted; long text is cut. */
function q(v: CellValue, locale: Locale): string {
  let s: string;
  if (v === null) s = "";
  else if (typeof v === "number") s = formatNumber(v, locale, 6);
  else if (typeof v === "boolean") s = v ? "TRUE" : "FALSE"; // as Excel shows it, in either language
  else s = v.length > MAX_QUOTED ? v.slice(0, MAX_QUOTED - 1) + "…" : v;
  return `“${s}”`;
}

/** A number for the locale; most are small whole counts, which need no grouping or decimal mark. */
const plain = (x: number, locale: Locale): string => (Number.isInteger(x) && x > -1000 && x < 1000 ? String(x) : formatNumber(x, locale, 6));

/** A number as its cell shows it in Excel, quoted, when the cell has a format of its own; else for the locale. */
function n(x: ShownNumber, locale: Locale): string {
  const text = formattedText(x, locale);
  return text !== null ? `“${text}”` : plain(numberOf(x), locale);
}

/** A number in parentheses after the words it is about; one in its cell's own format is quoted instead. */
function p(x: ShownNumber, locale: Locale): string {
  const text = formattedText(x, locale);
  return text !== null ? `“${text}”` : `(${plain(numberOf(x), locale)})`;
}

function list(items: string[], locale: Locale): string {
  return listText(
    items.map((s) => `“${s}”`),
    locale,
  );
}

const ENCODING_NAME = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

const vi: RuleMessages = {
  noTrackingTable: ({ sheets }) =>
    (sheets.length === 0
      ? "Sổ tính không có trang tính nào để đọc."
      : `Không tìm thấy bảng theo dõi trong ${sheets.length} trang tính đã đọc (${list(sheets, "vi")}).`) +
    " Bảng cần một dòng tiêu đề có các cột như “Nội dung hoạt động”, “Thời gian”, “Đơn vị chủ trì”.",
  missingColumn: ({ sheet, headerRow, kind }) => {
    const where = `Trang “${sheet}”: bảng theo dõi (tiêu đề ở dòng ${headerRow})`;
    switch (kind) {
      case "activity":
        return `${where} không có cột nội dung hoạt động. Thêm cột “Nội dung hoạt động” hoặc chỉ định lại cột.`;
      case "dateOrYear":
        return `${where} không có cột thời gian, cũng không có cột năm. Thêm cột “Thời gian” (ngày thực hiện) hoặc cột “Năm”.`;
      case "participants":
        return `${where} không có cột số người tham gia. Nên thêm cột “Số người tham gia” để tổng hợp số liệu báo cáo.`;
      case "female":
        return `${where} không có cột số nữ. Nên thêm cột “Nữ” để số liệu được tách biệt theo giới.`;
    }
  },
  cellError: ({ cell, field, value }) =>
    `Ô ${cell} (${fieldName(field, "vi")}) đang báo lỗi ${String(value)}. Sửa lại công thức hoặc nhập trực tiếp giá trị.`,
  missingActivity: ({ cell }) =>
    `Ô ${cell}: dòng có dữ liệu nhưng chưa ghi nội dung hoạt động. Ghi nội dung hoạt động, hoặc xóa dòng nếu không dùng.`,
  unknownTask: ({ cell, value, examples }) =>
    `Ô ${cell}: mã nhiệm vụ ${q(value, "vi")} không có trong kế hoạch. Sửa thành mã đúng của kế hoạch (ví dụ ${examples.join(", ")}).`,
  unmappedActivity: ({ row, cell }) =>
    `Dòng ${row}: không có mã nhiệm vụ và không xác định được hoạt động thuộc nhiệm vụ nào của kế hoạch. ` +
    (cell ? `Ghi mã nhiệm vụ (ví dụ III.1.1) vào ô ${cell}.` : "Thêm cột “Mã nhiệm vụ”, hoặc đặt dòng dưới tiêu đề mục tương ứng."),
  uncertainTask: ({ row, cell, guess, title }) =>
    `Dòng ${row}: không có mã nhiệm vụ; hoạt động có thể thuộc nhiệm vụ ${guess} (${title}) nhưng chưa chắc chắn, nên chưa được tính vào tiến độ. ` +
    (cell ? `Ghi mã nhiệm vụ vào ô ${cell} để xác nhận.` : "Thêm cột “Mã nhiệm vụ” để xác nhận."),
  missingDate: ({ cell }) => `Ô ${cell}: chưa ghi thời gian thực hiện. Ghi ngày (dd/mm/yyyy) hoặc ít nhất là năm.`,
  badDate: ({ cell, value }) =>
    `Ô ${cell}: không đọc được thời gian ${q(value, "vi")}. Ghi theo dạng dd/mm/yyyy (ví dụ 15/11/2023), “tháng 11/2023” hoặc “năm 2023”.`,
  notARealDay: ({ cell, value }) => `Ô ${cell}: ${q(value, "vi")} không phải là ngày có thật. Sửa lại ngày, tháng.`,
  badYear: ({ cell, value }) => `Ô ${cell}: không đọc được năm ${q(value, "vi")}. Ghi năm bằng 4 chữ số, ví dụ 2023.`,
  dateOutsidePeriod: ({ cell, value, from, to }) =>
    `Ô ${cell}: thời gian ${q(value, "vi")} nằm ngoài giai đoạn của kế hoạch (${from}–${to}). Kiểm tra lại năm.`,
  futureCompleted: ({ cell, date, asOf }) =>
    `Ô ${cell}: hoạt động ghi là đã hoàn thành nhưng thời gian ${q(date, "vi")} sau ngày đối chiếu ${asOf}. Kiểm tra lại thời gian hoặc trạng thái.`,
  badStatus: ({ cell, value }) =>
    `Ô ${cell}: trạng thái ${q(value, "vi")} không thuộc danh mục. Ghi một trong: Hoàn thành, Đang thực hiện, Chưa thực hiện, Hủy.`,
  badNumber: ({ cell, field, value }) =>
    `Ô ${cell}: ${fieldName(field, "vi")} ${q(value, "vi")} không phải là số. Chỉ ghi số, ví dụ 1.500 hoặc 12,5.`,
  negativeNumber: ({ cell, field, value }) =>
    `Ô ${cell}: ${fieldName(field, "vi")} là số âm ${p(value, "vi")}. Sửa lại thành số không âm.`,
  nonIntegerCount: ({ cell, field, value }) =>
    `Ô ${cell}: ${fieldName(field, "vi")} ${p(value, "vi")} không phải là số nguyên. Số người phải là số nguyên.`,
  femaleExceedsTotal: ({ cell, female, total }) =>
    `Ô ${cell}: số nữ ${p(female, "vi")} lớn hơn tổng số người tham gia ${p(total, "vi")}. Kiểm tra lại hai số này.`,
  ethnicExceedsTotal: ({ cell, ethnic, total }) =>
    `Ô ${cell}: số người DTTS ${p(ethnic, "vi")} lớn hơn tổng số người tham gia ${p(total, "vi")}. Kiểm tra lại hai số này.`,
  sexSumMismatch: ({ cell, female, male, total }) =>
    `Ô ${cell}: số nữ ${p(female, "vi")} cộng số nam ${p(male, "vi")} bằng ${n(numberOf(female) + numberOf(male), "vi")}, khác tổng số người tham gia ${p(total, "vi")}. Kiểm tra lại ba số này.`,
  missingSexBreakdown: ({ cell, total }) =>
    `Ô ${cell}: có tổng số người tham gia ${p(total, "vi")} nhưng chưa ghi số nữ. Ghi số nữ để số liệu được tách biệt theo giới.`,
  campaignOutOfWindow: ({ cell, value, taskId, window }) =>
    `Ô ${cell}: hoạt động thuộc đợt ${taskId} (${window}) nhưng thời gian ${q(value, "vi")} nằm ngoài đợt, nên không được tính cho đợt. Kiểm tra lại thời gian hoặc mã nhiệm vụ.`,
  campaignDateTooCoarse: ({ cell, value, taskId, window }) =>
    `Ô ${cell}: hoạt động thuộc đợt ${taskId} (${window}) nhưng thời gian ${q(value, "vi")} không cho biết có nằm trong đợt hay không, nên chưa được tính cho đợt. Ghi rõ ngày thực hiện.`,
  unknownUnit: ({ cell, units }) =>
    `Ô ${cell}: ${units.length > 1 ? "các đơn vị" : "đơn vị"} ${list(units, "vi")} không có trong danh sách đơn vị của kế hoạch. Kiểm tra lại tên đơn vị.`,
  duplicateActivity: ({ cell, row, earlierRow, earlierSheet }) =>
    `Ô ${cell}: dòng ${row} trùng với dòng ${earlierRow}${earlierSheet ? ` của trang “${earlierSheet}”` : ""} (cùng nhiệm vụ, thời gian và nội dung). Xóa dòng trùng, hoặc ghi rõ điểm khác nhau.`,
  totalMismatch: ({ cell, field, total, sum, fromRow, toRow }) =>
    `Ô ${cell}: dòng tổng ghi ${fieldName(field, "vi")} là ${n(total, "vi")}, nhưng cộng các dòng ${fromRow === toRow ? fromRow : `${fromRow}–${toRow}`} được ${n(sum, "vi")}. Sửa lại số tổng cho khớp.`,
  totalMismatchTextNumbers: ({ cell, field, total, sum, fromRow, toRow, textCells }) =>
    `Ô ${cell}: dòng tổng ghi ${fieldName(field, "vi")} là ${n(total, "vi")}, nhưng cộng các dòng ${fromRow === toRow ? fromRow : `${fromRow}–${toRow}`} được ${n(sum, "vi")}: ` +
    `ô ${listText(textCells, "vi")} chứa số dạng văn bản nên hàm SUM bỏ qua. Nhập lại ${textCells.length === 1 ? "ô này" : "các ô này"} dưới dạng số để số tổng đúng.`,
  legacyEncoding: ({ cell, encoding, count }) =>
    `Ô ${cell}: chữ viết theo bảng mã ${ENCODING_NAME[encoding]} đã được chuyển sang Unicode để đọc` +
    (count > 1 ? ` (${n(count, "vi")} ô trên trang này).` : ".") +
    " Nên chuyển trang tính sang Unicode (ví dụ bằng Unikey) và dùng phông Times New Roman.",
  missingEvidence: ({ cell }) =>
    `Ô ${cell}: hoạt động đã hoàn thành nhưng chưa ghi văn bản minh chứng. Ghi số, ký hiệu văn bản (ví dụ 125/BC-BDT).`,
  missingTaskYear: ({ taskId, title, year, open, within }) =>
    `Nhiệm vụ ${taskId} (${title}) ${viPeriod(year, within)}: chưa có hoạt động nào hoàn thành` +
    (open > 0 ? ` (có ${open} hoạt động chưa hoàn thành).` : ".") +
    " Bổ sung hoạt động đã thực hiện hoặc cập nhật trạng thái.",
  missingCampaign: ({ taskId, title, year, window, open, notPlaced }) =>
    `Đợt ${taskId} (${title}) năm ${year}: chưa có hoạt động nào hoàn thành trong đợt ${window}` +
    (open > 0 ? ` (có ${open} hoạt động chưa hoàn thành).` : ".") +
    (notPlaced > 0
      ? ` Có ${notPlaced} hoạt động của đợt trong năm không được tính vì thời gian nằm ngoài đợt hoặc chỉ ghi quý, năm.`
      : "") +
    " Bổ sung hoạt động (ghi rõ ngày trong đợt) hoặc cập nhật trạng thái.",
  missingOnceTask: ({ taskId, title, from, to, due, over }) =>
    `Nhiệm vụ ${taskId} (${title}) phải thực hiện một lần trong giai đoạn ${from}–${to}` +
    (over
      ? " nhưng chưa có hoạt động nào hoàn thành. Bổ sung hoạt động đã thực hiện hoặc cập nhật trạng thái."
      : `, đến nay chưa có hoạt động nào hoàn thành. Hạn hoàn thành là ngày ${due}.`),
  noStatusColumn: ({ sheet, asOf }) =>
    `Trang “${sheet}”: bảng không có cột trạng thái, nên các hoạt động có thời gian đến hết ngày ${asOf} được coi là đã hoàn thành.`,
  duplicateAcrossFiles: ({ cell, file, sheet, unit, earlierFile, earlierSheet, earlierCell, earlierUnit }) =>
    `Tệp “${file}”, trang “${sheet}”, ô ${cell} (${unit}) ghi cùng một hoạt động với tệp “${earlierFile}”, trang “${earlierSheet}”, ô ${earlierCell} (${earlierUnit}): cùng nhiệm vụ, thời gian và nội dung. ` +
    `Số liệu tổng hợp chỉ tính một lần, theo tệp “${earlierFile}”. Nếu là hai hoạt động khác nhau, ghi rõ nội dung để phân biệt; nếu là hoạt động phối hợp, chỉ đơn vị chủ trì ghi.`,
  summaryMismatch: ({ cell, field, stated, computed, taskId, period }) =>
    `Ô ${cell}: trang tổng hợp ghi ${fieldName(field, "vi")} của nhiệm vụ ${taskId}${period ? ` (${period})` : ""} là ${n(stated, "vi")}, nhưng sổ theo dõi cho ${n(computed, "vi")}. Kiểm tra lại công thức hoặc số liệu của trang tổng hợp.`,
  hiddenRowsLeftOut: ({ count, places }) =>
    `Đã bỏ qua ${n(count, "vi")} dòng bị ẩn (không tính là hoạt động, kể cả khi kiểm tra trùng, ngày tháng và tiến độ): ${places.map((p) => `trang “${p.sheet}” dòng ${p.rows}`).join("; ")}. Hiện các dòng này nếu chúng là hoạt động thật.`,
  summarySheet: ({ sheet, checked }) =>
    `Trang “${sheet}” là trang tổng hợp (mỗi dòng là một nhiệm vụ, số liệu lấy từ trang khác): không đọc như các hoạt động${checked > 0 ? `; đã đối chiếu ${n(checked, "vi")} số liệu với sổ theo dõi` : ""}.`,
};

const en: RuleMessages = {
  noTrackingTable: ({ sheets }) =>
    (sheets.length === 0
      ? "The workbook has no sheet to read."
      : `No tracking table found in the ${sheets.length} sheet(s) read (${list(sheets, "en")}).`) +
    " A table needs a header row with columns such as “Nội dung hoạt động”, “Thời gian”, “Đơn vị chủ trì”.",
  missingColumn: ({ sheet, headerRow, kind }) => {
    const where = `Sheet “${sheet}”: the tracking table (header on row ${headerRow})`;
    switch (kind) {
      case "activity":
        return `${where} has no activity column. Add a “Nội dung hoạt động” column or map the column again.`;
      case "dateOrYear":
        return `${where} has neither a date nor a year column. Add a “Thời gian” (date) or a “Năm” (year) column.`;
      case "participants":
        return `${where} has no participants column. Add a “Số người tham gia” column so that reports get their figures.`;
      case "female":
        return `${where} has no column for women. Add a “Nữ” column so that figures are sex-disaggregated.`;
    }
  },
  cellError: ({ cell, field, value }) =>
    `Cell ${cell} (${fieldName(field, "en")}) shows the error ${String(value)}. Fix the formula or type the value in.`,
  missingActivity: ({ cell }) =>
    `Cell ${cell}: the row has data but no activity text. Describe the activity, or delete the row if it is not used.`,
  unknownTask: ({ cell, value, examples }) =>
    `Cell ${cell}: task id ${q(value, "en")} is not in the plan. Use one of the plan's ids (e.g. ${examples.join(", ")}).`,
  unmappedActivity: ({ row, cell }) =>
    `Row ${row}: no task id, and the activity could not be matched to a task of the plan. ` +
    (cell ? `Enter the task id (e.g. III.1.1) in cell ${cell}.` : "Add a task id column, or put the row under the matching section heading."),
  uncertainTask: ({ row, cell, guess, title }) =>
    `Row ${row}: no task id; the activity may belong to task ${guess} (${title}) but that is not certain, so it does not count towards progress yet. ` +
    (cell ? `Enter the task id in cell ${cell} to confirm.` : "Add a task id column to confirm."),
  missingDate: ({ cell }) => `Cell ${cell}: no date. Enter the day (dd/mm/yyyy) or at least the year.`,
  badDate: ({ cell, value }) =>
    `Cell ${cell}: the date ${q(value, "en")} cannot be read. Write it as dd/mm/yyyy (e.g. 15/11/2023), “tháng 11/2023” or “năm 2023”.`,
  notARealDay: ({ cell, value }) => `Cell ${cell}: ${q(value, "en")} is not a real day. Correct the day or month.`,
  badYear: ({ cell, value }) => `Cell ${cell}: the year ${q(value, "en")} cannot be read. Write the year with 4 digits, e.g. 2023.`,
  dateOutsidePeriod: ({ cell, value, from, to }) =>
    `Cell ${cell}: the date ${q(value, "en")} lies outside the plan's period (${from}–${to}). Check the year.`,
  futureCompleted: ({ cell, date, asOf }) =>
    `Cell ${cell}: the activity is marked completed but its date ${q(date, "en")} is after the as-of date ${asOf}. Check the date or the status.`,
  badStatus: ({ cell, value }) =>
    `Cell ${cell}: the status ${q(value, "en")} is not one of the known ones. Use one of: Hoàn thành, Đang thực hiện, Chưa thực hiện, Hủy.`,
  badNumber: ({ cell, field, value }) =>
    `Cell ${cell}: the ${fieldName(field, "en")} ${q(value, "en")} is not a number. Enter only a number, e.g. 1.500 or 12,5.`,
  negativeNumber: ({ cell, field, value }) =>
    `Cell ${cell}: the ${fieldName(field, "en")} is negative ${p(value, "en")}. Enter a number of zero or more.`,
  nonIntegerCount: ({ cell, field, value }) =>
    `Cell ${cell}: the ${fieldName(field, "en")} ${p(value, "en")} is not a whole number. People are counted in whole numbers.`,
  femaleExceedsTotal: ({ cell, female, total }) =>
    `Cell ${cell}: the number of women ${p(female, "en")} exceeds the number of participants ${p(total, "en")}. Check both numbers.`,
  ethnicExceedsTotal: ({ cell, ethnic, total }) =>
    `Cell ${cell}: the number of ethnic-minority people ${p(ethnic, "en")} exceeds the number of participants ${p(total, "en")}. Check both numbers.`,
  sexSumMismatch: ({ cell, female, male, total }) =>
    `Cell ${cell}: women ${p(female, "en")} plus men ${p(male, "en")} make ${n(numberOf(female) + numberOf(male), "en")}, not the number of participants ${p(total, "en")}. Check the three numbers.`,
  missingSexBreakdown: ({ cell, total }) =>
    `Cell ${cell}: the number of participants is given ${p(total, "en")} but not the number of women. Enter it so that figures are sex-disaggregated.`,
  campaignOutOfWindow: ({ cell, value, taskId, window }) =>
    `Cell ${cell}: the activity belongs to campaign ${taskId} (${window}) but its date ${q(value, "en")} is outside the campaign, so it does not count for it. Check the date or the task id.`,
  campaignDateTooCoarse: ({ cell, value, taskId, window }) =>
    `Cell ${cell}: the activity belongs to campaign ${taskId} (${window}) but the date ${q(value, "en")} does not show whether it took place during the campaign, so it does not count for it yet. Enter the day.`,
  unknownUnit: ({ cell, units }) =>
    `Cell ${cell}: ${units.length > 1 ? "units" : "unit"} ${list(units, "en")} ${units.length > 1 ? "are" : "is"} not in the plan's list of units. Check the name.`,
  duplicateActivity: ({ cell, row, earlierRow, earlierSheet }) =>
    `Cell ${cell}: row ${row} repeats row ${earlierRow}${earlierSheet ? ` of sheet “${earlierSheet}”` : ""} (same task, date and activity). Delete the duplicate, or say how they differ.`,
  totalMismatch: ({ cell, field, total, sum, fromRow, toRow }) =>
    `Cell ${cell}: the total row gives ${n(total, "en")} for the ${fieldName(field, "en")}, but rows ${fromRow === toRow ? fromRow : `${fromRow}–${toRow}`} add up to ${n(sum, "en")}. Correct the total.`,
  totalMismatchTextNumbers: ({ cell, field, total, sum, fromRow, toRow, textCells }) =>
    `Cell ${cell}: the total row gives ${n(total, "en")} for the ${fieldName(field, "en")}, but rows ${fromRow === toRow ? fromRow : `${fromRow}–${toRow}`} add up to ${n(sum, "en")}: ` +
    `${listText(textCells, "en")} ${textCells.length === 1 ? "holds a number" : "hold numbers"} typed as text, which Excel's SUM skips. Re-enter ${textCells.length === 1 ? "it" : "them"} as numbers so that the total is right.`,
  legacyEncoding: ({ cell, encoding, count }) =>
    `Cell ${cell}: text in the ${ENCODING_NAME[encoding]} encoding was converted to Unicode to be read` +
    (count > 1 ? ` (${n(count, "en")} cells on this sheet).` : ".") +
    " Convert the sheet to Unicode (e.g. with Unikey) and use the Times New Roman font.",
  missingEvidence: ({ cell }) =>
    `Cell ${cell}: the activity is completed but no evidence document is given. Enter the document's number and symbol (e.g. 125/BC-BDT).`,
  missingTaskYear: ({ taskId, title, year, open, within }) =>
    `Task ${taskId} (${title}), ${enPeriod(year, within)}: no activity completed` +
    (open > 0 ? ` (${open} not completed).` : ".") +
    " Add the activities carried out or update their status.",
  missingCampaign: ({ taskId, title, year, window, open, notPlaced }) =>
    `Campaign ${taskId} (${title}), ${year}: no activity completed within ${window}` +
    (open > 0 ? ` (${open} not completed).` : ".") +
    (notPlaced > 0
      ? ` ${notPlaced} activit${notPlaced > 1 ? "ies" : "y"} of the campaign that year ${notPlaced > 1 ? "do" : "does"} not count: dated outside it, or only by a quarter or a year.`
      : "") +
    " Add the activities (with their day within the campaign) or update their status.",
  missingOnceTask: ({ taskId, title, from, to, due, over }) =>
    `Task ${taskId} (${title}) must be done once in ${from}–${to}` +
    (over
      ? " but no activity is completed. Add the activity carried out or update its status."
      : `; no activity is completed so far. It is due by ${due}.`),
  noStatusColumn: ({ sheet, asOf }) =>
    `Sheet “${sheet}”: the table has no status column, so activities dated up to ${asOf} are taken as completed.`,
  duplicateAcrossFiles: ({ cell, file, sheet, unit, earlierFile, earlierSheet, earlierCell, earlierUnit }) =>
    `File “${file}”, sheet “${sheet}”, cell ${cell} (${unit}) records the same activity as file “${earlierFile}”, sheet “${earlierSheet}”, cell ${earlierCell} (${earlierUnit}): same task, date and activity. ` +
    `The consolidated figures count it once, from “${earlierFile}”. If they are two activities, describe them so they differ; if it was held jointly, only the lead unit should record it.`,
  summaryMismatch: ({ cell, field, stated, computed, taskId, period }) =>
    `Cell ${cell}: the summary sheet gives ${n(stated, "en")} for the ${fieldName(field, "en")} of task ${taskId}${period ? ` (${period})` : ""}, but the tracking data gives ${n(computed, "en")}. Check the summary's formula or figures.`,
  hiddenRowsLeftOut: ({ count, places }) =>
    `${n(count, "en")} hidden ${count === 1 ? "row was" : "rows were"} left out (not activities, nor checked for duplicates, dates or progress): ${places.map((p) => `sheet “${p.sheet}” row ${p.rows}`).join("; ")}. Unhide them if they are real activities.`,
  summarySheet: ({ sheet, checked }) =>
    `Sheet “${sheet}” is a summary (one task a row, figures taken from another sheet): it is not read as activities${checked > 0 ? `; ${n(checked, "en")} of its figures were checked against the tracking data` : ""}.`,
};

export const RULE_MESSAGES: Catalogue<RuleMessageKey, RuleMessageParams> = { vi, en };

export function ruleMessages(locale: Locale): RuleMessages {
  return RULE_MESSAGES[locale];
}
