/**
 * B04 — results by unit: one row per unit with its activities, people reached (women and
 * ethnic-minority people with their shares), money, and its share of the agency's figures, for
 * the year or the period; under it, which unit has recorded activities in which year of the
 * period and how its latest activity is dated, so that the agency sees who has not reported.
 *
 * An activity's unit is its source unit when the data was consolidated from several workbooks
 * (src/core/consolidate), else its unit column. Figures follow the one counting rule.
 */
import { unitDisplayName } from "../consolidate/source-unit";
import { B04_TEXT, type B04Texts } from "../i18n/b04-messages";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { TABLE_TEXT, type TableTexts } from "../i18n/report-messages";
import type { PlanModel } from "../plan/model";
import { isCancelled, shareOfEthnic, type Figures } from "../progress";
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import { yearOf } from "../time/days";
import { dayText, percentText, shareOf, spanText, yearsText } from "./format";
import { withPageBreaks } from "./page-breaks";
import { printSetup } from "./page-setup";
import { countedInput, figuresOfList, inScopeYear, periodOfInput, type ReportInput } from "./report-model";
import { placeInPeriod } from "./report-period";
import { coveredDatesText } from "./period-text";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import type { CellStyle, SheetSpec, SpecValue } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { dataRow, footNote, openTableForm, peopleValues, styleOf, TABLE_SIZE, type ColumnKind, type TableColumn } from "./table-layout";
import { rowHeightFor } from "./text-fit";

function columns(t: TableTexts, u: B04Texts): TableColumn[] {
  return [
    { head: t.stt, width: 5, kind: "center" },
    { head: u.unit, width: 24, kind: "text" },
    { head: t.activities, width: 9, kind: "count" },
    { head: t.total, width: 8, kind: "count", group: t.people },
    { head: t.female, width: 7, kind: "count", group: t.people },
    { head: t.femaleShare, width: 8, kind: "percent", group: t.people },
    { head: t.ethnic, width: 7, kind: "count", group: t.people },
    { head: u.ethnicShare, width: 8, kind: "percent", group: t.people },
    { head: t.budget, width: 9, kind: "money" },
    { head: u.shareActivities, width: 9, kind: "percent", group: u.share },
    { head: u.shareParticipants, width: 10, kind: "percent", group: u.share },
    { head: u.shareBudget, width: 9, kind: "percent", group: u.share },
  ];
}

/** A unit and its activities (all years, every status). */
interface UnitRows {
  key: string;
  name: string;
  activities: Activity[];
}

/** The unit an activity is counted for; null when none is known. */
function unitOf(a: Activity, plan: PlanModel): string | null {
  if (a.source) return a.source.unit;
  const u = a.unit?.trim();
  return u ? unitDisplayName(u, plan) : null;
}

/** Units in the order they first appear (file, sheet, row), the one of rows with no unit last. */
export function unitsOf(activities: readonly Activity[], plan: PlanModel, noUnit: string): UnitRows[] {
  const byKey = new Map<string, UnitRows>();
  let none: UnitRows | null = null;
  for (const a of activities) {
    const name = unitOf(a, plan);
    if (name === null) {
      (none ??= { key: "", name: noUnit, activities: [] }).activities.push(a);
      continue;
    }
    const key = foldKey(name);
    let u = byKey.get(key);
    if (!u) byKey.set(key, (u = { key, name, activities: [] }));
    u.activities.push(a);
  }
  return none ? [...byKey.values(), none] : [...byKey.values()];
}

function shareText(part: number, whole: number, locale: Locale): string | null {
  const s = shareOf(part, whole);
  return s === null ? null : percentText(s, locale);
}

function resultValues(f: Figures, total: Figures, t: TableTexts, locale: Locale): SpecValue[] {
  const ethnic = shareOfEthnic(f);
  const [participants, female, femaleShare, ethnicCount] = peopleValues(f, t.noData, locale);
  return [
    f.activities,
    participants ?? null,
    female ?? null,
    femaleShare ?? null,
    ethnicCount ?? null,
    ethnic !== null ? percentText(ethnic, locale) : f.participants > 0 ? t.noData : null,
    f.budget,
    // Shares as text, like the share of women beside them: one percent style in the table.
    shareText(f.activities, total.activities, locale),
    shareText(f.participants, total.participants, locale),
    shareText(f.budget, total.budget, locale),
  ];
}

