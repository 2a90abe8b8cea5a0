import { formatNumber } from "../../../core/i18n/locale";
import { createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../../core/validate/issue";
import { SEVERITY_TONE } from "../../components/tone";
import { useLocale } from "../../i18n";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // The focus outline is drawn on ::after, placed against this box.
    position: "relative",
    cursor: "pointer",
    textAlign: "left",
    fontFamily: "inherit",
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const ORDER: readonly Severity[] = ["error", "warning", "info"];

/** The counts by severity; each is also a filter (pressed: only that severity is listed). */
export function SeveritySummary({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<Severity, number>;
  selected: Severity | null;
  onSelect: (s: Severity | null) => void;
}) {
  const s = useStyles();
  const { m, locale } = useLocale();
  return (
    <div className={s.row} role="group" aria-label={m.severityFilterLabel()}>
      {ORDER.map((sev) => {
        const tone = SEVERITY_TONE[sev];
        const pressed = selected === sev;
        return (
          <button
            key={sev}
            type="button"
            className={s.box}
            aria-pressed={pressed}
            title={pressed ? m.showAllSeverities() : m.showOnlySeverity({ severity: m.severityPlural({ severity: sev }) })}
            style={{
              borderLeftColor: tone.fg,
              backgroundColor: pressed ? tone.bg : undefined,
              borderTopColor: pressed ? tone.border : undefined,
              borderRightColor: pressed ? tone.border : undefined,
              borderBottomColor: pressed ? tone.border : undefined,
            }}
            onClick={() => onSelect(pressed ? null : sev)}
          >
            <span className={s.count} style={{ color: counts[sev] > 0 ? tone.fg : undefined }}>
              {formatNumber(counts[sev], locale)}
            </span>
            <span className={s.label}>{m.severityPlural({ severity: sev })}</span>
          </button>
        );
      })}
    </div>
  );
}
