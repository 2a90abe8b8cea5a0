import { Button, ProgressBar, Text, createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { formatPercent } from "../../../core/i18n/locale";
import { statusLabel } from "../../../core/i18n/status-labels";
import { progressCountOf } from "../../../core/progress";
import type { ObligationState } from "../../../core/progress/statuses";
import { viDateOf } from "../../../core/time/days";
import { Section } from "../../components/Section";
import { STATE_TONE } from "../../components/tone";
import { useLocale } from "../../i18n";
import type { Notify } from "../../state/notices";
import type { WorkbookModel } from "../../state/use-workbook";
import { NoTrackingTable } from "../../components/NoTrackingTable";
import { useFocusRequest } from "../../state/use-focus-request";
import { FiguresSection } from "../figures/FiguresSection";
import { ObligationDetails } from "./ObligationDetails";
import { BookYearsNotice } from "../../components/reading/BookYearsNotice";
import { progressMatrix } from "./matrix";

/** One obligation: a task and a year (null: a once task, owed for the whole period). */
export interface ObligationKey {
  taskId: string;
  year: number | null;
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  overall: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  scroller: { overflowX: "auto" },
  table: { borderCollapse: "separate", borderSpacing: "2px", width: "100%", tableLayout: "fixed" },
  th: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, textAlign: "center", padding: "2px" },
  // Keyboard users see a task's whole title while a cell of its row has focus (the clamp is for the eye).
  row: { ":focus-within th span": { WebkitLineClamp: "unset", display: "block" } },
  rowHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: "2px 4px 2px 0", verticalAlign: "middle" },
  taskId: { display: "block", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  taskTitle: {
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground3,
  },
  cell: {
    width: "100%",
    height: "32px",
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightBold,
    // The focus outline is drawn on ::after, placed against this box.
    position: "relative",
    cursor: "pointer",
    ...createFocusOutlineStyle(),
  },
  selected: { outline: `2px solid ${tokens.colorNeutralForeground1}`, outlineOffset: "1px" },
  foot: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, textAlign: "center", color: tokens.colorNeutralForeground2 },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: "none" },
  legendMark: { display: "inline-block", width: "20px", textAlign: "center", borderRadius: tokens.borderRadiusSmall, fontWeight: tokens.fontWeightBold, marginRight: "4px" },
});

const DETAILS_TITLE = "obligation-title";
/** The id of a matrix cell's button, to give focus back to it when its details close. */
const cellId = (k: ObligationKey) => `cell-${k.taskId}-${k.year ?? "all"}`;

const LEGEND: readonly ObligationState[] = ["done", "in-progress", "not-started", "overdue", "not-due"];

