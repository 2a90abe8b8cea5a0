/**
 * The one table of what the tracking table's fields are called for users: in rule messages, the
 * command line's list of columns found, and the pane's column mapping (as a label, capitalised).
 * Column headers in the sheets themselves are the reader's vocabulary (read/vocabulary.ts).
 */
import type { Field } from "../read/types";
import type { Locale } from "./locale";

const FIELD_NAMES: Record<Locale, Record<Field, string>> = {
  vi: {
    taskId: "mã nhiệm vụ",
    activity: "nội dung hoạt động",
    date: "thời gian",
    year: "năm",
    unit: "đơn vị chủ trì",
    partners: "đơn vị phối hợp",
    status: "trạng thái",
    result: "kết quả",
    participants: "tổng số người tham gia",
    female: "số nữ",
    male: "số nam",
    ethnicMinority: "số người DTTS",
    budget: "kinh phí",
    budgetSource: "nguồn kinh phí",
    evidence: "văn bản minh chứng",
    note: "ghi chú",
  },
  en: {
    taskId: "task id",
    activity: "activity",
    date: "date",
    year: "year",
    unit: "lead unit",
    partners: "partner units",
    status: "status",
    result: "result",
    participants: "number of participants",
    female: "number of women",
    male: "number of men",
    ethnicMinority: "number of ethnic-minority people",
    budget: "budget",
    budgetSource: "funding source",
    evidence: "evidence document",
    note: "note",
  },
};

/** A field's name inside a sentence: "số nữ", "number of women". */
export function fieldName(field: Field, locale: Locale): string {
  return FIELD_NAMES[locale][field];
}

/** A field's name as a label, capitalised: "Số nữ", "Number of women". */
export function fieldLabel(field: Field, locale: Locale): string {
  const name = FIELD_NAMES[locale][field];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
