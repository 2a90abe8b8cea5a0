import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AcceptedIssue } from "../../../core/acceptance/accepted-issues";
import { issueLocation } from "../../../core/validate/issue-location";
import type { Issue } from "../../../core/validate/issue";
import { Disclosure } from "../../components/Disclosure";
import { useLocale } from "../../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

function where(i: Issue): string {
  const at = issueLocation(i);
  if (at.kind === "cell") return `${at.sheet} · ${at.cell}`;
  if (at.kind === "row") return `${at.sheet} · ${at.row}`;
  if (at.kind === "sheet") return at.sheet;
  if (at.kind === "obligation") return `${at.taskId}${at.year !== null ? ` · ${at.year}` : ""}`;
  return "";
}

/** Issues the user accepted, apart from the open ones, each with its reason and a way to reopen it. */
export function AcceptedList({ accepted, busy, onReopen }: { accepted: readonly AcceptedIssue[]; busy: boolean; onReopen: (i: Issue) => void }) {
  const s = useStyles();
  const { m } = useLocale();
  return (
    <Disclosure header={m.acceptedTitle({ n: accepted.length })}>
      <Text size={200} className={s.muted} block style={{ marginBottom: tokens.spacingVerticalS }}>
        {m.acceptedNote()}
      </Text>
      <ul className={s.list} aria-label={m.acceptedTitle({ n: accepted.length })}>
        {accepted.map(({ issue, reason }, k) => (
          <li key={k} className={s.item}>
            <Text>{issue.message}</Text>
            <Text size={200} className={s.muted}>
              {where(issue)}
            </Text>
            <Text size={200}>{m.acceptedReason({ reason })}</Text>
            <Button size="small" disabled={busy} style={{ alignSelf: "flex-start" }} aria-label={m.unacceptOf({ message: issue.message })} onClick={() => onReopen(issue)}>
              {m.unaccept()}
            </Button>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
