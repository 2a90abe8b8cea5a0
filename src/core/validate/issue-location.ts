import type { Issue } from "./issue";

/**
 * Where an issue points, read once for every front end: a cell, a row (no single cell, e.g. a
 * table's header row), a sheet, an obligation (a task in a year, or over the whole period), or
 * the whole workbook. The pane selects and names it, the command line prints "Sheet!F12", the
 * report cites "trang … ô F12" or "dòng 12".
 */
export type IssueLocation =
  | { kind: "cell"; sheet: string; cell: string; row: number | null }
  | { kind: "row"; sheet: string; row: number }
  | { kind: "sheet"; sheet: string }
  | { kind: "obligation"; taskId: string; year: number | null }
  | { kind: "workbook" };

export function issueLocation(i: Issue): IssueLocation {
  if (i.sheet !== undefined) {
    if (i.cell) return { kind: "cell", sheet: i.sheet, cell: i.cell, row: i.row ?? null };
    if (i.row) return { kind: "row", sheet: i.sheet, row: i.row };
    return { kind: "sheet", sheet: i.sheet };
  }
  if (i.taskId) return { kind: "obligation", taskId: i.taskId, year: i.year ?? null };
  return { kind: "workbook" };
}

/** The cell to select for an issue on a sheet: its cell, the first cell of its row, or A1; null off the sheets. */
export function issueCell(loc: IssueLocation): { sheet: string; cell: string } | null {
  switch (loc.kind) {
    case "cell":
      return { sheet: loc.sheet, cell: loc.cell };
    case "row":
      return { sheet: loc.sheet, cell: `A${loc.row}` };
    case "sheet":
      return { sheet: loc.sheet, cell: "A1" };
    default:
      return null;
  }
}
