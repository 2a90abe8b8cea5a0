/**
 * B03 — the progress matrix of the period: every task that owes something, by plan section, with
 * its status in each year (a once task across the whole period), its own progress, and under the
 * matrix the tasks done over the tasks due and the progress of each year and of the period.
 */
import { DEFAULT_LOCALE } from "../i18n/locale";
import { TABLE_TEXT, type TableTexts } from "../i18n/report-messages";
import { statusLabel } from "../i18n/status-labels";
import { headerCase } from "../profile/profile";
import { yearOf } from "../time/days";
import { clause, dayText } from "./format";
import { printSetup } from "./page-setup";
import { progressCount, sectionOf, strictlyDue, type ReportInput } from "./report-model";
import { yearStatusOf } from "../progress/parts";
import { reportPeriod } from "./report-period";
import { withPageBreaks } from "./page-breaks";
import { coveredDatesText } from "./period-text";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SpecValue } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { dataRow, footNote, labelledRow, styleOf, openTableForm, TABLE_SIZE, type TableColumn } from "./table-layout";

function columns(t: TableTexts, years: readonly number[]): TableColumn[] {
  const group = t.status;
  return [
    { head: t.stt, width: 5, kind: "center" },
    { head: t.code, width: 8, kind: "center" },
    { head: t.task, width: 42, kind: "text" },
    ...years.map((y): TableColumn => ({ head: t.year(y), width: 13, kind: "center", group })),
    { head: t.progress, width: 11, kind: "percent" },
  ];
}

export function b03Form(input: ReportInput): SheetSpec {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = TABLE_TEXT[locale];
  const { plan, asOf, statuses } = input;
  const years = plan.years;
  const from = plan.firstYear;
  const to = plan.lastYear;
  const cols = columns(t, years);
  const last = cols.length;
  const firstYearCol = 4;
  const b = new SheetBuilder(
    cols.map((c) => c.width),
    { font: DEFAULT_FONT, size: TABLE_SIZE },
  );
  const opened = openTableForm(b, cols, {
    profile: input.profile,
    formLabel: t.form("B03"),
    left: [1, 3],
    right: [last - 2, last],
    title: t.titleB03(from, to),
    lines: [
      t.attachedTo(input.profile.symbol, input.profile.agencyName, yearOf(asOf)),
      coveredDatesText(reportPeriod(plan, null, false, input.cutoff ?? "calendar"), locale),
      t.asOf(dayText(asOf)),
    ],
  });
  let row = opened.row;
  const { headTop, headBottom } = opened;
  const keep = new Set<number>();

  const owing = plan.tasks.filter((task) => task.frequency !== "as-needed" && task.frequency !== "group");
  const sections: string[] = [];
  for (const task of owing) if (!sections.includes(sectionOf(task.id))) sections.push(sectionOf(task.id));
  let stt = 0;
  for (const id of sections) {
    const title = plan.plan.sections.find((s) => s.id === id)?.title ?? id;
    keep.add(row);
    dataRow(b, row++, cols, [id, null, headerCase(clause(title)), ...years.map(() => null), null], { bold: true });
    for (const task of owing.filter((x) => sectionOf(x.id) === id)) {
      stt++;
      const own = statuses.filter((s) => s.taskId === task.id);
      const pc = progressCount(own, plan, task.id, null, asOf);
      const once = task.frequency === "once";
      const cells: SpecValue[] = years.map((y) => {
        const s = yearStatusOf(own.filter((o) => o.year === y));
        // A year not due yet is left blank: "Chưa thực hiện" there would read as a failure.
        return !once && s && !(s.state === "not-started" && s.due > asOf) ? statusLabel(s.state, locale) : null;
      });
      dataRow(b, row, cols, [stt, task.id, clause(task.shortTitle ?? task.title), ...cells, pc.ratio]);
      if (once && own[0]) {
        // One obligation for the whole period: one cell across the years.
        const lastYearCol = firstYearCol + years.length - 1;
        const text = `${statusLabel(own[0].state, locale)} (${t.once.toLocaleLowerCase(locale)})`;
        b.put(row, firstYearCol, text, styleOf("center"));
        b.merge(row, firstYearCol, row, lastYearCol);
        b.fit(row, firstYearCol, lastYearCol, text, styleOf("center"));
      }
      row++;
    }
  }
  const counts = years.map((y) => progressCount(statuses, plan, "", y, asOf));
  const overall = progressCount(statuses, plan, "", null, asOf);
  const countText = (c: { done: number; due: number }): string => (c.due === 0 ? "" : `${c.done}/${c.due}`);
  // The summary rows' labels span the first three columns: their height is fitted to that width.
  keep.add(row - 1);
  keep.add(row);
  labelledRow(b, row, cols, 3, [t.doneOfDue, null, null, ...counts.map(countText), null], { bold: true });
  b.put(row, last, countText(overall), styleOf("center", { bold: true }));
  row++;
  keep.add(row);
  // Progress is a number in percent format in every cell of the table (never a text beside it);
  // a year with nothing due yet has none.
  const ratio = (c: { ratio: number | null }, y: number | null): number | null => (strictlyDue(statuses, plan, y, asOf) === 0 ? null : c.ratio);
  labelledRow(b, row, cols, 3, [t.progressRow, null, null, ...counts.map((c, i) => ratio(c, years[i] ?? null)), ratio(overall, null)], { bold: true });
  for (let c = firstYearCol; c < firstYearCol + years.length; c++) b.styleOnly(row, c, styleOf("percent", { bold: true }));
  row++;
  const lastRow = footNote(b, row, last, t.footB03) - 1;
  const spec = b.build({
    name: sheetNameOf("B03", null, plan),
    form: "B03",
    year: null,
    print: printSetup({ orientation: "landscape", lastRow, lastCol: last, repeatRows: [headTop, headBottom], pageNumbers: true, pageNumbersAt: "footer" }),
    freezeRows: headBottom,
  });
  return withPageBreaks(spec, keep);
}
