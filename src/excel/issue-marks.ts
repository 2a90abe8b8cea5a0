import type { Locale } from "../core/i18n/locale";
import type { Issue, Severity } from "../core/validate/issue";
import type { ExcelHost } from "./excel-host";
import { excelMessages, quotedList } from "./excel-messages";
import { readMarkRecords, recordsSetting, type Fill, type MarkRecord, MARKS_SETTING } from "./mark-records";
import type { ClearMarksResult, MarkResult } from "./workbook-service";

/**
 * Marking issues on the sheets (a fill on each cell with an issue) and taking the marks off again,
 * restoring exactly the fills that were there (colour, pattern, pattern colour and tints). What
 * was there is saved in a workbook setting, in its own sync, before any cell is coloured, so that
 * a failure half-way never leaves a changed fill without its record. Records are keyed by the
 * sheet's id, so a renamed sheet is still restored. Protected sheets are skipped and said so; a
 * record that cannot be restored yet is kept. A cell whose fill the user changed after marking is
 * left as the user made it. The number of marks is capped so the setting stays small and every
 * request stays under Excel on the web's 5 MB.
 */

export { MARKS_SETTING };

/** Light red, yellow, blue: Excel's own "bad", "neutral" and a pale accent. */
export const MARK_FILL: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** At most this many marked cells (about 150 bytes of setting each). */
export const MAX_MARKS = 5000;
/** Fill commands per sync on Excel on the web (a few hundred bytes each, far under 5 MB). */
export const WEB_FILLS_PER_SYNC = 2000;

const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/i;
const FILL_PROPS_FULL = "color,pattern,patternColor,tintAndShade,patternTintAndShade";

interface SheetState {
  name: string;
  id: string;
  protected: boolean;
}

interface State {
  sheets: SheetState[];
  records: MarkRecord[];
}

const keyOf = (sheetId: string, cell: string): string => `${sheetId}\u0000${cell}`;
const cellOf = (cell: string): string => cell.replace(/\$/g, "").toUpperCase();

async function loadState(context: Excel.RequestContext): Promise<State> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load("value");
  await context.sync();
  const list = sheets.items.map((s) => ({ name: s.name, id: s.id, protected: s.protection.protected }));
  return { sheets: list, records: setting.isNullObject ? [] : readMarkRecords(setting.value, list) };
}

function rangeOf(context: Excel.RequestContext, sheetId: string, cell: string): Excel.Range {
  return context.workbook.worksheets.getItem(sheetId).getRange(cell);
}

/** Run queued fill commands in syncs small enough for the web. */
async function inChunks<T>(context: Excel.RequestContext, host: ExcelHost, items: readonly T[], queue: (item: T) => void): Promise<void> {
  const per = host.onTheWeb ? WEB_FILLS_PER_SYNC : Number.POSITIVE_INFINITY;
  for (let i = 0; i < items.length; i += per) {
    for (const it of items.slice(i, i + per)) queue(it);
    await context.sync();
  }
}

function fillOf(f: Excel.RangeFill, full: boolean): Fill | null {
  if (!full) return f.color === "#FFFFFF" ? null : { color: f.color, pattern: "Solid" };
  if (f.pattern === "None") return null;
  return { color: f.color, pattern: f.pattern, patternColor: f.patternColor, tintAndShade: f.tintAndShade, patternTintAndShade: f.patternTintAndShade };
}

