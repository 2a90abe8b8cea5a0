/**
 * KT — the working sheet written beside the forms, for staff and never sent: every value (or row)
 * the figures of the report left out, with its sheet, cell, value and the reason
 * (src/core/progress/counting.ts); then the errors and points to review still open in the
 * tracking sheets, with their cells; and the note to write the report again after correcting
 * them. It follows the locale like B01–B03.
 */
import { DEFAULT_LOCALE } from "../i18n/locale";
import { PROBLEM_TEXT, ruleTitle } from "../i18n/rule-names";
import { CHECK_SHEET_TEXT } from "../i18n/table-messages";
import type { LeftOut } from "../progress";
import { printSetup } from "./page-setup";
import { countedInput, dataProblems, leftOutInScope, periodOfInput, type ReportInput } from "./report-model";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import { checkSheetNameOf } from "./sheet-names";
import type { SheetSpec, SpecValue } from "./sheet-spec";
import { coveredDatesText } from "./period-text";
import { dataRow, styleOf, tableHead, TABLE_SIZE, titleLines, type TableColumn } from "./table-layout";

/** The value as written, as text (a number keeps its digits; an empty cell shows nothing). */
function valueText(v: LeftOut["value"]): SpecValue {
  if (v === null) return "";
  return typeof v === "string" ? v : String(v);
}

/** Where a data problem is: up to twelve cells, the rest counted. */
function whereText(cells: ReadonlyArray<{ sheet: string; ref: string }>): string {
  const shown = cells.slice(0, 12).map((c) => `${c.sheet}!${c.ref}`);
  return shown.join("; ") + (cells.length > shown.length ? `; … (+${cells.length - shown.length})` : "");
}

export function ktForm(raw: ReportInput): SheetSpec {
  const input = countedInput(raw);
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = CHECK_SHEET_TEXT[locale];
  const { plan, year } = input;
  const period = periodOfInput(input);
  const cols: TableColumn[] = [
    { head: t.stt, width: 5, kind: "center" },
    { head: t.sheet, width: 20, kind: "text" },
    { head: t.cell, width: 8, kind: "center" },
    { head: t.value, width: 30, kind: "text" },
    { head: t.reason, width: 45, kind: "text" },
  ];
  const last = cols.length;
  const b = new SheetBuilder(
    cols.map((c) => c.width),
    { font: DEFAULT_FONT, size: TABLE_SIZE },
  );
  const scope = year === null ? t.scopePeriod(plan.firstYear, plan.lastYear) : period.kind === "half" ? t.scopeHalf(year) : t.scopeYear(year);
  let row = titleLines(b, 1, last, t.title(scope), [coveredDatesText(period, locale)]);
  row = b.paragraph(row, 1, last, t.intro, { italic: true, size: 11, h: "left", v: "top", wrap: true }, 4);
  const list = leftOutInScope(input);
  const headTop = row;
  if (list.length === 0) {
    row = b.paragraph(row, 1, last, t.none, { size: TABLE_SIZE, h: "left", v: "top", wrap: true });
  } else {
    row = tableHead(b, row, cols);
    list.forEach((e, i) => {
      const what = e.field === null ? t.wholeRow : t.field[e.field];
      dataRow(b, row++, cols, [i + 1, e.sheet, e.cell, valueText(e.value), `${t.reasons[e.reason]} (${what})`]);
    });
  }

  // The data problems still open: for staff to fix, not for the recipient of the report.
  b.atLeast(row, 10);
  row++;
  row = b.paragraph(row, 1, last, t.problemsTitle, { bold: true, size: TABLE_SIZE, h: "left", v: "top", wrap: true }, 2);
  const problems = dataProblems(input);
  if (problems.groups.length === 0) {
    row = b.paragraph(row, 1, last, t.problemsNone, { size: TABLE_SIZE, h: "left", v: "top", wrap: true });
  } else {
    row = b.paragraph(row, 1, last, t.problemsIntro(problems.errors, problems.warnings), { size: TABLE_SIZE, h: "left", v: "top", wrap: true });
    const head = styleOf("center", { bold: true });
    b.cell(row, 1, t.stt, head);
    b.mergedCell(row, 2, 3, t.problem, head);
    b.cell(row, 4, t.cases, head);
    b.cell(row, 5, t.where, head);
    row++;
    problems.groups.forEach((g, i) => {
      b.cell(row, 1, i + 1, styleOf("center"));
      b.mergedCell(row, 2, 3, locale === "vi" ? PROBLEM_TEXT[g.rule] : ruleTitle(g.rule, locale), styleOf("text"));
      b.cell(row, 4, g.count, styleOf("count"));
      b.cell(row, 5, whereText(g.cells), styleOf("text"));
      row++;
    });
  }
  row = b.paragraph(row, 1, last, t.regenerate, { italic: true, size: 11, h: "left", v: "top", wrap: true }, 2);
  const spec = b.build({
    name: checkSheetNameOf(year, plan, period.kind === "half"),
    form: "KT",
    year,
    print: printSetup({ orientation: "portrait", lastRow: row - 1, lastCol: last, repeatRows: list.length > 0 ? [headTop, headTop + 2] : null, pageNumbers: true }),
    freezeRows: list.length > 0 ? headTop + 2 : undefined,
  });
  return { ...spec, leftOut: list.length };
}
