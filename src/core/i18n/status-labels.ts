import type { ObligationState } from "../progress/statuses";
import type { ActivityStatus } from "../read/types";
import { DEFAULT_LOCALE, type Locale } from "./locale";

/**
 * How an obligation's state is written for users (B01, B03, BDG.STATUS). "not-due" means the
 * obligation fell before the plan took effect, so it is "not applicable" rather than "not yet due".
 */
const LABELS: Record<Locale, Record<ObligationState, string>> = {
  vi: {
    done: "Hoàn thành",
    "in-progress": "Đang thực hiện",
    "not-started": "Chưa thực hiện",
    overdue: "Quá hạn",
    "not-due": "Không áp dụng",
  },
  en: {
    done: "Done",
    "in-progress": "In progress",
    "not-started": "Not started",
    overdue: "Overdue",
    "not-due": "Not applicable",
  },
};

/** One-line explanations, for tooltips and report notes. */
const DESCRIPTIONS: Record<Locale, Record<ObligationState, string>> = {
  vi: {
    done: "Đã có ít nhất một hoạt động hoàn thành",
    "in-progress": "Đã có hoạt động nhưng chưa hoàn thành, chưa quá hạn",
    "not-started": "Chưa có hoạt động nào, chưa đến hạn",
    overdue: "Đã quá hạn mà chưa có hoạt động nào hoàn thành",
    "not-due": "Trước ngày Kế hoạch có hiệu lực, không phải thực hiện",
  },
  en: {
    done: "At least one activity completed",
    "in-progress": "Activities recorded, none completed yet, not past due",
    "not-started": "No activity yet, not past due",
    overdue: "Past its due date with no activity completed",
    "not-due": "Before the plan took effect, not owed",
  },
};

export function statusLabel(state: ObligationState, locale: Locale = DEFAULT_LOCALE): string {
  return LABELS[locale][state];
}

export function statusDescription(state: ObligationState, locale: Locale = DEFAULT_LOCALE): string {
  return DESCRIPTIONS[locale][state];
}

/** How an activity's own status is written (the pane's activity list, the tables' notes). */
const ACTIVITY_STATUS: Record<Locale, Record<ActivityStatus, string>> = {
  vi: { completed: "Hoàn thành", "in-progress": "Đang thực hiện", "not-started": "Chưa thực hiện", cancelled: "Hủy" },
  en: { completed: "Completed", "in-progress": "In progress", "not-started": "Not started", cancelled: "Cancelled" },
};

export function activityStatusLabel(s: ActivityStatus, locale: Locale = DEFAULT_LOCALE): string {
  return ACTIVITY_STATUS[locale][s];
}

export function activityStatusLabels(locale: Locale): Readonly<Record<ActivityStatus, string>> {
  return ACTIVITY_STATUS[locale];
}
