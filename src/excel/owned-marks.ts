import { isMarkerName, MARKER_ADDRESS, OWNED_SHEET_MARKER, ownedSheetOf } from "../core/owned-sheet-mark";
import { isOwnSheet, SIGNATURE_ADDRESS } from "../core/report/form-signature";

/**
 * The add-in's mark on the sheets it writes, in Office.js: the same workbook-scoped defined name
 * `BDG_REPORT_<n>` -> 'Sheet'!$A$1:$J$50 as the .xlsx side writes (docs/file-format.md), so that both
 * adapters recognise each other's report sheets. Reading a name's reference needs
 * NamedItem.formula (ExcelApi 1.7); adding one needs names.add (ExcelApi 1.4).
 */

export interface SheetInfo {
  name: string;
  /** Worksheet.id: stays when the sheet is renamed. */
  id: string;
  protected: boolean;
}

export interface WorkbookSheets {
  /** Sheet names in tab order. */
  names: string[];
  /** The sheets in tab order, with id and protection (ExcelApi 1.2). */
  sheets: SheetInfo[];
  /** Sheets that carry the mark and still look like the add-in's (form-signature.ts). */
  owned: Set<string>;
  /** The marker names and the sheet each designates (null: broken, #REF!). */
  markers: Array<{ name: string; sheet: string | null }>;
  /** Every defined name, upper case (Excel names are case-insensitive). */
  takenNames: Set<string>;
}

/**
 * Queue the loads; call the returned function after the sync. It checks the first cells of the
 * marked sheets (one more sync, only when there are marked sheets: the number of syncs does not
 * grow with the workbook), so that a user's sheet that carries a mark is never taken for a report.
 */
export function queueWorkbookSheets(context: Excel.RequestContext): () => Promise<WorkbookSheets> {
  const marked = queueMarkedSheets(context);
  return async () => {
    const info = marked();
    if (info.owned.size === 0) return info;
    const heads = [...info.owned].map((name) => {
      const range = context.workbook.worksheets.getItem(name).getRange(SIGNATURE_ADDRESS);
      range.load("values");
      return { name, range };
    });
    await context.sync();
    for (const h of heads) if (!isOwnSheet(h.name, h.range.values)) info.owned.delete(h.name);
    return info;
  };
}

function queueMarkedSheets(context: Excel.RequestContext): () => WorkbookSheets {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => {
    const markers: WorkbookSheets["markers"] = [];
    const owned = new Set<string>();
    const takenNames = new Set<string>();
    for (const n of names.items) {
      takenNames.add(n.name.toUpperCase());
      if (!isMarkerName(n.name)) continue;
      const sheet = ownedSheetOf(n.name, typeof n.formula === "string" ? n.formula : "");
      markers.push({ name: n.name, sheet });
      if (sheet !== null) owned.add(sheet);
    }
    const list = sheets.items.map((s) => s.name);
    for (const o of [...owned]) if (!list.includes(o)) owned.delete(o);
    const infos = sheets.items.map((s) => ({ name: s.name, id: s.id, protected: s.protection.protected }));
    return { names: list, sheets: infos, owned, markers, takenNames };
  };
}

/** The first free marker name, taken into account at once (several sheets marked in one batch). */
export function takeMarkerName(taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${OWNED_SHEET_MARKER}_${n}`)) n++;
  const name = `${OWNED_SHEET_MARKER}_${n}`;
  taken.add(name);
  return name;
}

/** Queue marking a sheet as the add-in's. */
export function queueMark(context: Excel.RequestContext, sheet: Excel.Worksheet, taken: Set<string>): void {
  context.workbook.names.add(takeMarkerName(taken), sheet.getRange(MARKER_ADDRESS));
}

/** Queue removing the marks of a sheet (before deleting it, so that no #REF! name is left behind). */
export function queueUnmark(context: Excel.RequestContext, info: WorkbookSheets, sheetName: string): void {
  for (const m of info.markers) {
    if (m.sheet === sheetName) {
      context.workbook.names.getItem(m.name).delete();
      info.takenNames.delete(m.name.toUpperCase());
    }
  }
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;

const MAX_SHEET_NAME = 31;

/** A name Excel accepts for a sheet: 1 to 31 characters, none of []:*?/\, no apostrophe at either end, not "History". */
export function excelSheetName(wanted: string): string {
  const name = wanted.replace(BAD_SHEET_CHARS, "-").replace(/^'+|'+$/g, "").slice(0, MAX_SHEET_NAME).replace(/'+$/, "");
  return name === "" || name.toLowerCase() === "history" ? "BDG" : name;
}

/** A sheet name Excel accepts, not taken by another sheet (ignoring case). */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((s) => s.toLowerCase()));
  const base = excelSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
