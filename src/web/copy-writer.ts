import type { ListSheetTexts } from "../core/i18n/table-messages";
import { listNoteColumn } from "../core/report/form-signature";
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../core/report/sheet-spec";
import type { Issue, Severity } from "../core/validate/issue";
import { MARK_FILL, MARKS_SETTING } from "../excel/issue-marks";
import { freeSheetName } from "../excel/owned-marks";
import type { TemplateLists, WriteReportResult } from "../excel/workbook-service";
import { markSheetOwned, ownedSheetNames } from "../xlsx/owned-sheets";
import { addReportSheetsToPackage } from "../xlsx/report-package";
import { writeSheetSpec } from "../xlsx/write-report";
import { writeOfficeSettings, type OfficeSettings } from "./office-settings";

/**
 * The copies the page hands back, made with exceljs from the original's bytes (which are never
 * changed): marked issues, marks taken off, report sheets added, a tracking template inserted.
 * Every copy carries the add-in's settings (office-settings.ts) so the add-in reads the same
 * column corrections, profile and marks when the copy is opened in an Excel that runs it.
 */

export type ExcelJsLib = typeof ExcelJS;

/** A mark as the add-in records it in its `bdg.marks` setting (src/excel/issue-marks.ts). */
interface MarkRecord {
  sheet: string;
  cell: string;
  mark: string;
  before: string | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/i;
/** Notes the page writes start with this, so that taking the marks off finds them again. */
export const NOTE_PREFIX = "BĐG: ";

async function load(lib: ExcelJsLib, original: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new lib.Workbook();
  await wb.xlsx.load(original as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook, original: Uint8Array, settings: OfficeSettings): Promise<Uint8Array> {
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return writeOfficeSettings(written, original, settings);
}

function argbOf(colour: string): string {
  return "FF" + colour.replace(/^#/, "").toUpperCase();
}

/** A cell's solid fill colour as "#RRGGBB", or null for no fill (what the add-in records as "before"). */
function fillColour(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern === "none") return null;
  const argb = f.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function parseMarks(text: string | undefined): MarkRecord[] {
  if (!text) return [];
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (m): m is MarkRecord =>
        typeof m === "object" && m !== null && typeof m.sheet === "string" && typeof m.cell === "string" && CELL.test(m.cell) && typeof m.mark === "string" && (m.before === null || typeof m.before === "string"),
    );
  } catch {
    return [];
  }
}

const keyOf = (sheet: string, cell: string) => `${sheet}\u0000${cell.replace(/\$/g, "").toUpperCase()}`;

/** Set one cell's fill without touching cells that share its style object. */
function setFill(cell: ExcelJS.Cell, colour: string | null): void {
  const style = { ...cell.style };
  if (colour === null) delete style.fill;
  else style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(colour) } };
  cell.style = style as ExcelJS.Style;
}

/** A note's text, whether exceljs holds it as a string (set here) or as rich text (loaded). */
function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => (typeof t === "string" ? t : t.text)).join("");
}

/** exceljs has no API to delete a note: assigning creates an empty one; the cell's own comment slot is cleared instead (exceljs 4.4 is pinned). */
function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  // Some value kinds keep the model they were loaded from, comment included.
  if (internals._value?.model && "comment" in internals._value.model) delete internals._value.model.comment;
}

export interface MarkedCopy {
  bytes: Uint8Array;
  /** Cells marked now. */
  cells: number;
}

/** A copy with every issue's cell filled in its worst severity's colour and a note listing the issues. */
export async function markedCopy(lib: ExcelJsLib, original: Uint8Array, issues: readonly Issue[], settings: OfficeSettings): Promise<MarkedCopy> {
  const wb = await load(lib, original);
  const wanted = new Map<string, { sheet: string; cell: string; severity: Severity; messages: string[] }>();
  for (const i of issues) {
    if (!i.sheet || !i.cell || !CELL.test(i.cell) || !wb.getWorksheet(i.sheet)) continue;
    const k = keyOf(i.sheet, i.cell);
    const w = wanted.get(k) ?? { sheet: i.sheet, cell: i.cell.replace(/\$/g, "").toUpperCase(), severity: i.severity, messages: [] };
    if (RANK[i.severity] > RANK[w.severity]) w.severity = i.severity;
    if (!w.messages.includes(i.message)) w.messages.push(i.message);
    wanted.set(k, w);
  }
  const known = new Map(parseMarks(settings.get(MARKS_SETTING)).map((m) => [keyOf(m.sheet, m.cell), m]));
  for (const [k, w] of wanted) {
    const cell = (wb.getWorksheet(w.sheet) as ExcelJS.Worksheet).getCell(w.cell);
    const rec = known.get(k) ?? { sheet: w.sheet, cell: w.cell, mark: MARK_FILL[w.severity], before: fillColour(cell) };
    rec.mark = MARK_FILL[w.severity];
    known.set(k, rec);
    setFill(cell, rec.mark);
    cell.note = NOTE_PREFIX + w.messages.join("\n");
  }
  const next = new Map(settings);
  next.set(MARKS_SETTING, JSON.stringify([...known.values()]));
  return { bytes: await save(wb, original, next), cells: known.size };
}