/** A cell spanning columns from..to of a table row, bordered, its row fitted to the text. */
function spanCell(b: SheetBuilder, row: number, from: number, to: number, value: SpecValue, style: CellStyle): void {
  b.put(row, from, value, style);
  for (let c = from + 1; c <= to; c++) b.styleOnly(row, c, style);
  b.merge(row, from, row, to);
  if (typeof value === "string" && value !== "") b.fit(row, from, to, value, style);
  else b.atLeast(row, rowHeightFor(1, TABLE_SIZE));
}

/** A commune's People's Committee, a commune or a ward (as validate/units.ts knows them). */
const COMMUNE = /^(?:ubnd )?(?:xa|phuong) \S/;

interface Span {
  head: string;
  from: number;
  to: number;
  kind: ColumnKind;
}

/** Latest activity of a unit by its date (a row with only a year counts from the year's start). */
function latest(list: readonly Activity[]): Activity | null {
  let best: Activity | null = null;
  for (const a of list) {
    if (!a.date) continue;
    if (!best || (best.date && a.date.start > best.date.start)) best = a;
  }
  return best;
}

/**
 * The table of who sent figures: unit × year of the period, the number of activities recorded,
 * the latest activity's date, and the years up to the report's that have none. Returns the next row.
 */
function submissionTable(b: SheetBuilder, row: number, last: number, units: readonly UnitRows[], input: ReportInput, t: TableTexts, u: B04Texts): number {
  const { plan } = input;
  const locale = input.locale ?? DEFAULT_LOCALE;
  const years = plan.years;
  const firstYearCol = 3;
  const dateFrom = firstYearCol + years.length;
  const dateTo = Math.min(dateFrom + 1, last - 1);
  const spans: Span[] = [
    { head: t.stt, from: 1, to: 1, kind: "center" },
    { head: u.unit, from: 2, to: 2, kind: "text" },
    ...years.map((y, i): Span => ({ head: t.year(y), from: firstYearCol + i, to: firstYearCol + i, kind: "count" })),
    { head: u.lastActivity, from: dateFrom, to: dateTo, kind: "center" },
    { head: t.note, from: dateTo + 1, to: last, kind: "text" },
  ];
  const title: CellStyle = { bold: true, size: TABLE_SIZE + 1, h: "center", v: "middle", wrap: true };
  const titleText = u.submissionTitle(plan.firstYear, plan.lastYear);
  b.put(row, 1, titleText, title);
  b.merge(row, 1, row, last);
  b.fit(row, 1, last, titleText, title, 4);
  row++;
  const head: CellStyle = { size: TABLE_SIZE, bold: true, border: true, wrap: true, h: "center", v: "middle" };
  const headTop = row;
  for (const s of spans) {
    const isYear = s.from >= firstYearCol && s.from < dateFrom;
    if (isYear) {
      spanCell(b, row + 1, s.from, s.to, s.head, head);
      continue;
    }
    b.put(row, s.from, s.head, head);
    for (let c = s.from; c <= s.to; c++) {
      b.styleOnly(row, c, head);
      b.styleOnly(row + 1, c, head);
    }
    b.merge(row, s.from, row + 1, s.to);
    b.fit(row, s.from, s.to, s.head, head);
  }
  spanCell(b, headTop, firstYearCol, dateFrom - 1, u.recordedByYear, head);
  row += 2;
  const asOfYear = yearOf(input.asOf);
  const communesFrom = plan.communesFrom === null ? null : yearOf(plan.communesFrom);
  units.forEach((unit, i) => {
    const recorded = years.map((y) => unit.activities.filter((a) => a.year === y).length);
    // A commune owes figures only from the year communes became the plan's units.
    const from = communesFrom !== null && COMMUNE.test(foldKey(unit.name)) ? communesFrom : plan.firstYear;
    const missing = years.filter((y, k) => y >= from && y <= asOfYear && recorded[k] === 0);
    const lastOne = latest(unit.activities);
    const values: SpecValue[] = [
      i + 1,
      unit.name,
      ...recorded,
      lastOne?.date ? spanText(lastOne.date, locale) : "",
      missing.length > 0 ? u.missingYears(yearsText(missing, locale)) : "",
    ];
    spans.forEach((s, k) => spanCell(b, row, s.from, s.to, values[k] ?? null, styleOf(s.kind)));
    row++;
  });
  return footNote(b, row, last, u.footSubmission);
}

