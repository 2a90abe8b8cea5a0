/**
 * KT — the working sheet written beside the forms: every value (or row) the figures of the
 * report left out, with its sheet, cell, value and the reason (src/core/progress/counting.ts).
 * It is for staff, not part of the report sent out; it follows the locale like B01–B03.
 */
import { DEFAULT_LOCALE } from "../i18n/locale";
import { CHECK_SHEET_TEXT } from "../i18n/table-messages";
import type { LeftOut } from "../progress";
import { printSetup } from "./page-setup";
import { countedInput, leftOutInScope, type ReportInput } from "./report-model";
import { DEFAULT_FONT, SheetBuilder } from "./sheet-builder";
import { checkSheetNameOf } from "./sheet-names";
import type { SheetSpec, SpecValue } from "./sheet-spec";
import { dataRow, tableHead, TABLE_SIZE, titleLines, type TableColumn } from "./table-layout";

/** The value as written, as text (a number keeps its digits; an empty cell shows nothing). */
function valueText(v: LeftOut["value"]): SpecValue {
  if (v === null) return "";
  return typeof v === "string" ? v : String(v);
}

export function ktForm(raw: ReportInput): SheetSpec {
  const input = countedInput(raw);
  const t = CHECK_SHEET_TEXT[input.locale ?? DEFAULT_LOCALE];
  const { plan, year } = input;
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
  const scope = year === null ? t.scopePeriod(plan.firstYear, plan.lastYear) : t.scopeYear(year);
  let row = titleLines(b, 1, last, t.title(scope), []);
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
  const spec = b.build({
    name: checkSheetNameOf(year, plan),
    form: "KT",
    year,
    print: printSetup({ orientation: "portrait", lastRow: row - 1, lastCol: last, repeatRows: list.length > 0 ? [headTop, headTop + 2] : null }),
    freezeRows: list.length > 0 ? headTop + 2 : undefined,
  });
  return { ...spec, leftOut: list.length };
}