export function ProgressView({ wb, notify, focus, onFocus }: { wb: WorkbookModel; notify: Notify; focus: ObligationKey | null; onFocus: (k: ObligationKey | null) => void }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const a = wb.analysis;
  const rows = useMemo(() => (a ? progressMatrix(a.statuses, wb.plan) : []), [a, wb.plan]);
  const totals = useMemo(() => (a ? progressCountOf(a.statuses, wb.plan, "", null, wb.asOf) : { done: 0, due: 0 }), [a, wb.plan, wb.asOf]);
  const autoRan = useRef(false);

  // Opening this view first should show progress, not an empty page: read the workbook once.
  useEffect(() => {
    if (autoRan.current || a || !wb.ready || wb.running) return;
    autoRan.current = true;
    void wb.check();
  }, [a, wb]);

  const focusOn = useFocusRequest();
  // The details of the cell chosen take focus (they open below the matrix, out of sight otherwise).
  useEffect(() => {
    if (focus) focusOn(DETAILS_TITLE);
  }, [focus, focusOn]);
  const close = () => {
    if (focus) focusOn(cellId(focus));
    onFocus(null);
  };

  if (!a) {
    return (
      <div className={s.view}>
        <Text className={s.muted}>{m.progressIntro()}</Text>
        <Button appearance="primary" disabled={wb.running !== null || !wb.ready} onClick={() => void wb.check()}>
          {m.readData()}
        </Button>
      </div>
    );
  }

  // No tracking table, or one with no activity: progress would read 0 % with every task overdue,
  // which is false. Say what is missing instead, and show no figure until there is data.
  if (a.data.activities.length === 0) {
    return (
      <div className={s.view}>
        <NoTrackingTable analysis={a} wb={wb} notify={notify} id="progress-no-table" />
      </div>
    );
  }

  const selectedStatus = focus ? a.statuses.find((x) => x.taskId === focus.taskId && x.year === focus.year) : undefined;
  const pct = (p: number | null | undefined) => (p === null || p === undefined ? "—" : formatPercent(p, locale, 0));

  return (
    <div className={s.view}>
      <Section title={m.overallProgress()} aside={m.asOfLine({ date: viDateOf(wb.asOf) })} id="progress-overall">
        <BookYearsNotice wb={wb} />
        <div className={s.overall}>
          <span className={s.big}>{pct(a.progress.overall)}</span>
          <ProgressBar value={a.progress.overall ?? 0} thickness="large" aria-label={m.overallProgress()} />
          <Text size={200} className={s.muted}>
            {totals.due === 0 ? m.nothingDueYet() : m.doneOfDue({ done: totals.done, due: totals.due })}
          </Text>
        </div>
        {wb.stale ? (
          <Text size={200} className={s.muted}>
            {m.staleShort()}{" "}
            <Button size="small" appearance="transparent" onClick={() => void wb.check()} disabled={wb.running !== null}>
              {m.recheck()}
            </Button>
          </Text>
        ) : null}
      </Section>

      <Section title={m.matrixTitle()} id="progress-matrix">
        <div className={s.scroller}>
          <table className={s.table} aria-label={m.matrixTitle()}>
            <colgroup>
              <col style={{ width: "34%" }} />
              {wb.plan.years.map((y) => (
                <col key={y} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={s.th} style={{ textAlign: "left" }}>
                  {m.taskColumn()}
                </th>
                {wb.plan.years.map((y) => (
                  <th key={y} scope="col" className={s.th}>
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.task.id} className={s.row}>
                  <th scope="row" className={s.rowHead} title={r.task.title}>
                    <span className={s.taskId}>{r.task.id}</span>
                    <span className={s.taskTitle}>{r.task.shortTitle ?? r.task.title}</span>
                  </th>
                  {r.cells.map((c, i) => {
                    const year = wb.plan.years[i];
                    if (!c) return <td key={year} />;
                    const tone = STATE_TONE[c.state];
                    const isSel = focus !== null && focus.taskId === c.taskId && focus.year === c.year;
                    const label = m.cellLabel({ taskId: c.taskId, year: c.year, status: statusLabel(c.state, locale), activities: c.activities.length });
                    return (
                      <td key={year}>
                        <button
                          type="button"
                          id={cellId(c)}
                          className={mergeClasses(s.cell, isSel && s.selected)}
                          style={{ color: tone.fg, backgroundColor: tone.bg, borderColor: c.state === "not-due" ? tokens.colorNeutralStroke2 : "transparent" }}
                          aria-label={label}
                          aria-pressed={isSel}
                          title={label}
                          onClick={() => onFocus(isSel ? null : { taskId: c.taskId, year: c.year })}
                        >
                          {tone.mark}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className={s.rowHead}>
                  <span className={s.taskId}>{m.yearProgress()}</span>
                </th>
                {wb.plan.years.map((y) => (
                  <td key={y} className={s.foot}>
                    {pct(a.progress.byYear[String(y)])}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <ul className={s.legend} aria-label={m.legend()}>
          {LEGEND.map((st) => (
            <li key={st}>
              <Text size={200}>
                <span className={s.legendMark} style={{ color: STATE_TONE[st].fg, backgroundColor: STATE_TONE[st].bg }} aria-hidden>
                  {STATE_TONE[st].mark}
                </span>
                {statusLabel(st, locale)}
              </Text>
            </li>
          ))}
        </ul>
        <Text size={200} className={s.muted}>
          {m.matrixHint()}
        </Text>
      </Section>

      {selectedStatus ? (
        <ObligationDetails status={selectedStatus} wb={wb} notify={notify} onClose={close} titleId={DETAILS_TITLE} />
      ) : null}

      <FiguresSection analysis={a} plan={wb.plan} asOf={wb.asOf} />
    </div>
  );
}
