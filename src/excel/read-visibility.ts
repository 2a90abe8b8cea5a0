import { joinSpans, type LineSpan } from "../core/snapshot";
import type { Block, UsedArea } from "./read-requests";

/**
 * Which rows and columns of a used range are hidden, read in the syncs the values already take:
 * the used range's `rowHidden` / `columnHidden` (ExcelApi 1.2) go with the used range itself and
 * say "none", "all" or "some" (null); only for "some" are the rows' and columns' own flags read,
 * with `Range.getRowProperties` / `getColumnProperties` (ExcelApi 1.9, the add-in's minimum), one
 * call per block of rows already read for its values and one per sheet for its columns. The number
 * of context.sync() calls therefore does not change.
 */
export interface Visibility {
  /** The used range's rowHidden: false none, true all, null some. */
  rows: boolean | null;
  columns: boolean | null;
  hiddenRows: LineSpan[];
  hiddenColumns: LineSpan[];
}

/** What the used range said, once loaded with "rowHidden,columnHidden"; every row and column hidden when "all". */
export function visibilityOf(range: Excel.Range, used: UsedArea): Visibility {
  const v: Visibility = { rows: range.rowHidden, columns: range.columnHidden, hiddenRows: [], hiddenColumns: [] };
  if (v.rows === true) v.hiddenRows.push({ from: used.row + 1, to: used.row + used.rows });
  if (v.columns === true) v.hiddenColumns.push({ from: used.col + 1, to: used.col + used.cols });
  return v;
}

/** Queue the flags of each column of a used range where some are hidden; returns what stores them after the sync. */
export function queueColumnFlags(range: Excel.Range, used: UsedArea, v: Visibility): (() => void) | null {
  if (v.columns !== null) return null;
  const props = range.getRow(0).getColumnProperties({ columnIndex: true, columnHidden: true });
  return () => {
    props.value.forEach((p, i) => {
      if (p.columnHidden === true) v.hiddenColumns.push(lineAt(p.columnIndex, used.col + i));
    });
    v.hiddenColumns = joinSpans(v.hiddenColumns);
  };
}

/** Queue the flags of the rows of one block (read through its first column) where some rows are hidden. */
export function queueRowFlags(ws: Excel.Worksheet, b: Block, v: Visibility): (() => void) | null {
  if (v.rows !== null) return null;
  const props = ws.getRangeByIndexes(b.row, b.col, b.rows, 1).getRowProperties({ rowIndex: true, rowHidden: true });
  return () => {
    props.value.forEach((p, i) => {
      if (p.rowHidden === true) v.hiddenRows.push(lineAt(p.rowIndex, b.row + i));
    });
    v.hiddenRows = joinSpans(v.hiddenRows);
  };
}

/** A 0-based index as Excel gave it (or the position it was asked for) as a 1-based line. */
function lineAt(index: number | undefined, fallback: number): LineSpan {
  const n = (typeof index === "number" ? index : fallback) + 1;
  return { from: n, to: n };
}
