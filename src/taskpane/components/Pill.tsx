import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  pill: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    flexShrink: 0,
    minWidth: "20px",
    justifyContent: "center",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: "1px solid",
    fontSize: tokens.fontSizeBase200,
    lineHeight: "18px",
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

export type PillTone = "danger" | "warning" | "brand" | "neutral" | "success" | "important";

const TONES: Record<PillTone, { fg: string; bg: string; border: string }> = {
  danger: { fg: tokens.colorStatusDangerForeground1, bg: tokens.colorStatusDangerBackground1, border: tokens.colorStatusDangerBorder1 },
  warning: { fg: tokens.colorStatusWarningForeground3, bg: tokens.colorStatusWarningBackground1, border: tokens.colorStatusWarningBorder1 },
  brand: { fg: tokens.colorBrandForeground1, bg: tokens.colorBrandBackground2, border: tokens.colorBrandStroke2 },
  neutral: { fg: tokens.colorNeutralForeground2, bg: tokens.colorNeutralBackground1, border: tokens.colorNeutralStroke1 },
  success: { fg: tokens.colorStatusSuccessForeground1, bg: tokens.colorStatusSuccessBackground1, border: tokens.colorStatusSuccessBorder1 },
  important: { fg: tokens.colorPaletteDarkOrangeForeground1, bg: tokens.colorPaletteDarkOrangeBackground1, border: tokens.colorPaletteDarkOrangeBorder1 },
};

/** A small rounded label (a count, a frequency, a state), in one of a few tones. */
export function Pill({ tone, children }: { tone: PillTone; children: ReactNode }) {
  const s = useStyles();
  const t = TONES[tone];
  return (
    <span className={s.pill} style={{ color: t.fg, backgroundColor: t.bg, borderColor: t.border }}>
      {children}
    </span>
  );
}
