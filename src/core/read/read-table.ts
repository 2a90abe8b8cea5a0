import type { PlanModel } from "../plan/model";
import { inSpans, type SheetSnapshot } from "../snapshot";
import { resolveAmbiguousNam } from "./ambiguous-nam";
import { rowClassifier } from "./classify-row";
import { isColumnNumberRow, type HeaderLayout } from "./detect-header";
import { moneyUnitScale } from "./numbers";
import { readActivity, readDate, type ActivityContext } from "./read-activity";
import { yearFromSheet } from "./sheet-year";
import { TotalScopes } from "./total-scope";
import type { Activity, TotalRow, TrackingTable } from "./types";

interface ReadOptions {
  date1904: boolean;
  plan: PlanModel;
}

/**
 * Read the data rows under a header: blank rows and column-number rows skipped, section headings
 * setting the task of the rows below, total rows kept apart, reading stopped at the signature block
 * or at the header of another table. Each row is classified once, then handled here.
 */
export function readTable(sheet: SheetSnapshot, layout: HeaderLayout, opts: ReadOptions): TrackingTable & { nextHeaderRow: number | null } {
  const { plan, date1904 } = opts;
  let first = layout.headerRow + layout.headerRows;
  resolveAmbiguousNam(sheet, layout, first);
  const cols = layout.columns;
  const hasStatusColumn = cols.status !== undefined;
  // The money unit: in the budget header ("Kinh phí (triệu đồng)"), else on the unit line above it.
  const budgetScale = cols.budget !== undefined ? (moneyUnitScale(layout.headers.budget ?? "") ?? moneyUnitScale(layout.unitLine ?? "") ?? 1) : 1;
  const sheetYear = yearFromSheet(sheet, layout.searchFrom, layout.headerRow);
  const ctx: ActivityContext = { plan, date1904, sheetYear, headingTask: null, budgetScale, hasStatusColumn, dateCache: new Map() };
  const classify = rowClassifier(sheet, layout, ctx);
  const activities: Activity[] = [];
  const hiddenActivities: Activity[] = [];
  const totals: TotalRow[] = [];
  let section: string | null = null;
  let headingTask: string | null = null;
  const scopes = new TotalScopes();
  let lastRow = layout.headerRow + layout.headerRows - 1;
  let nextHeaderRow: number | null = null;

  const firstRow = sheet.values[first - 1];
  if (firstRow && isColumnNumberRow(firstRow)) first++;

  rows: for (let r = first; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1];
    const kind = classify(row, r, section);
    switch (kind.kind) {
      case "blank":
        continue;
      case "signature":
        break rows;
      case "next-table":
        nextHeaderRow = r;
        break rows;
      case "repeated-header":
        r += kind.rows - 1;
        continue;
      case "total": {
        lastRow = r;
        const scope = scopes.total(activities.length, kind.label);
        totals.push({ sheet: sheet.name, row: r, columns: cols, raw: kind.raw, from: scope.from, to: scope.to, parts: scope.parts });
        continue;
      }
      case "heading":
        section = kind.heading.section;
        headingTask = kind.heading.id;
        scopes.heading(activities.length, kind.period);
        continue;
      case "activity": {
        ctx.headingTask = headingTask;
        const activity = readActivity(sheet, r, kind.raw, cols, ctx);
        // A hidden row (a cancelled draft kept out of sight) is no activity; Excel's SUM still adds it.
        if (inSpans(sheet.hiddenRows, r)) {
          hiddenActivities.push(activity);
          continue;
        }
        if (layout.dateEndCol !== null && activity.date) {
          // "Thời gian" split into "Từ ngày | Đến ngày": the span runs to the end date.
          const end = readDate(row?.[layout.dateEndCol - 1] ?? null, ctx, activity.year);
          if (end && end.end >= activity.date.start) activity.date = { start: activity.date.start, end: end.end, precision: "range" };
        }
        activities.push(activity);
        lastRow = r; // headings after the last activity may be the title of the next table
      }
    }
  }

  return {
    sheet: sheet.name,
    headerRow: layout.headerRow,
    headerRows: layout.headerRows,
    firstDataRow: first,
    lastRow,
    columns: cols,
    headers: layout.headers,
    budgetScale,
    activities,
    totals,
    hasStatusColumn,
    nextHeaderRow,
    ...(hiddenActivities.length > 0 ? { hiddenActivities } : {}),
  };
}
