import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { fieldLabel } from "../../core/i18n/field-names";
import type { Analysis } from "../../core/engine";
import { TEMPLATE_HEADERS } from "../../core/read/vocabulary";
import type { Field } from "../../core/read/types";
import { useLocale } from "../i18n";
import type { Notify } from "../state/notices";
import type { WorkbookModel } from "../state/use-workbook";
import { trackingTemplate } from "../views/plan/tracking-template";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    borderLeftWidth: "4px",
    borderLeftColor: tokens.colorStatusWarningForeground3,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: "2px" },
  header: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  ways: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The columns the reader looks for, as the template writes them (the words a header row should hold). */
const LOOKED_FOR: ReadonlyArray<[Field, string]> = [
  ["taskId", TEMPLATE_HEADERS.taskId],
  ["activity", TEMPLATE_HEADERS.activity],
  ["date", TEMPLATE_HEADERS.date],
  ["unit", TEMPLATE_HEADERS.unit],
  ["participants", TEMPLATE_HEADERS.participants],
  ["female", TEMPLATE_HEADERS.female],
  ["ethnicMinority", TEMPLATE_HEADERS.ethnicMinority],
  ["budget", TEMPLATE_HEADERS.budget],
  ["status", TEMPLATE_HEADERS.status],
];

/**
 * A workbook with no tracking table (or a table with no activity yet): said plainly, with what the
 * pane looks for and the two ways on, instead of error counts or a 0 % that would look like a result.
 */
export function NoTrackingTable({ analysis, wb, notify, id }: { analysis: Analysis; wb: WorkbookModel; notify: Notify; id: string }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const busy = wb.running !== null || !wb.ready;
  const empty = analysis.data.tables.length > 0;
  const sheets = analysis.data.sheetsRead;

  const insert = async () => {
    const { spec, lists } = trackingTemplate(wb.plan);
    const r = await wb.perform(m.opTemplate(), m.noTableTemplateFailed(), () => wb.service.insertTrackingTemplate(spec, lists));
    if (r.kind !== "ok") return;
    notify({ key: "template", intent: "success", title: m.noTableTemplateInserted({ sheet: r.value }), body: m.noTableTemplateNext() });
    await wb.check();
  };

  return (
    <section className={s.box} aria-labelledby={id} data-state={empty ? "no-activities" : "no-table"}>
      <h2 id={id} className={s.title} tabIndex={-1}>
        {empty ? m.noActivitiesTitle() : m.noTableTitle()}
      </h2>
      <Text>{empty ? m.noActivitiesBody({ tables: analysis.data.tables.map((t) => t.sheet) }) : m.noTableBody({ sheets })}</Text>
      {empty ? null : (
        <>
          <Text>{m.noTableLooksFor()}</Text>
          <ul className={s.list}>
            {LOOKED_FOR.map(([f, header]) => {
              const label = fieldLabel(f, locale);
              return (
                <li key={f}>
                  <span className={s.header}>{header}</span>
                  {label.toLowerCase() !== header.toLowerCase() ? <span className={s.muted}> — {label}</span> : null}
                </li>
              );
            })}
          </ul>
          <Text weight="semibold">{m.noTableWaysTitle()}</Text>
          <ol className={s.ways}>
            <li>{m.noTablePointAt()}</li>
            <li>{m.noTableUseTemplate()}</li>
          </ol>
        </>
      )}
      <div className={s.actions}>
        {empty ? null : (
          <Button appearance="primary" disabled={busy} onClick={() => void insert()}>
            {m.noTableInsertTemplate()}
          </Button>
        )}
        <Button disabled={busy} onClick={() => void wb.check()}>
          {m.recheck()}
        </Button>
      </div>
    </section>
  );
}
