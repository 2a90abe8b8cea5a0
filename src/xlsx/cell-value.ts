import ExcelJS from "exceljs";
import { isLegacyFontName, type CellValue } from "../core/snapshot";

/**
 * Cell values as Excel itself reports them, for both readers (the direct one and exceljs's full
 * load). One exceljs cell -> the value Excel itself would report (what Office.js `range.values` gives):
 * dates as serial numbers, errors as "#N/A"-style codes, formulas as their cached result, rich
 * text and hyperlinks as their text, strings in NFC. Blank, empty text and the covered cells of a
 * merged area are null.
 *
 * exceljs 4.4 quirks handled here:
 * - `cell.value` of a formula drops a falsy result (0, "", false): read `cell.result` instead.
 * - date-formatted numbers come as JS Dates built in UTC from the serial in the workbook's date
 *   system; we invert exactly that arithmetic (never local-time getters).
 * - covered cells of a merge report their master's value: they are Merge-typed, and read as null.
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system, and the gap between the two systems, as exceljs uses them. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

interface RichTextRun {
  text?: unknown;
  font?: { name?: string } | null;
}

/**
 * `exceljsDate1904` is the date system exceljs used to make Dates, which is what must be inverted
 * (it can differ from the workbook's real flag, see read-workbook.ts).
 */
export function cellValueOf(cell: ExcelJS.Cell, exceljsDate1904: boolean): CellValue {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      return plainValue(cell.result, exceljsDate1904);
    default:
      return plainValue(cell.value, exceljsDate1904);
  }
}

/** A value as exceljs stores it (also a formula's result or a hyperlink's text) -> CellValue. */
export function plainValue(v: unknown, exceljsDate1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "string":
      return plainText(v);
    case "boolean":
      return v;
    case "object":
      break;
    default:
      return null;
  }
  if (v instanceof Date) return serialOf(v, exceljsDate1904);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return o.error;
  if (Array.isArray(o.richText)) return plainText(joinRuns(o.richText as RichTextRun[]));
  if ("hyperlink" in o || "text" in o) return plainValue(o.text, exceljsDate1904);
  if ("result" in o) return plainValue(o.result, exceljsDate1904);
  return null;
}

/** The Excel serial of a Date exceljs made from one (in the given date system); null when invalid. */
export function serialOf(d: Date, date1904: boolean): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/**
 * The serial a date-formatted number stored in the file comes back as: exceljs makes a Date of it
 * (rounded to the millisecond) and serialOf inverts that, so the direct reader does the same to
 * give identical values.
 */
export function serialOfStored(v: number, exceljsDate1904: boolean): number | null {
  // The same operations in the same order as exceljs's utils.excelToDate (floating point).
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (exceljsDate1904 ? DAYS_1900_TO_1904 : 0)) * 24 * 3600 * 1000);
  return serialOf(new Date(ms), exceljsDate1904);
}

/**
 * The legacy (TCVN3/VNI) font a text cell is displayed in, or null. A rich-text run's own font
 * wins over the cell's; a run without a font name is shown in the cell's font. The first legacy
 * run that has text decides, since converting a cell is all or nothing.
 */
export function legacyFontOf(cell: ExcelJS.Cell): string | null {
  const cellFont = cell.font?.name;
  const runs = richTextRuns(cell);
  if (runs) return legacyRunFont(runs, (run) => run.font?.name, cellFont);
  return isLegacyFontName(cellFont) ? (cellFont ?? null) : null;
}

/** The first legacy font among runs that have text, a run without a font name taking the cell's. */
export function legacyRunFont<R extends { text?: unknown }>(
  runs: readonly R[],
  fontOf: (run: R) => string | undefined,
  cellFont: string | undefined,
): string | null {
  for (const run of runs) {
    const name = fontOf(run) ?? cellFont;
    if (typeof run.text === "string" && run.text.length > 0 && isLegacyFontName(name)) return name ?? null;
  }
  return null;
}

function richTextRuns(cell: ExcelJS.Cell): RichTextRun[] | null {
  if (cell.type === ExcelJS.ValueType.RichText) return (cell.value as { richText: RichTextRun[] }).richText;
  if (cell.type === ExcelJS.ValueType.Hyperlink) {
    const t = (cell.value as { text?: unknown }).text as { richText?: RichTextRun[] } | undefined;
    if (t && typeof t === "object" && Array.isArray(t.richText)) return t.richText;
  }
  return null;
}

export function joinRuns(runs: ReadonlyArray<{ text?: unknown }>): string {
  let s = "";
  for (const run of runs) if (typeof run.text === "string") s += run.text;
  return s;
}

/** NFC, and "" as blank (Excel shows nothing either way). */
export function plainText(s: string): string | null {
  if (s.length === 0) return null;
  const n = s.normalize("NFC");
  return n.length === 0 ? null : n;
}
