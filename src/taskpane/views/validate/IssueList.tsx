import { Button, Field, Input, Text, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState, type KeyboardEvent } from "react";
import type { Analysis } from "../../../core/engine";
import { formatNumber } from "../../../core/i18n/locale";
import { ruleTitle } from "../../../core/i18n/rule-names";
import { taskWindowText } from "../../messages";
import { statusLabel } from "../../../core/i18n/status-labels";
import type { PlanModel } from "../../../core/plan/model";
import type { Issue } from "../../../core/validate/issue";
import { Disclosure } from "../../components/Disclosure";
import { Pill } from "../../components/Pill";
import { SEVERITY_TONE } from "../../components/tone";
import { useLocale } from "../../i18n";
import type { ObligationKey } from "../progress/ProgressView";
import type { IssueGroup } from "../../../core/validate/issue-groups";
import { issueLocation } from "../../../core/validate/issue-location";

const PAGE = 50;

// Stable React keys for issues (they have no id): the same issue keeps its open/closed state when filters change.
const ids = new WeakMap<Issue, number>();
let nextId = 1;
function keyOf(i: Issue): number {
  let k = ids.get(i);
  if (k === undefined) {
    k = nextId++;
    ids.set(i, k);
  }
  return k;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderLeft: "3px solid transparent",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
    // The focus outline is drawn on ::after, placed against this box.
    position: "relative",
    textAlign: "left",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  where: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  details: {
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%" },
  headerText: { flexGrow: 1, minWidth: 0 },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS },
  failure: {
    margin: `2px 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorStatusDangerForeground1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderRadius: tokens.borderRadiusSmall,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    overflowWrap: "anywhere",
  },
  failureDetail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  accept: {
    margin: `2px 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** Why the last issue pressed could not be shown in Excel: said under that issue, where the user is looking. */
export interface SelectFailure {
  issue: Issue;
  title: string;
  body: string;
  detail: string;
}

function FailureNote({ failure, id }: { failure: SelectFailure; id: string }) {
  const s = useStyles();
  const { m } = useLocale();
  return (
    <div className={s.failure} id={id} role="alert">
      <Text weight="semibold">{failure.title}</Text>
      <Text size={200}>{failure.body}</Text>
      <span className={s.failureDetail}>{m.technicalDetail({ detail: failure.detail })}</span>
    </div>
  );
}

/** Accepting the issue last pressed: a short reason, kept in the workbook. */
function AcceptForm({ issue, onAccept }: { issue: Issue; onAccept: (i: Issue, reason: string) => void }) {
  const s = useStyles();
  const { m } = useLocale();
  const [reason, setReason] = useState("");
  const where = issue.cell ? `${issue.sheet ?? ""} ${issue.cell}` : (issue.sheet ?? "");
  return (
    <form
      className={s.accept}
      aria-label={m.acceptFormLabel({ where })}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() !== "") onAccept(issue, reason);
      }}
    >
      <Field label={m.acceptLabel()} hint={m.acceptHint()} size="small">
        <Input size="small" value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
      <Button size="small" type="submit" disabled={reason.trim() === ""} style={{ alignSelf: "flex-start" }}>
        {m.acceptButton()}
      </Button>
    </form>
  );
}

/** Up and down arrows in the list: the previous or next issue, its cell selected in Excel as if pressed. */
function moveInList(e: KeyboardEvent<HTMLElement>, byKey: ReadonlyMap<string, Issue>, onSelect: (i: Issue) => void) {
  if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const from = (e.target as HTMLElement).closest<HTMLElement>("[data-issue]");
  if (!from) return;
  const rows = Array.from(e.currentTarget.querySelectorAll<HTMLElement>("button[data-issue]"));
  const at = rows.indexOf(from);
  const to = rows[e.key === "ArrowDown" ? at + 1 : at - 1];
  e.preventDefault();
  if (!to) return;
  to.focus();
  const issue = byKey.get(to.dataset.issue ?? "");
  if (issue && issue.sheet !== undefined) onSelect(issue);
}

function Where({ issue }: { issue: Issue }) {
  const s = useStyles();
  const { m } = useLocale();
  const at = issueLocation(issue);
  switch (at.kind) {
    case "cell":
      return <span className={s.where}>{m.issueLocation({ sheet: at.sheet, cell: at.cell, row: at.row })}</span>;
    case "row":
      return <span className={s.where}>{m.issueLocation({ sheet: at.sheet, cell: null, row: at.row })}</span>;
    case "sheet":
      return <span className={s.where}>{m.issueLocation({ sheet: at.sheet, cell: null, row: null })}</span>;
    case "obligation":
      return <span className={s.where}>{m.issueObligation({ taskId: at.taskId, year: at.year })}</span>;
    default:
      return <span className={s.where}>{m.issueWholeWorkbook()}</span>;
  }
}

