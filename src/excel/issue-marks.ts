import type { Issue, Severity } from "../core/validate/issue";
import type { ExcelHost } from "./excel-host";

/**
 * Marking issues on the sheets (a fill colour on each cell with an issue) and taking the marks
 * off again, restoring exactly the fills that were there. What was there is kept in a workbook
 * setting, so the marks can be cleared in a later session too. A cell whose fill the user changed
 * after marking is left as the user made it. Three syncs each, whatever the number of cells.
 */

export const MARKS_SETTING = "bdg.marks";

/** Light red, yellow, blue: Excel's own "bad", "neutral" and a pale accent. */
export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A marked cell and the fill it had before. */
interface MarkRecord {
  sheet: string;
  cell: string;
  /** The fill the add-in put. */
  mark: string;
  /** The fill before: a colour, or null for no fill. */
  before: string | null;
}

const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/i;

function parseMarks(value: unknown): MarkRecord[] {
  let raw = value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (m): m is MarkRecord =>
      typeof m === "object" && m !== null && typeof m.sheet === "string" && typeof m.cell === "string" && CELL.test(m.cell) && typeof m.mark === "string" && (m.before === null || typeof m.before === "string"),
  );
}

const key = (sheet: string, cell: string): string => `${sheet}\u0000${cell.replace(/\$/g, "").toUpperCase()}`;

async function loadState(context: Excel.RequestContext): Promise<{ sheets: Set<string>; marks: MarkRecord[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  await context.sync();
  return { sheets: new Set(sheets.items.map((s) => s.name)), marks: setting.isNullObject ? [] : parseMarks(setting.value) };
}

function sameColour(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}

/** Mark the cells of these issues; returns how many cells carry a mark now. */
export async function markIssueCells(context: Excel.RequestContext, host: ExcelHost, issues: readonly Issue[]): Promise<number> {
  const { sheets, marks } = await loadState(context);
  // One mark per cell, in the colour of its worst issue.
  const wanted = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const i of issues) {
    if (!i.sheet || !i.cell || !CELL.test(i.cell) || !sheets.has(i.sheet)) continue;
    const k = key(i.sheet, i.cell);
    const prev = wanted.get(k);
    if (!prev || RANK[i.severity] > RANK[prev.severity]) wanted.set(k, { sheet: i.sheet, cell: i.cell.replace(/\$/g, "").toUpperCase(), severity: i.severity });
  }
  const known = new Map(marks.map((m) => [key(m.sheet, m.cell), m]));
  const fresh = [...wanted.values()].filter((w) => !known.has(key(w.sheet, w.cell)));
  const fills = fresh.map((w) => {
    const fill = context.workbook.worksheets.getItem(w.sheet).getRange(w.cell).format.fill;
    fill.load(host.supports("1.9") ? "color,pattern" : "color");
    return fill;
  });
  await context.sync();

  fresh.forEach((w, i) => {
    const f = fills[i];
    const none = host.supports("1.9") ? f.pattern === "None" : false;
    known.set(key(w.sheet, w.cell), { sheet: w.sheet, cell: w.cell, mark: MARK_FILL[w.severity], before: none ? null : (f.color ?? null) });
  });
  for (const w of wanted.values()) {
    const rec = known.get(key(w.sheet, w.cell)) as MarkRecord;
    rec.mark = MARK_FILL[w.severity];
    context.workbook.worksheets.getItem(w.sheet).getRange(w.cell).format.fill.color = rec.mark;
  }
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify([...known.values()]));
  await context.sync();
  return known.size;
}

/** Take off the marks markIssueCells put, restoring the fills; returns how many cells were restored. */
export async function clearIssueMarks(context: Excel.RequestContext): Promise<number> {
  const { sheets, marks } = await loadState(context);
  if (marks.length === 0) return 0;
  const present = marks.filter((m) => sheets.has(m.sheet));
  const fills = present.map((m) => {
    const fill = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell).format.fill;
    fill.load("color");
    return fill;
  });
  await context.sync();
  let restored = 0;
  present.forEach((m, i) => {
    const fill = fills[i];
    // The user recoloured it since: theirs now.
    if (!sameColour(fill.color, m.mark)) return;
    if (m.before === null) fill.clear();
    else fill.color = m.before;
    restored++;
  });
  context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  return restored;
}
