import { Button, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import type { RunningTask } from "../state/use-long-task";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { flexGrow: 1, minWidth: 0 },
  step: { color: tokens.colorNeutralForeground3 },
});

/** A running operation: what it is, how far it got, and a Cancel button that stops it. */
export function LongTaskBar({ running, onCancel }: { running: RunningTask | null; onCancel: () => void }) {
  const s = useStyles();
  const { m } = useLocale();
  if (!running) return null;
  const pct = running.done === null ? null : Math.round(running.done * 100);
  return (
    <div className={s.box} role="status" aria-live="polite" aria-busy="true">
      <div className={s.row}>
        <Text weight="semibold" className={s.label}>
          {running.label}
          {pct !== null ? m.percentDone({ pct }) : ""}
        </Text>
        <Button size="small" onClick={onCancel}>
          {m.cancel()}
        </Button>
      </div>
      <ProgressBar value={running.done ?? undefined} thickness="medium" aria-label={running.label} />
      {running.step ? (
        <Text size={200} className={s.step}>
          {running.step}
        </Text>
      ) : null}
    </div>
  );
}
