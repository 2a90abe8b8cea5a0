import { Button, Text, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { taskWindowText } from "../../messages";
import { activityStatusLabel, statusDescription, statusLabel } from "../../../core/i18n/status-labels";
import type { ObligationStatus } from "../../../core/progress/statuses";
import type { Activity } from "../../../core/read/types";
import { a1, cellAt } from "../../../core/snapshot";
import { viDateOf } from "../../../core/time/days";
import { STATE_TONE } from "../../components/tone";
import { useLocale } from "../../i18n";
import { errorDetail } from "../../state/error-text";
import type { Notify } from "../../state/notices";
import type { WorkbookModel } from "../../state/use-workbook";

const useStyles = makeStyles({
  box: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    boxShadow: tokens.shadow4,
  },
  head: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    // The focus outline is drawn on ::after, placed against this box.
    position: "relative",
    textAlign: "left",
    border: "none",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: tokens.spacingHorizontalS,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ...createFocusOutlineStyle(),
  },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  state: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "20px",
    marginRight: tokens.spacingHorizontalXS,
  },
});

function dateText(a: Activity, wb: WorkbookModel): string {
  const raw = a.raw.date ?? a.raw.year;
  if (typeof raw === "string" && raw.trim() !== "") return raw.trim();
  if (a.date) return a.date.start === a.date.end ? viDateOf(a.date.start) : `${viDateOf(a.date.start)} – ${viDateOf(a.date.end)}`;
  if (a.year !== null) return String(a.year);
  const sheet = wb.snapshot?.sheets.find((s) => s.name === a.sheet);
  const col = a.columns.date;
  return sheet && col ? String(cellAt(sheet, a.row, col) ?? "") : "";
}

/** One obligation: its state, what it means, when it is due, and the activities behind it. */
export function ObligationDetails({
  status,
  wb,
  notify,
  onClose,
  titleId,
}: {
  status: ObligationStatus;
  wb: WorkbookModel;
  notify: Notify;
  onClose: () => void;
  titleId: string;
}) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const task = wb.plan.task(status.taskId);
  const completed = new Set(status.completed);
  const tone = STATE_TONE[status.state];

  const select = async (a: Activity) => {
    const cell = a1(a.row, a.columns.activity ?? 1);
    try {
      await wb.service.selectCell(a.sheet, cell);
    } catch (e) {
      notify({ key: "select", intent: "error", title: m.selectFailedTitle({ sheet: a.sheet, cell }), body: m.selectFailedBody(), detail: errorDetail(e) });
    }
  };

  return (
    <section
      className={s.box}
      aria-labelledby={titleId}
      data-obligation={`${status.taskId}/${status.year ?? "all"}`}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className={s.head}>
        <Text as="h2" id={titleId} weight="semibold" size={400} className={s.title} tabIndex={-1}>
          {status.taskId} · {status.year ?? m.wholePeriod({ from: wb.plan.firstYear, to: wb.plan.lastYear })}
        </Text>
        <Button size="small" appearance="subtle" onClick={onClose} aria-label={m.close()} title={m.close()}>
          ✕
        </Button>
      </div>
      {task ? <Text>{task.title}</Text> : null}
      <div>
        <span className={s.state} style={{ color: tone.fg, backgroundColor: tone.bg }}>
          {tone.mark} {statusLabel(status.state, locale)}
        </span>
        <Text size={200} className={s.muted}>
          {statusDescription(status.state, locale)}
        </Text>
      </div>
      <Text size={200}>
        {m.dueLine({ due: viDateOf(status.due) })}
        {task?.window ? ` · ${m.windowLine({ window: taskWindowText(task.window) })}` : ""}
        {task ? ` · ${m.leadLine({ lead: task.lead })}` : ""}
      </Text>
      <Text weight="semibold">{m.activitiesBehind({ n: status.activities.length })}</Text>
      {status.activities.length === 0 ? (
        <Text size={200} className={s.muted}>
          {m.noActivities()}
        </Text>
      ) : (
        <ul className={s.list}>
          {status.activities.map((a) => (
            <li key={`${a.sheet}\u0000${a.row}`}>
              <button type="button" className={s.item} onClick={() => void select(a)} title={m.selectInExcel()}>
                <span>{a.activity ?? m.noActivityText()}</span>
                <span className={s.meta}>
                  {[
                    dateText(a, wb),
                    a.unit,
                    completed.has(a) ? activityStatusLabel("completed", locale) : a.status ? activityStatusLabel(a.status, locale) : null,
                    m.rowLocation({ sheet: a.sheet, row: a.row }),
                  ]
                    .filter((x) => x)
                    .join(" · ")}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