/** Mark the cells of these issues in the colour of their worst issue. */
export async function markIssueCells(context: Excel.RequestContext, host: ExcelHost, issues: readonly Issue[], locale?: Locale): Promise<MarkResult> {
  const m = excelMessages(locale);
  const { sheets, records } = await loadState(context);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const skipped = new Set<string>();
  const wanted = new Map<string, { sheetId: string; sheet: string; cell: string; severity: Severity }>();
  for (const i of issues) {
    const sheet = i.sheet === undefined ? undefined : byName.get(i.sheet);
    if (!sheet || !i.cell || !CELL.test(i.cell)) continue;
    if (sheet.protected) {
      skipped.add(sheet.name);
      continue;
    }
    const k = keyOf(sheet.id, cellOf(i.cell));
    const prev = wanted.get(k);
    if (!prev || RANK[i.severity] > RANK[prev.severity]) wanted.set(k, { sheetId: sheet.id, sheet: sheet.name, cell: cellOf(i.cell), severity: i.severity });
  }
  const known = new Map(records.map((r) => [keyOf(r.sheetId, r.cell), r]));
  const fresh = [...wanted.entries()].filter(([k]) => !known.has(k));
  const room = Math.max(0, MAX_MARKS - known.size);
  const taken = fresh.slice(0, room);
  const left = fresh.length - taken.length;
  for (const [k] of fresh.slice(room)) wanted.delete(k);

  // What each fresh cell has now.
  const full = host.supports("1.9");
  const fills = taken.map(([, w]) => {
    const fill = rangeOf(context, w.sheetId, w.cell).format.fill;
    fill.load(full ? FILL_PROPS_FULL : "color");
    return fill;
  });
  await context.sync();
  taken.forEach(([k, w], i) => known.set(k, { sheetId: w.sheetId, sheet: w.sheet, cell: w.cell, mark: MARK_FILL[w.severity], before: fillOf(fills[i], full) }));
  for (const [k, w] of wanted) {
    const rec = known.get(k);
    if (rec) rec.mark = MARK_FILL[w.severity];
  }

  // The record first, in a sync of its own; then the fills.
  context.workbook.settings.add(MARKS_SETTING, recordsSetting([...known.values()]));
  await context.sync();
  await inChunks(context, host, [...wanted.keys()], (k) => {
    const rec = known.get(k);
    if (rec) rangeOf(context, rec.sheetId, rec.cell).format.fill.color = rec.mark;
  });

  const notes: string[] = [];
  if (skipped.size > 0) notes.push(m.marksSkippedProtected({ sheets: quotedList([...skipped]) }));
  if (left > 0) notes.push(m.marksCapped({ max: MAX_MARKS, left }));
  return { marked: known.size, notes };
}

function sameColour(a: string | null | undefined, b: string): boolean {
  return typeof a === "string" && a.toUpperCase() === b.toUpperCase();
}

function restore(fill: Excel.RangeFill, before: Fill | null, full: boolean): void {
  fill.clear();
  if (before === null) return;
  fill.color = before.color;
  if (!full) return;
  if (before.pattern !== "Solid") fill.pattern = before.pattern as Excel.FillPattern;
  if (before.patternColor !== undefined && before.pattern !== "Solid") fill.patternColor = before.patternColor;
  if (before.tintAndShade) fill.tintAndShade = before.tintAndShade;
  if (before.patternTintAndShade) fill.patternTintAndShade = before.patternTintAndShade;
}

/** Take off the marks markIssueCells put, restoring the fills. */
export async function clearIssueMarks(context: Excel.RequestContext, host: ExcelHost, locale?: Locale): Promise<ClearMarksResult> {
  const { sheets, records } = await loadState(context);
  if (records.length === 0) return { restored: 0, notes: [] };
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const ready = records.filter((r) => byId.get(r.sheetId)?.protected === false);
  const kept = records.filter((r) => !ready.includes(r));
  const full = host.supports("1.9");
  const fills = ready.map((r) => {
    const fill = rangeOf(context, r.sheetId, r.cell).format.fill;
    fill.load("color");
    return fill;
  });
  await context.sync();
  // The user recoloured a cell since: theirs now, and its record goes.
  const restorable = ready.filter((r, i) => sameColour(fills[i].color, r.mark));
  await inChunks(context, host, restorable, (r) => restore(rangeOf(context, r.sheetId, r.cell).format.fill, r.before, full));

  if (kept.length > 0) context.workbook.settings.add(MARKS_SETTING, recordsSetting(kept));
  else context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  const keptSheets = [...new Set(kept.map((r) => byId.get(r.sheetId)?.name ?? r.sheet))];
  return { restored: restorable.length, notes: keptSheets.length > 0 ? [excelMessages(locale).marksKept({ sheets: quotedList(keptSheets) })] : [] };
}
