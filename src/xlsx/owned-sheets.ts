import type ExcelJS from "exceljs";

import {
  isMarkerName,
  markerReference,
  OWNED_SHEET_MARKER,
  ownedSheetOf,
  sheetOfReference,
} from "../core/owned-sheet-mark";

// The mark itself is defined in core, where the Office.js adapter reads it too.
export { isMarkerName, markerReference, OWNED_SHEET_MARKER, ownedSheetOf, sheetOfReference };

/** Names of the sheets of an exceljs workbook that carry the mark. */
export function ownedSheetNames(workbook: ExcelJS.Workbook): Set<string> {
  const owned = new Set<string>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!isMarkerName(name)) continue;
    for (const range of ranges) {
      const sheet = sheetOfReference(range);
      if (sheet !== null) owned.add(sheet);
    }
  }
  return owned;
}

/**
 * Mark a sheet as written by the add-in (idempotent). Call it after the sheet has its final name:
 * exceljs does not follow renames made through its API.
 */
export function markSheetOwned(workbook: ExcelJS.Workbook, sheetName: string): void {
  if (ownedSheetNames(workbook).has(sheetName)) return;
  const taken = new Set(workbook.definedNames.model.map((d) => d.name.toUpperCase()));
  let n = 1;
  while (taken.has(`${OWNED_SHEET_MARKER}_${n}`)) n++;
  workbook.definedNames.add(markerReference(sheetName), `${OWNED_SHEET_MARKER}_${n}`);
}

/**
 * Remove a sheet's marks, e.g. before the writer deletes the sheet, so no dangling name is left.
 * The names are dropped from the model whole: exceljs's remove() takes one cell, not a block.
 */
export function unmarkSheetOwned(workbook: ExcelJS.Workbook, sheetName: string): void {
  const model = workbook.definedNames.model;
  const kept = model.filter(({ name, ranges }) => !(isMarkerName(name) && ranges.some((r) => sheetOfReference(r) === sheetName)));
  if (kept.length !== model.length) workbook.definedNames.model = kept;
}
