import { tokens } from "@fluentui/react-components";
import type { ObligationState } from "../../core/progress/statuses";
import type { Severity } from "../../core/validate/issue";

/** One colour per severity, used for dots, counters and the left edge of issue rows. */
export const SEVERITY_TONE: Record<Severity, { fg: string; bg: string; border: string }> = {
  error: { fg: tokens.colorStatusDangerForeground1, bg: tokens.colorStatusDangerBackground1, border: tokens.colorStatusDangerBorder2 },
  warning: { fg: tokens.colorStatusWarningForeground3, bg: tokens.colorStatusWarningBackground1, border: tokens.colorStatusWarningBorder2 },
  info: { fg: tokens.colorBrandForeground1, bg: tokens.colorBrandBackground2, border: tokens.colorBrandStroke2 },
};

/** Obligation states: a colour and a mark, so that the matrix reads without colour too. */
export const STATE_TONE: Record<ObligationState, { fg: string; bg: string; mark: string }> = {
  done: { fg: tokens.colorStatusSuccessForeground1, bg: tokens.colorStatusSuccessBackground1, mark: "✓" },
  "in-progress": { fg: tokens.colorBrandForeground1, bg: tokens.colorBrandBackground2, mark: "…" },
  "not-started": { fg: tokens.colorNeutralForeground3, bg: tokens.colorNeutralBackground3, mark: "○" },
  overdue: { fg: tokens.colorStatusDangerForeground1, bg: tokens.colorStatusDangerBackground1, mark: "!" },
  "not-due": { fg: tokens.colorNeutralForeground3, bg: tokens.colorNeutralBackground1, mark: "–" },
};
