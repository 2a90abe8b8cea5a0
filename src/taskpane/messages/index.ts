/**
 * The task pane's texts, Vietnamese first, English second, one file per view. `m` (from
 * `useLocale`) is one record of every key; each part's type makes a missing text in either
 * language a compile error.
 */
import type { Locale } from "../../core/i18n/locale";
import { COMMON_MESSAGES, type CommonMessageParams } from "./common";
import { PLAN_MESSAGES, type PlanMessageParams } from "./plan";
import { PROGRESS_MESSAGES, type ProgressMessageParams } from "./progress";
import { REPORTS_MESSAGES, type ReportsMessageParams } from "./reports";
import { VALIDATE_MESSAGES, type ValidateMessageParams } from "./validate";

/** Parameters of each message; `void` for a fixed text. */
export type TaskpaneMessageParams = CommonMessageParams & ValidateMessageParams & ProgressMessageParams & ReportsMessageParams & PlanMessageParams;
export type TaskpaneMessageKey = keyof TaskpaneMessageParams;
export type TaskpaneMessages = { [K in TaskpaneMessageKey]: (p: TaskpaneMessageParams[K]) => string };

function messagesOf(locale: Locale): TaskpaneMessages {
  return {
    ...COMMON_MESSAGES[locale],
    ...VALIDATE_MESSAGES[locale],
    ...PROGRESS_MESSAGES[locale],
    ...REPORTS_MESSAGES[locale],
    ...PLAN_MESSAGES[locale],
  };
}

export const TASKPANE_MESSAGES: Record<Locale, TaskpaneMessages> = { vi: messagesOf("vi"), en: messagesOf("en") };

export function taskpaneMessages(locale: Locale): TaskpaneMessages {
  return TASKPANE_MESSAGES[locale];
}

export { frequencyLabel } from "./plan";
export { profileFieldHint, profileFieldLabel } from "./reports";

/** A campaign window as the plan writes it: "15/11 – 15/12". */
export function taskWindowText(w: { start: string; end: string }): string {
  return `${w.start} – ${w.end}`;
}
