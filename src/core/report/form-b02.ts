/**
 * B02 — the communication campaigns (đợt truyền thông cao điểm): for a year, each campaign with its
 * window, the activities held inside it one per row, people reached (of which women and ethnic
 * minority), budget, units and status; for the period, each campaign with one row per year. Only
 * activities inside the window count, as for the campaign's obligation; those outside are named.
 */
import { DEFAULT_LOCALE } from "../i18n/locale";
import { TABLE_TEXT, type TableTexts } from "../i18n/report-messages";
import { statusLabel } from "../i18n/status-labels";
import type { Task } from "../plan/schema";
import { isCompleted, type ObligationStatus } from "../progress";
import type { Activity } from "../read/types";
import { viDateOf, yearOf } from "../time/days";
import { clause, dayText, percentText, spanText, windowText } from "./format";
import { printSetup } from "./page-setup";
import { countedInput, figuresOfList, periodOfInput, progressCount, strictlyDue, type ReportInput } from "./report-model";
import { placeInPeriod } from "./report-period";
import { withPageBreaks } from "./page-breaks";
import { coveredDatesText } from "./period-text";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import type { SheetSpec, SpecValue } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { dataRow, footNote, labelledRow, peopleValues, openTableForm, TABLE_SIZE, type TableColumn } from "./table-layout";
import { isCancelled } from "../progress";

function columns(t: TableTexts): TableColumn[] {
  return [
    { head: t.stt, width: 5, kind: "center" },
    { head: t.campaign, width: 36, kind: "text" },
    { head: t.when, width: 16, kind: "center" },
    { head: t.units, width: 17, kind: "center" },
    { head: t.activities, width: 9, kind: "count" },
    { head: t.total, width: 8, kind: "count", group: t.people },
    { head: t.female, width: 7, kind: "count", group: t.people },
    { head: t.femaleShare, width: 8, kind: "share", group: t.people },
    { head: t.ethnic, width: 7, kind: "count", group: t.people },
    { head: t.budget, width: 10, kind: "money" },
    { head: t.status, width: 12, kind: "center" },
  ];
}

/** Units of the activities, each once, in order of appearance. */
function unitsOf(list: readonly Activity[]): string {
  const seen: string[] = [];
  // Each unit's key once: comparing in the locale's lower case for every pair was quadratic.
  const keys = new Set<string>();
  for (const a of list) {
    const u = a.unit?.trim();
    if (!u) continue;
    const key = u.toLocaleLowerCase("vi");
    if (keys.has(key)) continue;
    keys.add(key);
    seen.push(u);
  }
  return seen.join("; ");
}

function activityStatus(a: Activity, input: ReportInput, t: TableTexts): string {
  if (isCompleted(a, input.asOf)) return t.activityStatus.completed;
  return a.status ? t.activityStatus[a.status] : "";
}

/** "01/03 - 31/03" of the first year, the window as the plan states it for every year. */
function yearlyWindow(task: Task, input: ReportInput): string {
  const w = input.plan.windowIn(task, input.plan.firstYear);
  return w ? `${viDateOf(w.start).slice(0, 5)} - ${viDateOf(w.end).slice(0, 5)}` : "";
}