function ObligationDetails({ issue, plan, analysis, onShow }: { issue: Issue; plan: PlanModel; analysis: Analysis; onShow: (k: ObligationKey) => void }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const task = issue.taskId ? plan.task(issue.taskId) : undefined;
  if (!task || !issue.taskId) return null;
  const year = issue.year ?? null;
  const status = analysis.statuses.find((x) => x.taskId === task.id && (x.year === year || x.year === null));
  return (
    <div className={s.details} id={`obligation-${task.id}-${year ?? "all"}`}>
      <Text weight="semibold">
        {task.id} — {task.shortTitle ?? task.title}
      </Text>
      <Text size={200}>{year !== null ? m.yearLabel({ year }) : m.wholePeriod({ from: plan.firstYear, to: plan.lastYear })}</Text>
      <Text size={200}>{m.frequencyLine({ frequency: task.frequency, window: task.window ? taskWindowText(task.window) : null })}</Text>
      <Text size={200}>{m.leadLine({ lead: task.lead })}</Text>
      {status ? <Text size={200}>{m.statusLine({ status: statusLabel(status.state, locale), activities: status.activities.length })}</Text> : null}
      <Button size="small" appearance="transparent" style={{ alignSelf: "flex-start", paddingLeft: 0 }} onClick={() => onShow({ taskId: task.id, year: status?.year ?? year })}>
        {m.showInProgress()} →
      </Button>
    </div>
  );
}

function IssueRow({
  issue,
  plan,
  analysis,
  onSelect,
  onShowObligation,
  failure,
  current,
  onAccept,
}: {
  issue: Issue;
  plan: PlanModel;
  analysis: Analysis;
  onSelect: (i: Issue) => void;
  onShowObligation: (k: ObligationKey) => void;
  failure: SelectFailure | null;
  current: Issue | null;
  onAccept?: (i: Issue, reason: string) => void;
}) {
  const s = useStyles();
  const { m } = useLocale();
  const [open, setOpen] = useState(false);
  const key = String(keyOf(issue));
  const failed = failure !== null && failure.issue === issue;
  const failureId = `issue-failure-${key}`;
  const edge = { borderLeftColor: SEVERITY_TONE[issue.severity].fg };
  const body = (
    <>
      <span>{issue.message}</span>
      <Where issue={issue} />
    </>
  );
  if (issue.sheet !== undefined) {
    return (
      <li>
        <button
          type="button"
          className={s.item}
          style={edge}
          data-issue={key}
          onClick={() => onSelect(issue)}
          title={m.selectInExcel()}
          aria-describedby={failed ? failureId : undefined}
        >
          {body}
        </button>
        {failed ? <FailureNote failure={failure} id={failureId} /> : null}
        {current === issue && onAccept && !failed ? <AcceptForm issue={issue} onAccept={onAccept} /> : null}
      </li>
    );
  }
  if (issue.taskId !== undefined) {
    return (
      <li>
        <button type="button" className={s.item} style={edge} data-issue={key} aria-expanded={open} onClick={() => setOpen(!open)}>
          {body}
        </button>
        {open ? <ObligationDetails issue={issue} plan={plan} analysis={analysis} onShow={onShowObligation} /> : null}
      </li>
    );
  }
  return (
    <li>
      <div className={`${s.item} ${s.static}`} style={edge}>
        {body}
      </div>
    </li>
  );
}

const PILL = { error: "danger", warning: "warning", info: "brand" } as const;

/** The issues grouped by rule, the worst groups first; each group lists 50 at a time. */
export function IssueList({
  groups,
  plan,
  analysis,
  onSelect,
  onShowObligation,
  failure = null,
  current = null,
  onAccept,
}: {
  groups: readonly IssueGroup[];
  plan: PlanModel;
  analysis: Analysis;
  onSelect: (i: Issue) => void;
  onShowObligation: (k: ObligationKey) => void;
  failure?: SelectFailure | null;
  /** The issue last pressed (or reached with the arrows): it offers to be accepted. */
  current?: Issue | null;
  onAccept?: (i: Issue, reason: string) => void;
}) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const [shown, setShown] = useState<Record<string, number>>({});
  const byKey = useMemo(() => new Map(groups.flatMap((g) => g.issues.map((i) => [String(keyOf(i)), i] as const))), [groups]);
  return (
    <div onKeyDown={(e) => moveInList(e, byKey, onSelect)}>
      {groups.map((g, index) => {
        const limit = shown[g.rule] ?? PAGE;
        const rest = g.issues.length - limit;
        return (
          <Disclosure
            key={g.rule}
            defaultOpen={index === 0}
            header={
              <span className={s.header}>
                <span className={s.headerText}>{ruleTitle(g.rule, locale)}</span>
                <span title={m.groupCount({ n: g.issues.length, severity: g.severity })}>
                  <Pill tone={PILL[g.severity]}>{formatNumber(g.issues.length, locale)}</Pill>
                </span>
              </span>
            }
          >
              <ul className={s.list} aria-label={ruleTitle(g.rule, locale)}>
                {g.issues.slice(0, limit).map((i) => (
                  <IssueRow key={keyOf(i)} issue={i} plan={plan} analysis={analysis} onSelect={onSelect} onShowObligation={onShowObligation} failure={failure} current={current} onAccept={onAccept} />
                ))}
              </ul>
              {rest > 0 ? (
                <Button size="small" appearance="secondary" className={s.more} onClick={() => setShown({ ...shown, [g.rule]: limit + PAGE * 2 })}>
                  {m.showMore({ n: Math.min(rest, PAGE * 2), rest })}
                </Button>
              ) : null}
          </Disclosure>
        );
      })}
    </div>
  );
}
