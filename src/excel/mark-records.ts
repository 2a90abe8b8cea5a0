/**
 * The saved record of issue marks (the workbook setting "bdg.marks"): for each marked cell, the
 * sheet's id (Worksheet.id, which stays when the sheet is renamed), its name then (for messages),
 * the cell, the fill the add-in put and the whole fill that was there before. Records written by
 * earlier versions (keyed by sheet name, colour only) are read too.
 */
export const MARKS_SETTING = "bdg.marks";

/** A fill as RangeFill has it (pattern and the tints: ExcelApi 1.9). */
export interface Fill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface MarkRecord {
  sheetId: string;
  sheet: string;
  cell: string;
  mark: string;
  /** null: no fill. */
  before: Fill | null;
}

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const VERSION = 2;

function isFill(v: unknown): v is Fill {
  const f = v as Partial<Fill> | null;
  return typeof f === "object" && f !== null && typeof f.color === "string" && typeof f.pattern === "string";
}

function parseRecord(raw: unknown, idOfName: (name: string) => string | undefined): MarkRecord | null {
  const r = raw as Record<string, unknown> | null;
  if (typeof r !== "object" || r === null || typeof r.sheet !== "string" || typeof r.cell !== "string" || typeof r.mark !== "string") return null;
  const cell = r.cell.replace(/\$/g, "").toUpperCase();
  if (!CELL.test(cell)) return null;
  // Earlier records: the sheet by name and the colour alone.
  const sheetId = typeof r.sheetId === "string" ? r.sheetId : idOfName(r.sheet);
  if (sheetId === undefined) return null;
  let before: Fill | null;
  if (r.before === null) before = null;
  else if (typeof r.before === "string") before = { color: r.before, pattern: "Solid" };
  else if (isFill(r.before)) before = r.before;
  else return null;
  return { sheetId, sheet: r.sheet, cell, mark: r.mark, before };
}

/** The records in a setting's value; sheets of old, name-keyed records are found by name. */
export function readMarkRecords(value: unknown, sheets: ReadonlyArray<{ name: string; id: string }>): MarkRecord[] {
  let raw = value;
  if (typeof raw === "string") {
    try {
      raw = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  const list = Array.isArray(raw) ? raw : (raw as { marks?: unknown } | null)?.marks;
  if (!Array.isArray(list)) return [];
  const idOfName = (name: string): string | undefined => sheets.find((s) => s.name === name)?.id;
  return list.map((r) => parseRecord(r, idOfName)).filter((r): r is MarkRecord => r !== null);
}

export function recordsSetting(records: readonly MarkRecord[]): string {
  return JSON.stringify({ v: VERSION, marks: records });
}
