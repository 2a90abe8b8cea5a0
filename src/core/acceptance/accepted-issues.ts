/**
 * Issues a user reviewed and accepted, with a reason ("đã xác minh: hoạt động gộp hai đợt"). They
 * are kept in the workbook's settings ("bdg.acceptedIssues"), keyed by the rule and by what the
 * issue is about — the sheet, the column and the text of the row, not the row number — so that an
 * acceptance survives rows inserted above and lapses when the row itself is edited. Accepted
 * issues are shown apart and counted in no error total; accepting is reversible.
 */
import type { WorkbookSnapshot } from "../snapshot";
import type { Issue } from "../validate/issue";
import { issueLocation } from "../validate/issue-location";

export const ACCEPTED_SETTING = "bdg.acceptedIssues";

export interface Acceptance {
  rule: string;
  /** "Sheet!G" for a cell, "Sheet" for a row or sheet, "task:II.1" for a task and year, "" for the workbook. */
  where: string;
  /** The row's cells as text (a cell or row issue), the year (a task), else "". */
  content: string;
  reason: string;
}

const SEP = "\u001f";

function rowText(book: WorkbookSnapshot | null, sheet: string, row: number): string {
  const values = book?.sheets.find((s) => s.name === sheet)?.values[row - 1] ?? [];
  const cells = values.map((v) => (v === null || v === undefined ? "" : String(v).trim()));
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells.join(SEP);
}

/** What an issue is about, independent of where its row sits now. */
export function issueKey(issue: Issue, book: WorkbookSnapshot | null): { rule: string; where: string; content: string } {
  const at = issueLocation(issue);
  switch (at.kind) {
    case "cell": {
      const col = at.cell.replace(/\d+$/, "");
      const row = at.row ?? Number(at.cell.slice(col.length));
      return { rule: issue.rule, where: `${at.sheet}!${col}`, content: rowText(book, at.sheet, row) };
    }
    case "row":
      return { rule: issue.rule, where: at.sheet, content: rowText(book, at.sheet, at.row) };
    case "sheet":
      return { rule: issue.rule, where: at.sheet, content: "" };
    case "obligation":
      // A quarter, half or window of the year is its own obligation: accepting one does not accept the others.
      return { rule: issue.rule, where: `task:${at.taskId}`, content: at.year === null ? "" : String(at.year) + (issue.part !== undefined ? `/${issue.part}` : "") };
    default:
      return { rule: issue.rule, where: "", content: "" };
  }
}

const same = (a: { rule: string; where: string; content: string }, b: { rule: string; where: string; content: string }) =>
  a.rule === b.rule && a.where === b.where && a.content === b.content;

/** The acceptances saved in a workbook; anything unreadable counts as none (nothing is hidden by mistake). */
export function parseAcceptances(text: string | null | undefined): Acceptance[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.filter(
    (x): x is Acceptance =>
      typeof x === "object" &&
      x !== null &&
      typeof (x as Acceptance).rule === "string" &&
      typeof (x as Acceptance).where === "string" &&
      typeof (x as Acceptance).content === "string" &&
      typeof (x as Acceptance).reason === "string",
  );
}

export function serializeAcceptances(list: readonly Acceptance[]): string | null {
  return list.length === 0 ? null : JSON.stringify({ version: 1, items: list });
}

/** The list with this issue accepted for this reason (an earlier acceptance of it replaced). */
export function withAccepted(list: readonly Acceptance[], issue: Issue, book: WorkbookSnapshot | null, reason: string): Acceptance[] {
  const key = issueKey(issue, book);
  return [...list.filter((a) => !same(a, key)), { ...key, reason: reason.trim() }];
}

/** The list without this issue's acceptance: the issue is open again. */
export function withoutAccepted(list: readonly Acceptance[], issue: Issue, book: WorkbookSnapshot | null): Acceptance[] {
  const key = issueKey(issue, book);
  return list.filter((a) => !same(a, key));
}

export interface AcceptedIssue {
  issue: Issue;
  reason: string;
}

/** The issues still open, and those accepted (with their reason), in the order given. */
export function splitAccepted(issues: readonly Issue[], book: WorkbookSnapshot | null, list: readonly Acceptance[]): { open: Issue[]; accepted: AcceptedIssue[] } {
  if (list.length === 0) return { open: [...issues], accepted: [] };
  const open: Issue[] = [];
  const accepted: AcceptedIssue[] = [];
  for (const issue of issues) {
    const key = issueKey(issue, book);
    const found = list.find((a) => same(a, key));
    if (found) accepted.push({ issue, reason: found.reason });
    else open.push(issue);
  }
  return { open, accepted };
}