export function b02Form(raw: ReportInput): SheetSpec {
  // Counted by the one rule of every figure (counting.ts), whoever calls the form.
  const input = countedInput(raw);
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = TABLE_TEXT[locale];
  const { plan, year } = input;
  const period = periodOfInput(input);
  const half = period.kind === "half";
  // A half-year's states and figures are those of its last day (or the as-of day before it).
  const asOf = half ? Math.min(input.asOf, period.to) : input.asOf;
  const keep = new Set<number>();
  const from = plan.firstYear;
  const to = plan.lastYear;
  const cols = columns(t);
  const last = cols.length;
  const b = new SheetBuilder(
    cols.map((c) => c.width),
    { font: DEFAULT_FONT, size: TABLE_SIZE },
  );
  const opened = openTableForm(b, cols, {
    profile: input.profile,
    formLabel: t.form("B02"),
    left: [1, 2],
    right: [9, 11],
    title: t.titleB02(year, from, to, half),
    lines: [t.attachedTo(input.profile.symbol, input.profile.agencyName, yearOf(asOf)), coveredDatesText(period, locale), t.asOf(dayText(asOf))],
  });
  let row = opened.row;
  const { headTop, headBottom } = opened;

  const campaigns = plan.tasks.filter((task) => task.frequency === "campaign");
  const campaignStatuses: ObligationStatus[] = input.statuses.filter((s) => campaigns.some((c) => c.id === s.taskId));
  const counted: Activity[] = [];
  campaigns.forEach((task, i) => {
    const obligations = campaignStatuses.filter((s) => s.taskId === task.id && (year === null || s.year === year));
    const inside = obligations.flatMap((o) => o.activities);
    counted.push(...inside);
    const f = figuresOfList(inside, plan, asOf);
    let when = "";
    let status = "";
    if (year !== null) {
      const w = plan.windowIn(task, year);
      when = w ? windowText(w) : "";
      status = obligations[0] ? statusLabel(obligations[0].state, locale) : "";
    } else {
      when = yearlyWindow(task, input);
      const pc = progressCount(obligations, plan, task.id, null, asOf);
      status = pc.due > 0 ? t.periodStatus(pc.done, pc.due) : "";
    }
    const head: SpecValue[] = [i + 1, clause(task.shortTitle ?? task.title), when, unitsOf(inside), f.activities, ...peopleValues(f, t.noData, locale), f.budget, status];
    keep.add(row);
    dataRow(b, row++, cols, head, { bold: true });

    if (year !== null) {
      for (const a of inside) {
        const fa = figuresOfList([a], plan, asOf);
        const values: SpecValue[] = [
          null,
          `- ${clause(a.activity ?? "")}`,
          a.date ? spanText(a.date, locale) : "",
          a.unit ?? "",
          null,
          ...peopleValues(fa, t.noData, locale),
          fa.budget,
          activityStatus(a, input, t),
        ];
        dataRow(b, row, cols, values);
        b.styleOnly(row, 2, { indent: 1 });
        row++;
      }
    } else {
      for (const o of obligations) {
        const fo = figuresOfList(o.activities, plan, asOf);
        const w = o.year !== null ? plan.windowIn(task, o.year) : null;
        const values: SpecValue[] = [
          null,
          t.year(o.year as number),
          w ? windowText(w) : "",
          unitsOf(o.activities),
          fo.activities,
          ...peopleValues(fo, t.noData, locale),
          fo.budget,
          statusLabel(o.state, locale),
        ];
        dataRow(b, row, cols, values, { italic: false });
        b.styleOnly(row, 2, { indent: 1 });
        row++;
      }
    }
    const countedHere = new Set(inside);
    const outside = input.data.activities.filter(
      (a) =>
        !isCancelled(a) &&
        a.taskId !== null &&
        plan.inScope(a.taskId, task.id) &&
        placeInPeriod(a, period, plan) === "inside" &&
        !countedHere.has(a),
    );
    if (outside.length > 0) {
      const dates = outside.map((a) => (a.date ? spanText(a.date, locale) : String(a.year ?? ""))).join("; ");
      const values: SpecValue[] = [null, `${t.outside(outside.length)} (${dates})`, null, null, null, null, null, null, null, null, null];
      dataRow(b, row, cols, values, { italic: true, size: 11 });
      row++;
    }
  });
  const total = figuresOfList(counted, plan, asOf);
  const pc = progressCount(campaignStatuses, plan, "", year, asOf);
  const totalValues: SpecValue[] = [
    t.totalRow,
    null,
    null,
    null,
    total.activities,
    ...peopleValues(total, t.noData, locale),
    total.budget,
    pc.ratio === null || strictlyDue(campaignStatuses, plan, year, asOf) === 0 ? "" : t.totalStatus(pc.done, pc.due, percentText(pc.ratio, locale)),
  ];
  keep.add(row - 1);
  keep.add(row);
  labelledRow(b, row, cols, 4, totalValues, { bold: true });
  row++;
  const lastRow = footNote(b, row, last, t.footB02) - 1;
  const spec = b.build({
    name: sheetNameOf("B02", year, plan, half),
    form: "B02",
    year,
    print: printSetup({ orientation: "landscape", lastRow, lastCol: last, repeatRows: [headTop, headBottom], pageNumbers: true, pageNumbersAt: "footer" }),
    freezeRows: headBottom,
  });
  return withPageBreaks(spec, keep);
}
