import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Issue } from "../../../core/validate/issue";
import { Disclosure } from "../../components/Disclosure";
import { Section } from "../../components/Section";
import { useLocale } from "../../i18n";
import { errorDetail, isCellEditing } from "../../state/error-text";
import type { Notify } from "../../state/notices";
import type { WorkbookModel } from "../../state/use-workbook";
import type { ObligationKey } from "../progress/ProgressView";
import { IssueList, type SelectFailure } from "./IssueList";
import { AcceptedList } from "./AcceptedList";
import { issueSheet, type IssueSheetTexts } from "./issue-sheet";
import { splitAccepted, withAccepted, withoutAccepted } from "../../../core/acceptance/accepted-issues";
import { summarize } from "../../../core/validate/validate";
import { viDateOf } from "../../../core/time/days";
import { NoTrackingTable } from "../../components/NoTrackingTable";
import { useFocusRequest } from "../../state/use-focus-request";
import { groupByRule } from "../../../core/validate/issue-groups";
import { issueCell, issueLocation } from "../../../core/validate/issue-location";
import { NO_FILTER, filterChoices, filterIssues, issueTasks, type IssueFilter } from "./issue-groups";
import { SeveritySummary } from "./SeveritySummary";
import { TablesFound } from "./TablesFound";
import { BookYearsNotice } from "../../components/reading/BookYearsNotice";
import { TaskChoices } from "../../components/reading/TaskChoices";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  run: { alignSelf: "stretch" },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  caption: { color: tokens.colorNeutralForeground3 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  points: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

const ALL = "*";
const RUN_BUTTON = "run-check";

export function ValidateView({ wb, notify, onShowObligation }: { wb: WorkbookModel; notify: Notify; onShowObligation: (k: ObligationKey) => void }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const a = wb.analysis;
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const tasks = useMemo(() => (a ? issueTasks(a) : new Map<Issue, string>()), [a]);
  // Accepted issues are shown apart and counted in no total.
  const split = useMemo(() => (a ? splitAccepted(a.issues, wb.snapshot, wb.acceptances) : { open: [], accepted: [] }), [a, wb.snapshot, wb.acceptances]);
  const counts = useMemo(() => summarize(split.open), [split]);
  const [current, setCurrent] = useState<Issue | null>(null);
  const shown = useMemo(() => (a ? filterIssues(split.open, filter, tasks, wb.plan) : []), [a, split, filter, tasks, wb.plan]);
  const groups = useMemo(() => groupByRule(shown), [shown]);
  const choices = useMemo(() => (a ? filterChoices(a, tasks, wb.plan) : null), [a, tasks, wb.plan]);
  const busy = wb.running !== null;
  const filtered = filter.severity !== null || filter.sheet !== null || filter.task !== null;
  const [failure, setFailure] = useState<SelectFailure | null>(null);
  const focusOn = useFocusRequest();
  const noData = a !== null && a.data.activities.length === 0;

  const select = useCallback(
    async (issue: Issue) => {
      const target = issueCell(issueLocation(issue));
      if (!target) return;
      setCurrent(issue);
      try {
        await wb.service.selectCell(target.sheet, target.cell);
        setFailure(null);
      } catch (e) {
        // Said under the issue pressed, not in the message area far above it.
        setFailure({ issue, title: m.selectFailedTitle({ sheet: target.sheet, cell: target.cell }), body: selectFailedBody(e, m), detail: errorDetail(e) });
      }
    },
    [wb.service, m],
  );

  const accept = async (issue: Issue, reason: string) => {
    if (!(await wb.saveAcceptances(withAccepted(wb.acceptances, issue, wb.snapshot, reason)))) return;
    setCurrent(null);
    notify({ key: "accept", intent: "success", title: m.acceptedToast() });
  };
  const unaccept = async (issue: Issue) => {
    if (await wb.saveAcceptances(withoutAccepted(wb.acceptances, issue, wb.snapshot))) notify({ key: "accept", intent: "success", title: m.unacceptedToast() });
  };

  const exportList = async () => {
    const texts: IssueSheetTexts = {
      title: m.issueSheetTitle(),
      subtitle: m.issueSheetSubtitle({ date: viDateOf(wb.asOf), open: split.open.length, accepted: split.accepted.length }),
      headers: m.issueSheetHeaders().split("\t") as unknown as IssueSheetTexts["headers"],
      severity: (sev) => m.severityOne({ severity: sev }),
      accepted: m.acceptedWord(),
    };
    const spec = issueSheet(split.open, split.accepted, texts, locale);
    const r = await wb.perform(m.opExportIssues(), m.exportFailedTitle(), () => wb.service.writeReports([spec]));
    if (r.kind === "ok") notify({ key: "export", intent: "success", title: m.exportedTitle({ sheet: r.value.written[0] ?? spec.name, n: split.open.length + split.accepted.length }), body: m.exportedBody() });
  };

  const runCheck = async () => {
    const r = await wb.check();
    setFailure(null);
    // The button was disabled while checking: focus goes to the result, not to the page body.
    focusOn(r === null ? RUN_BUTTON : r.data.activities.length === 0 ? "validate-no-table" : "validate-result");
  };

  const mark = async () => {
    const targets = shown.filter((i) => i.sheet !== undefined && i.cell !== undefined);
    if (targets.length === 0) {
      notify({ key: "marks", intent: "info", title: m.nothingToMarkTitle(), body: m.nothingToMarkBody() });
      return;
    }
    const r = await wb.perform(m.opMark(), m.markFailedTitle(), () => wb.service.markIssues(targets));
    if (r.kind === "ok") notify({ key: "marks", intent: r.value.notes.length > 0 ? "warning" : "success", title: m.markedTitle({ n: r.value.marked }), body: m.markedBody(), lines: r.value.notes });
  };

  const clear = async () => {
    const r = await wb.perform(m.opClearMarks(), m.clearFailedTitle(), () => wb.service.clearMarks());
    if (r.kind === "ok") notify({ key: "marks", intent: r.value.notes.length > 0 ? "warning" : "success", title: m.clearedTitle({ n: r.value.restored }), body: r.value.restored > 0 ? m.clearedBody() : undefined, lines: r.value.notes });
  };

  const clearButton = (
    <Button disabled={busy} onClick={() => void clear()}>
      {m.clearMarks()}
    </Button>
  );

  return (
    <div className={s.view}>
      {!a ? (
        <>
          <Text className={s.intro}>{m.validateIntro()}</Text>
          <ul className={s.points}>
            {m
              .validatePoints()
              .split("\n")
              .map((p) => (
                <li key={p}>{p}</li>
              ))}
          </ul>
        </>
      ) : null}
      <Button id={RUN_BUTTON} appearance="primary" size="large" className={s.run} disabled={busy || !wb.ready} onClick={() => void runCheck()}>
        {m.runCheck()}
      </Button>
      {a && wb.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.staleTitle()}</MessageBarTitle>
            <div>{m.staleBody()}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={() => void runCheck()}>
              {m.recheck()}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {a && noData ? (
        <>
          <NoTrackingTable analysis={a} wb={wb} notify={notify} id="validate-no-table" />
          {a.data.tables.length > 0 ? (
            <Disclosure header={m.tablesFoundTitle({ n: a.data.tables.length })}>
              <TablesFound tables={a.data.tables} snapshot={wb.snapshot} overrides={wb.overrides} busy={busy} onSave={wb.saveOverride} />
            </Disclosure>
          ) : null}
        </>
      ) : null}
      {a && !noData ? (
        <>
          <Section focusable title={m.resultTitle()} aside={m.resultAside({ tables: a.data.tables.length, activities: a.data.activities.length })} id="validate-result">
            <SeveritySummary
              counts={{ error: counts.errors, warning: counts.warnings, info: counts.infos }}
              selected={filter.severity}
              onSelect={(severity) => setFilter({ ...filter, severity })}
            />
            {split.open.length === 0 ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{m.noIssuesTitle()}</MessageBarTitle>
                  <div>{m.noIssuesBody()}</div>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            {a.notes.length > 0 ? (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{m.assumptionsTitle()}</MessageBarTitle>
                  <ul className={s.notes}>
                    {a.notes.map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <BookYearsNotice wb={wb} />
          </Section>

          {a.data.tables.length > 0 ? (
            <Disclosure header={m.tablesFoundTitle({ n: a.data.tables.length })}>
              <TablesFound tables={a.data.tables} snapshot={wb.snapshot} overrides={wb.overrides} busy={busy} onSave={wb.saveOverride} />
            </Disclosure>
          ) : null}
          <TaskChoices wb={wb} />

          {split.open.length > 0 && choices ? (
            <Section
              title={m.issuesTitle()}
              aside={filtered ? m.issuesShownOf({ shown: shown.length, total: split.open.length }) : m.issuesTotal({ n: split.open.length })}
              id="validate-issues"
            >
              <div className={s.filters}>
                <Field label={m.filterSheet()} size="small">
                  <Select
                    size="small"
                    value={filter.sheet ?? ALL}
                    onChange={(_, d) => setFilter({ ...filter, sheet: d.value === ALL ? null : d.value })}
                  >
                    <option value={ALL}>{m.allSheets()}</option>
                    {choices.sheets.map((sh) => (
                      <option key={sh} value={sh}>
                        {sh}
                      </option>
                    ))}
                    {choices.hasUnplaced ? <option value="">{m.notOnASheet()}</option> : null}
                  </Select>
                </Field>
                <Field label={m.filterTask()} size="small">
                  <Select size="small" value={filter.task ?? ALL} onChange={(_, d) => setFilter({ ...filter, task: d.value === ALL ? null : d.value })}>
                    <option value={ALL}>{m.allTasks()}</option>
                    {choices.tasks.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </Select>
                </Field>
              </div>
              {filtered ? (
                <Button size="small" appearance="subtle" onClick={() => setFilter(NO_FILTER)} style={{ alignSelf: "flex-start" }}>
                  {m.clearFilters()}
                </Button>
              ) : null}
              <div className={s.actions}>
                <Button disabled={busy} onClick={() => void mark()}>
                  {m.markOnSheet()}
                </Button>
                {clearButton}
                <Button disabled={busy} onClick={() => void exportList()}>
                  {m.exportIssues()}
                </Button>
              </div>
              <Text size={200} className={s.caption}>
                {m.clickIssueHint()}
              </Text>
              {groups.length > 0 ? (
                <IssueList
                  key={JSON.stringify(filter)}
                  groups={groups}
                  plan={wb.plan}
                  analysis={a}
                  onSelect={(i) => void select(i)}
                  onShowObligation={onShowObligation}
                  failure={failure}
                  current={current}
                  onAccept={(i, reason) => void accept(i, reason)}
                />
              ) : (
                <Text>{m.noIssuesMatch()}</Text>
              )}
            </Section>
          ) : (
            // Marks from an earlier check stay in the workbook until removed, even once all is fixed.
            <div className={s.actions}>{clearButton}</div>
          )}
          {split.accepted.length > 0 ? <AcceptedList accepted={split.accepted} busy={busy} onReopen={(i) => void unaccept(i)} /> : null}
        </>
      ) : null}
    </div>
  );
}

/** What to do when a cell cannot be selected: Excel busy with a cell being edited has its own fix. */
function selectFailedBody(e: unknown, m: ReturnType<typeof useLocale>["m"]): string {
  return isCellEditing(e) ? m.cellEditingBody() : m.selectFailedBody();
}
