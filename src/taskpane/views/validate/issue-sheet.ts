import { ruleTitle } from "../../../core/i18n/rule-names";
import type { Locale } from "../../../core/i18n/locale";
import type { CellStyle, SheetSpec, SpecCell } from "../../../core/report/sheet-spec";
import type { Issue } from "../../../core/validate/issue";
import { issueLocation } from "../../../core/validate/issue-location";

/** The add-in's own sheet of the issue list: written again (replaced) on every export, like a report sheet. */
export const ISSUE_SHEET_NAME = "Danh sách vấn đề";

export interface IssueSheetTexts {
  title: string;
  subtitle: string;
  headers: readonly [string, string, string, string, string, string, string, string, string];
  severity: (s: Issue["severity"]) => string;
  accepted: string;
}

const HEAD: CellStyle = { bold: true, h: "center", v: "middle", wrap: true, border: true, fill: "#DDEBF7" };
const BODY: CellStyle = { v: "top", wrap: true, border: true };
const CENTER: CellStyle = { ...BODY, h: "center" };
const WIDTHS = [5, 16, 7, 7, 11, 28, 60, 9, 7];

/**
 * The issues as a sheet (STT, sheet, cell, row, severity, rule, message, task, year) that can be
 * filtered, printed or sent to the unit that owns the rows. Accepted issues follow, marked so.
 */
export function issueSheet(open: readonly Issue[], accepted: ReadonlyArray<{ issue: Issue; reason: string }>, t: IssueSheetTexts, locale: Locale): SheetSpec {
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: t.title, style: { bold: true, size: 14 } },
    { row: 2, col: 1, value: t.subtitle, style: { italic: true } },
  ];
  const headerRow = 4;
  t.headers.forEach((h, i) => cells.push({ row: headerRow, col: i + 1, value: h, style: HEAD }));
  const rows: Array<{ issue: Issue; note: string | null }> = [...open.map((issue) => ({ issue, note: null })), ...accepted.map((x) => ({ issue: x.issue, note: x.reason }))];
  rows.forEach(({ issue, note }, i) => {
    const r = headerRow + 1 + i;
    const at = issueLocation(issue);
    const sheet = "sheet" in at ? at.sheet : null;
    const cell = at.kind === "cell" ? at.cell : null;
    const row = at.kind === "cell" || at.kind === "row" ? at.row : null;
    const message = note === null ? issue.message : `${issue.message} — ${t.accepted}: ${note}`;
    const values = [i + 1, sheet, cell, row, t.severity(issue.severity), ruleTitle(issue.rule, locale), message, issue.taskId ?? null, issue.year ?? null];
    values.forEach((v, c) => cells.push({ row: r, col: c + 1, value: v ?? null, style: c === 6 || c === 5 || c === 1 ? BODY : CENTER }));
  });
  const last = headerRow + Math.max(1, rows.length);
  return {
    name: ISSUE_SHEET_NAME,
    // Not a form: a working sheet of the add-in, like KT (the type of report sheets has no other kind).
    form: "KT",
    year: null,
    cells,
    merges: [],
    columnWidths: WIDTHS,
    rowHeights: {},
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 2, bottom: 2, left: 2, right: 1.5, header: 0.8, footer: 0.8 },
      printArea: `A1:I${last}`,
      repeatRows: [headerRow, headerRow],
      fitToWidth: true,
    },
    defaultStyle: { font: "Times New Roman", size: 12 },
    freezeRows: headerRow,
  };
}
