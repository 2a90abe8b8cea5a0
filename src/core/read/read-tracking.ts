import type { PlanModel } from "../plan/model";
import type { WorkbookSnapshot } from "../snapshot";
import { detectHeader, type HeaderLayout } from "./detect-header";
import { convertLegacySheet } from "./legacy-sheet";
import { bookYearsOf, bookYearsOverride } from "./book-years";
import { readTable } from "./read-table";
import { isOwnSheet } from "../report/form-signature";
import { summaryOf, type SummaryTable } from "./summary-sheet";
import { applyTaskChoices } from "./task-choices";
import type { ColumnOverride, Field, LegacyCell, TaskChoice, TrackingData, TrackingTable } from "./types";

export interface ReadOptions {
  /** Column mappings the user confirmed or corrected, saved in the workbook. */
  overrides?: readonly ColumnOverride[];
  /** The years the user says the book covers (command line, pane setting): wins over what the book says. */
  years?: { from: number; to: number };
  /** Guessed tasks the user confirmed or corrected, row by row (saved in the workbook). */
  taskChoices?: readonly TaskChoice[];
}

function applyOverride(layout: HeaderLayout, o: ColumnOverride | undefined): HeaderLayout {
  if (!o) return layout;
  const columns = { ...layout.columns };
  const headers = { ...layout.headers };
  for (const [f, col] of Object.entries(o.columns) as Array<[Field, number | null]>) {
    for (const [g, c] of Object.entries(columns) as Array<[Field, number]>) if (c === col && g !== f) delete columns[g];
    if (col === null) {
      delete columns[f];
      delete headers[f];
    } else {
      columns[f] = col;
      headers[f] ??= `(${f})`;
    }
  }
  if (o.columns.male !== undefined || o.columns.year !== undefined) layout = { ...layout, ambiguousNamCol: null };
  return { ...layout, columns, headers };
}

/**
 * Workbook snapshot -> tracking data (docs/reading.md): every table of every sheet the add-in did not
 * write itself, with legacy-encoded text converted and every value keeping its cell.
 */
export function readTracking(book: WorkbookSnapshot, plan: PlanModel, opts: ReadOptions = {}): TrackingData {
  const tables: TrackingTable[] = [];
  const legacyCells: LegacyCell[] = [];
  const sheetsRead: string[] = [];
  let numberFormats: TrackingData["numberFormats"];
  const summaries: SummaryTable[] = [];
  for (const original of book.sheets) {
    // A marked sheet that no longer looks like a form is a user's sheet: read it.
    if (original.ownedByAddin === true && isOwnSheet(original.name, original.values)) continue;
    sheetsRead.push(original.name);
    if (original.numberFormats) (numberFormats ??= {})[original.name] = original.numberFormats;
    const { sheet, cells } = convertLegacySheet(original);
    // Every table of the sheet, one under another (per-year tables stacked on one sheet).
    let from = 1;
    let sheetLastRow = 0;
    while (from <= sheet.values.length) {
      const detected = detectHeader(sheet, from);
      if (!detected) break;
      const override = opts.overrides?.find((o) => o.sheet === sheet.name && o.headerRow === detected.headerRow);
      const layout = applyOverride(detected, override);
      const { nextHeaderRow, ...table } = readTable(sheet, layout, { plan, date1904: book.date1904 === true });
      // A summary (rows that are tasks, figures aggregated from another sheet) is checked, never read as activities.
      const summary = override ? null : summaryOf(sheet, table, plan);
      if (summary) summaries.push(summary);
      else {
        if (opts.taskChoices) applyTaskChoices(table, opts.taskChoices, plan);
        tables.push(table);
      }
      sheetLastRow = Math.max(sheetLastRow, table.lastRow);
      if (nextHeaderRow === null) break;
      // Titles between the two tables ("NĂM 2024") belong to the next one.
      from = Math.min(nextHeaderRow, table.lastRow + 1);
    }
    // Only conversions inside tables matter to the user; titles above them are reported too.
    for (const c of cells) if (c.row <= sheetLastRow) legacyCells.push(c);
  }
  const activities = tables.flatMap((t) => t.activities);
  const bookYears = opts.years ? bookYearsOverride(opts.years.from, opts.years.to, plan) : bookYearsOf(book, tables, plan);
  return {
    tables,
    legacyCells,
    activities,
    sheetsRead,
    ...(bookYears ? { bookYears } : {}),
    ...(numberFormats ? { numberFormats } : {}),
    ...(summaries.length > 0 ? { summaries } : {}),
  };
}