/** A copy with the marks the add-in or this page made taken off (fills restored, the page's notes removed). */
export async function clearedCopy(lib: ExcelJsLib, original: Uint8Array, settings: OfficeSettings): Promise<{ bytes: Uint8Array | null; cells: number }> {
  const marks = parseMarks(settings.get(MARKS_SETTING));
  if (marks.length === 0) return { bytes: null, cells: 0 };
  const wb = await load(lib, original);
  let restored = 0;
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.cell);
    if (noteText(cell).startsWith(NOTE_PREFIX)) removeNote(cell);
    // A cell the user recoloured since is theirs now, as in the add-in.
    if (fillColour(cell)?.toUpperCase() !== m.mark.toUpperCase()) continue;
    setFill(cell, m.before);
    restored++;
  }
  const next = new Map(settings);
  next.delete(MARKS_SETTING);
  return { bytes: await save(wb, original, next), cells: restored };
}

/**
 * A copy with the report sheets added (only the add-in's own report sheets of the same names are
 * replaced), made as the command line makes it: the report's parts are added to the user's own
 * package and every other part is kept byte for byte. The full exceljs must be loaded first
 * (loadExcelJs): the report sheets themselves are drawn by it.
 */
export async function reportCopy(
  original: Uint8Array,
  specs: readonly SheetSpec[],
  settings: OfficeSettings,
  ownSheets: ReadonlySet<string>,
): Promise<{ bytes: Uint8Array; result: WriteReportResult }> {
  const input = Buffer.from(original.buffer, original.byteOffset, original.byteLength);
  const { bytes, result } = await addReportSheetsToPackage(input, specs, ownSheets);
  return { bytes: writeOfficeSettings(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), original, settings), result };
}

/** A copy with a tracking template sheet and its dropdown lists (on a hidden list sheet, as the add-in does). */
export async function templateCopy(
  lib: ExcelJsLib,
  original: Uint8Array,
  spec: SheetSpec,
  lists: TemplateLists,
  listTexts: ListSheetTexts,
  settings: OfficeSettings,
): Promise<{ bytes: Uint8Array; sheet: string }> {
  const wb = await load(lib, original);
  const taken = wb.worksheets.map((w) => w.name);
  const name = freeSheetName(spec.name, taken);
  const ws = wb.addWorksheet(name);
  writeSheetSpec(ws, spec);
  const owned = ownedSheetNames(wb);
  const existing = taken.find((n) => n.toLowerCase() === listTexts.name.toLowerCase());
  let listSheet: ExcelJS.Worksheet;
  if (existing !== undefined && owned.has(existing)) {
    listSheet = wb.getWorksheet(existing) as ExcelJS.Worksheet;
    listSheet.eachRow((row) => row.eachCell((c) => (c.value = null)));
  } else {
    listSheet = wb.addWorksheet(freeSheetName(listTexts.name, [...taken, name]), { state: "hidden" });
    markSheetOwned(wb, listSheet.name);
  }
  listSheet.getCell(1, listNoteColumn(lists)).value = listTexts.note;
  const quoted = `'${listSheet.name.replace(/'/g, "''")}'`;
  lists.lists.forEach((l, i) => {
    if (l.values.length === 0) return;
    const col = i + 1;
    l.values.forEach((v, r) => (listSheet.getCell(r + 1, col).value = v));
    if (lists.lastDataRow < lists.firstDataRow) return;
    const letter = ws.getColumn(col).letter;
    const target = ws.getColumn(l.col).letter;
    const range = `${target}${lists.firstDataRow}:${target}${lists.lastDataRow}`;
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [`${quoted}!$${letter}$1:$${letter}$${l.values.length}`],
    });
  });
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: wb.worksheets.indexOf(ws), visibility: "visible" }];
  return { bytes: await save(wb, original, settings), sheet: name };
}