export function b04Form(raw: ReportInput): SheetSpec {
  // Counted by the one rule of every figure (counting.ts), whoever calls the form.
  const input = countedInput(raw);
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = TABLE_TEXT[locale];
  const u = B04_TEXT[locale];
  const { plan, year, asOf } = input;
  // A half-year or a Nghị định 09 cut-off counts the rows dated inside its covered dates, as B01 does.
  const period = periodOfInput(input);
  const half = period.kind === "half";
  const byDates = half || period.cutoff !== "calendar";
  const inScope = (a: Activity): boolean => !isCancelled(a) && (byDates ? placeInPeriod(a, period, plan) === "inside" : inScopeYear(a, plan, year));
  const cols = columns(t, u);
  const last = cols.length;
  const b = new SheetBuilder(
    cols.map((c) => c.width),
    { font: DEFAULT_FONT, size: TABLE_SIZE },
  );
  const opened = openTableForm(b, cols, {
    profile: input.profile,
    formLabel: t.form("B04"),
    left: [1, 3],
    right: [10, 12],
    title: u.title(year, plan.firstYear, plan.lastYear, half),
    lines: [t.attachedTo(input.profile.symbol, input.profile.agencyName, yearOf(asOf)), ...(byDates ? [coveredDatesText(period, locale)] : []), t.asOf(dayText(asOf))],
  });
  let row = opened.row;
  const { headBottom } = opened;

  // Who sent what: every row as recorded, as the tables keep them (a row another unit recorded
  // first still shows that this one sent figures); what each unit counts for: the rows as counted.
  const units = unitsOf(input.data.tables.flatMap((tb) => tb.activities), plan, u.noUnit);
  const counted = new Map(unitsOf(input.data.activities, plan, u.noUnit).map((c) => [c.key, c.activities]));
  // The agency's total as reportModel counts it (every counted activity of the scope), without
  // the per-task model B04 does not show.
  const total = figuresOfList(
    input.data.activities.filter(inScope),
    plan,
    asOf,
  );
  units.forEach((unit, i) => {
    const scoped = (counted.get(unit.key) ?? []).filter(inScope);
    dataRow(b, row++, cols, [i + 1, unit.name, ...resultValues(figuresOfList(scoped, plan, asOf), total, t, locale)]);
  });
  dataRow(b, row, cols, [null, null, ...resultValues(total, total, t, locale)], { bold: true });
  // The label across STT and the unit column, its height fitted to both (not to the narrow STT).
  const totalStyle = styleOf("text", { bold: true });
  b.put(row, 1, t.totalRow, totalStyle);
  b.merge(row, 1, row, 2);
  b.fit(row, 1, 2, t.totalRow, totalStyle);
  row++;
  row = footNote(b, row, last, u.foot);
  b.atLeast(row, 12);
  row++;
  const secondTitle = row;
  const lastRow = submissionTable(b, row, last, units, input, t, u) - 1;
  const spec = b.build({
    name: sheetNameOf("B04", year, plan, half),
    form: "B04",
    year,
    // No rows repeated on every page: the sheet holds two tables with different heads, and the
    // first one's would print above the second (SheetSpec has no page breaks to start it afresh).
    print: printSetup({ orientation: "landscape", lastRow, lastCol: last, repeatRows: null }),
    freezeRows: headBottom,
  });
  // The second table's title and its two head rows start a page together with its first row.
  return withPageBreaks(spec, new Set([secondTitle, secondTitle + 1, secondTitle + 2]));
}
