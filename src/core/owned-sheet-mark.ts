/**
 * How a sheet is marked as written by the add-in (a report), so that reading skips it and
 * regenerating replaces only the add-in's own sheets.
 *
 * The mark is a workbook-scoped defined name `BDG_REPORT_<n>` whose reference is the block
 * A1:J50 of the owned sheet, e.g. BDG_REPORT_1 = 'BC 2024'!$A$1:$J$50. Why this and not something
 * else:
 * - exceljs 4.4 loses the scope of sheet-scoped names (localSheetId is dropped on load and two
 *   sheets' names of the same name collide) and drops names whose value is a constant or a whole
 *   row range ($1:$1048576), and expands a range into its cells, so neither a sheet-scoped
 *   `BDG_REPORT`, nor a name holding a list of sheet names, nor a whole-sheet reference survives
 *   it. A workbook name that refers to a small block of cells does.
 * - A block survives editing where a single cell does not: deleting row 1 or column A shrinks the
 *   reference instead of breaking it (#REF! only once every row or every column of the block is
 *   deleted), and cutting and pasting a cell moves a reference only when the whole referenced
 *   block is cut, so the mark cannot be carried onto a user's sheet by moving A1. Marks of
 *   earlier versions on $A$1 alone are still recognised.
 * - Office.js can write and read it (ExcelApi 1.4): `workbook.names.add("BDG_REPORT_1",
 *   sheet.getRange("A1:J50"))`; reading, parse `NamedItem.formula` ("='BC 2024'!$A$1:$J$50")
 *   with `ownedSheetOf`.
 * - Excel keeps it pointing at the sheet when the user renames the sheet; when the sheet is
 *   deleted the name becomes #REF! and marks nothing; a copy of the sheet made by the user is not
 *   marked (workbook names are not copied), so it is treated as the user's.
 * Docs: docs/file-format.md.
 */
export const OWNED_SHEET_MARKER = "BDG_REPORT";

const MARKER_NAME = /^BDG_REPORT(?:_\d+)?$/i;
/** The block the mark refers to (A1 notation, without and with the $ signs). */
export const MARKER_ADDRESS = "A1:J50";
const MARKER_RANGE = "$A$1:$J$50";

/** True when a defined name is one of the add-in's sheet marks. Excel names are case-insensitive. */
export function isMarkerName(name: string): boolean {
  return MARKER_NAME.test(name);
}

/**
 * The sheet a marker designates, from the defined name and its reference (as exceljs gives it,
 * "'BC 2024'!$A$1", or as Office.js gives it, "='BC 2024'!$A$1"); null when the name is not a
 * marker or the reference is broken (#REF!).
 */
export function ownedSheetOf(name: string, reference: string): string | null {
  if (!isMarkerName(name)) return null;
  return sheetOfReference(reference);
}

/** The sheet name of "Sheet1!$A$1" or "'It''s'!$A$1" (quotes undone); null when there is none. */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.trim().replace(/^=/, "");
  if (ref.startsWith("'")) {
    let name = "";
    for (let i = 1; i < ref.length; i++) {
      const ch = ref[i];
      if (ch !== "'") {
        name += ch;
        continue;
      }
      if (ref[i + 1] === "'") {
        name += "'";
        i++;
        continue;
      }
      return ref[i + 1] === "!" && name.length > 0 && !ref.slice(i + 2).startsWith("#") ? name : null;
    }
    return null;
  }
  // Unquoted "#REF!" is what Excel leaves when the sheet was deleted (a sheet named so is quoted).
  const bang = ref.indexOf("!");
  if (bang <= 0 || ref.startsWith("#") || ref.slice(bang + 1).startsWith("#")) return null;
  return ref.slice(0, bang);
}

/** The reference a marker gives for a sheet: always quoted, quotes doubled. */
export function markerReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${MARKER_RANGE}`;
}

