/**
 * B01 — results per task: every task of the plan under its section, with the number of activities,
 * the status, people reached (total, women, share of women, ethnic minority), budget and notes, and
 * a total row. A task with sub-tasks shows the sum of its sub-tasks (and of its own activities), so
 * that every section row is the sum of the rows under it and the total the sum of the sections.
 */
import { BC_TEXT, TABLE_TEXT, type TableTexts } from "../i18n/report-messages";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { statusLabel } from "../i18n/status-labels";
import { headerCase } from "../profile/profile";
import type { Figures } from "../progress";
import { yearOf } from "../time/days";
import { clause, dayText, percentText, windowText, yearsText } from "./format";
import { printSetup } from "./page-setup";
import { countedInput, progressCount, reportModel, strictlyDue, type ReportInput, type TaskResult } from "./report-model";
import { yearStatusOf, yearStatusesOf } from "../progress/parts";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SpecValue } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { dataRow, footNote, labelledRow, peopleValues, openTableForm, TABLE_SIZE, type TableColumn } from "./table-layout";
import { withPageBreaks } from "./page-breaks";
import { coveredDatesText } from "./period-text";

function columns(t: TableTexts): TableColumn[] {
  return [
    { head: t.stt, width: 5, kind: "center" },
    { head: t.code, width: 8, kind: "center" },
    { head: t.task, width: 28, kind: "text" },
    { head: t.lead, width: 16, kind: "center" },
    { head: t.activities, width: 8, kind: "count" },
    { head: t.status, width: 13, kind: "center" },
    { head: t.total, width: 8, kind: "count", group: t.people },
    { head: t.female, width: 7, kind: "count", group: t.people },
    { head: t.femaleShare, width: 8, kind: "share", group: t.people },
    { head: t.ethnic, width: 7, kind: "count", group: t.people },
    { head: t.budget, width: 9, kind: "money" },
    { head: t.note, width: 18, kind: "text" },
  ];
}

function figureValues(f: Figures, t: TableTexts, locale: Locale): SpecValue[] {
  return [f.activities, null, ...peopleValues(f, t.noData, locale), f.budget];
}

/** Status and notes of a task in the report's scope. */
function statusAndNote(r: TaskResult, input: ReportInput, t: TableTexts): [string, string] {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const notes: string[] = [];
  const task = r.task;
  let status = "";
  if (task.frequency === "as-needed") notes.push(t.asNeeded);
  if (task.frequency === "group") notes.push(t.group);
  if (task.frequency === "once") {
    const o = r.obligations[0];
    if (o) {
      status = statusLabel(o.state, locale);
      if (o.state !== "done") notes.push(t.due(dayText(o.due)));
    }
    notes.unshift(t.once);
  }
  if (task.frequency === "annual" || task.frequency === "campaign" || task.frequency === "quarterly" || task.frequency === "half-yearly") {
    if (input.year !== null) {
      const o = yearStatusOf(r.obligations.filter((s) => s.year === input.year));
      if (o) {
        status = statusLabel(o.state, locale);
        if (o.state !== "done" && o.state !== "not-due") notes.push(t.due(dayText(o.due)));
      }
      const w = input.year !== null ? input.plan.windowIn(task, input.year) : null;
      if (w) notes.unshift(t.window(windowText(w)));
    } else {
      const pc = progressCount(r.obligations, input.plan, task.id, null, input.asOf);
      if (pc.due > 0) status = t.periodStatus(pc.done, pc.due);
      for (const state of ["overdue", "in-progress", "not-started", "not-due"] as const) {
        const years = yearStatusesOf(r.obligations).filter((o) => o.state === state).map((o) => o.year as number);
        if (years.length > 0) notes.push(t.statesInYears(statusLabel(state, locale), yearsText(years, locale)));
      }
    }
  }
  if (r.outsideWindow.length > 0) notes.push(t.outside(r.outsideWindow.length));
  return [status, notes.join("; ")];
}

export function b01Form(raw: ReportInput): SheetSpec {
  // Counted by the one rule of every figure (counting.ts), whoever calls the form.
  const input = countedInput(raw);
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = TABLE_TEXT[locale];
  const model = reportModel(input);
  const half = model.period.kind === "half";
  const cols = columns(t);
  // Rows printed on the page of the row after them: a section's row, the last task before the total.
  const keep = new Set<number>();
  const last = cols.length;
  const b = new SheetBuilder(
    cols.map((c) => c.width),
    { font: DEFAULT_FONT, size: TABLE_SIZE },
  );
  const opened = openTableForm(b, cols, {
    profile: input.profile,
    formLabel: t.form("B01"),
    left: [1, 3],
    right: [10, 12],
    title: t.titleB01(input.year, model.from, model.to, half),
    lines: [
      t.attachedTo(input.profile.symbol, input.profile.agencyName, yearOf(input.asOf)),
      coveredDatesText(model.period, locale),
      t.asOf(dayText(input.asOf)),
    ],
  });
  let row = opened.row;
  const { headTop, headBottom } = opened;

  let stt = 0;
  for (const section of model.sections) {
    const sectionValues: SpecValue[] = [section.id, null, headerCase(clause(section.title)), null, ...figureValues(section.figures, t, locale), null];
    keep.add(row);
    dataRow(b, row++, cols, sectionValues, { bold: true });
    for (const r of section.tasks) {
      const hasChildren = section.tasks.some((c) => input.plan.parentOf(c.task.id)?.id === r.task.id);
      const f = hasChildren ? r.subtree : r.own;
      const [status, note] = statusAndNote(r, input, t);
      stt++;
      const values: SpecValue[] = [stt, r.task.id, clause(r.task.shortTitle ?? r.task.title), r.task.lead, ...figureValues(f, t, locale), note];
      values[5] = status;
      dataRow(b, row, cols, values, r.depth > 0 ? {} : { bold: hasChildren });
      if (r.depth > 0) b.styleOnly(row, 3, { indent: r.depth });
      row++;
      if (hasChildren && r.activities.length > 0) {
        // The group's own activities, so that its sub-rows add up to it.
        const own: SpecValue[] = [null, null, `- ${BC_TEXT.otherActivities.replace(/:$/, "")}`, null, ...figureValues(r.own, t, locale), null];
        dataRow(b, row, cols, own, { italic: true });
        b.styleOnly(row, 3, { indent: 1 });
        row++;
      }
    }
  }
  keep.add(row - 1);
  if (model.unmapped.activities.length > 0) {
    keep.add(row);
    dataRow(b, row++, cols, [null, null, t.unmapped, null, ...figureValues(model.unmapped.figures, t, locale), null], { italic: true });
  }
  const totalValues: SpecValue[] = [t.totalRow, null, null, null, ...figureValues(model.total, t, locale), null];
  const p = model.progress;
  // Nothing due yet is no progress, not 100 % of tasks done ahead of time.
  const dueYet = strictlyDue(input.statuses, input.plan, input.year, model.statesAt) > 0;
  totalValues[5] = p.ratio === null || !dueYet ? "" : t.totalStatus(p.done, p.due, percentText(p.ratio, locale));
  keep.add(row);
  labelledRow(b, row, cols, 4, totalValues, { bold: true });
  row++;
  const lastRow = footNote(b, row + 0, last, t.footB01) - 1;
  const spec = b.build({
    name: sheetNameOf("B01", input.year, input.plan, half),
    form: "B01",
    year: input.year,
    print: printSetup({ orientation: "landscape", lastRow, lastCol: last, repeatRows: [headTop, headBottom], pageNumbers: true, pageNumbersAt: "footer" }),
    freezeRows: headBottom,
  });
  return withPageBreaks(spec, keep);
}
