import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useLocale } from "../i18n";
import type { Notice } from "../state/notices";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Lines from a refused file can hold long unbroken words ("annual"|"campaign"|…): let them wrap.
  lines: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  detail: { display: "block", marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, wordBreak: "break-word" },
  body: { whiteSpace: "normal", minWidth: 0, overflowWrap: "anywhere" },
});

/** The pane's messages: what happened, what to do, and the technical detail in small print. */
export function MessageArea({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (key: string) => void }) {
  const s = useStyles();
  const { m } = useLocale();
  if (notices.length === 0) return null;
  return (
    <div className={s.area} aria-live="polite">
      {notices.map((n) => (
        <MessageBar key={n.key} intent={n.intent} layout="multiline" data-notice={n.key}>
          <MessageBarBody className={s.body}>
            <MessageBarTitle>{n.title}</MessageBarTitle>
            {n.body ? <div>{n.body}</div> : null}
            {n.lines && n.lines.length > 0 ? (
              <ul className={s.lines}>
                {n.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : null}
            {n.detail ? <span className={s.detail}>{m.technicalDetail({ detail: n.detail })}</span> : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={m.dismiss()} title={m.dismiss()} onClick={() => onDismiss(n.key)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
