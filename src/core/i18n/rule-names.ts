/**
 * What each rule is called: its short title (the heading of its group in the pane's issue list),
 * in both languages, and for the rules a report lists among the data to fix, the report's phrase.
 * Both are records over the rule codes: a rule without its names does not compile.
 */
import type { DataProblemRule, RuleCode } from "../validate/issue";
import type { Locale } from "./locale";

const RULE_TITLES: Record<Locale, Record<RuleCode, string>> = {
  vi: {
    "no-tracking-table": "Không tìm thấy bảng theo dõi",
    "missing-column": "Thiếu cột",
    "cell-error": "Ô đang báo lỗi",
    "missing-activity": "Thiếu nội dung hoạt động",
    "unknown-task": "Mã nhiệm vụ không có trong kế hoạch",
    "unmapped-activity": "Chưa xác định được nhiệm vụ",
    "missing-date": "Thiếu thời gian",
    "bad-date": "Thời gian không đọc được",
    "date-outside-period": "Thời gian ngoài giai đoạn",
    "future-completed": "Hoàn thành nhưng ghi ngày trong tương lai",
    "bad-status": "Trạng thái không thuộc danh mục",
    "bad-number": "Không phải là số",
    "negative-number": "Số âm",
    "non-integer-count": "Số người không nguyên",
    "female-exceeds-total": "Số nữ lớn hơn tổng số",
    "ethnic-exceeds-total": "Số người DTTS lớn hơn tổng số",
    "sex-sum-mismatch": "Nữ + nam khác tổng số",
    "missing-sex-breakdown": "Chưa tách số liệu theo giới",
    "campaign-out-of-window": "Hoạt động ngoài thời gian của đợt",
    "unknown-unit": "Đơn vị không có trong danh sách",
    "duplicate-activity": "Hoạt động bị trùng",
    "total-mismatch": "Dòng tổng không khớp",
    "summary-mismatch": "Trang tổng hợp không khớp sổ theo dõi",
    "legacy-encoding": "Chữ mã cũ (TCVN3, VNI)",
    "missing-evidence": "Thiếu văn bản minh chứng",
    "missing-task-year": "Nhiệm vụ hằng năm chưa thực hiện",
    "missing-campaign": "Đợt cao điểm chưa thực hiện",
    "missing-once-task": "Nhiệm vụ cả giai đoạn chưa thực hiện",
    "duplicate-across-files": "Hoạt động trùng giữa các tệp",
  },
  en: {
    "no-tracking-table": "No tracking table found",
    "missing-column": "Missing column",
    "cell-error": "Cell shows an error",
    "missing-activity": "Activity not described",
    "unknown-task": "Task id not in the plan",
    "unmapped-activity": "Task not identified",
    "missing-date": "No date",
    "bad-date": "Date not readable",
    "date-outside-period": "Date outside the period",
    "future-completed": "Completed but dated in the future",
    "bad-status": "Status not recognised",
    "bad-number": "Not a number",
    "negative-number": "Negative number",
    "non-integer-count": "Count with a fraction",
    "female-exceeds-total": "More women than participants",
    "ethnic-exceeds-total": "More ethnic-minority people than participants",
    "sex-sum-mismatch": "Women + men ≠ total",
    "missing-sex-breakdown": "No breakdown by sex",
    "campaign-out-of-window": "Activity outside its campaign window",
    "unknown-unit": "Unit not on the list",
    "duplicate-activity": "Duplicate activity",
    "total-mismatch": "Total row does not add up",
    "summary-mismatch": "Summary sheet differs from the tracking data",
    "legacy-encoding": "Legacy encoding (TCVN3, VNI)",
    "missing-evidence": "No evidence document",
    "missing-task-year": "Annual task not done",
    "missing-campaign": "Campaign not held",
    "missing-once-task": "Once-in-the-period task not done",
    "duplicate-across-files": "Same activity in two files",
  },
};

/** The rule's name for the heading of its group in the issue list. */
export function ruleTitle(code: RuleCode, locale: Locale): string {
  return RULE_TITLES[locale][code];
}

/**
 * What each data problem is, as the BC report states it (Vietnamese only, like the report): one
 * text for every rule whose descriptor says `report: "data-problem"`.
 */
export const PROBLEM_TEXT: Record<DataProblemRule, string> = {
  "no-tracking-table": "Không tìm thấy bảng theo dõi",
  "missing-column": "Bảng theo dõi thiếu cột cần thiết",
  "cell-error": "Ô có lỗi công thức",
  "missing-activity": "Dòng thiếu nội dung hoạt động",
  "unknown-task": "Mã nhiệm vụ không có trong Kế hoạch",
  "unmapped-activity": "Hoạt động chưa xác định được nhiệm vụ",
  "missing-date": "Hoạt động thiếu thời gian thực hiện",
  "bad-date": "Thời gian ghi không đúng",
  "date-outside-period": "Thời gian nằm ngoài giai đoạn của Kế hoạch",
  "future-completed": "Hoạt động ghi hoàn thành nhưng thời gian ở sau ngày báo cáo",
  "bad-status": "Tình trạng ghi không rõ",
  "bad-number": "Số liệu ghi không phải là số",
  "negative-number": "Số liệu âm",
  "non-integer-count": "Số người không phải số nguyên",
  "female-exceeds-total": "Số nữ lớn hơn tổng số người tham gia",
  "ethnic-exceeds-total": "Số người DTTS lớn hơn tổng số người tham gia",
  "sex-sum-mismatch": "Số nữ cộng số nam khác tổng số",
  "missing-sex-breakdown": "Có tổng số người nhưng chưa tách số nữ",
  "campaign-out-of-window": "Hoạt động của đợt cao điểm ghi ngoài thời gian cao điểm",
  "duplicate-activity": "Hoạt động bị nhập trùng",
  "total-mismatch": "Dòng tổng cộng không khớp với các dòng số liệu",
  "duplicate-across-files": "Hoạt động được hai đơn vị cùng ghi (trùng giữa các tệp)",
  "summary-mismatch": "Số liệu trang tổng hợp không khớp với sổ theo dõi",
};
