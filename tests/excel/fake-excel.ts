/**
 * A fake of the part of the Excel JavaScript API the add-in uses, as strict as Office.js where it
 * matters to the add-in (docs/excel-api.md, "The fake Excel"): commands are queued and applied at
 * context.sync(), in order, and a failing command stops its batch there with the earlier ones
 * applied; a property read before it was loaded and synced throws PropertyNotLoaded; collections
 * load only the properties asked for; sheet names follow Excel's rules; protected sheets refuse
 * changes; the last visible sheet can be neither hidden nor deleted; text written to `values` is
 * converted as Excel converts typed input; Excel on the web refuses requests over 5 MB; settings
 * have a size limit. Formulas are not computed (a cell holding one has the value "#FORMULA").
 */
export { FakeApiError } from "./fake/errors";
export { FakeExcel, FakeSheet, MAX_ROWS, type FakeExcelOptions, type FakeName, type FormatRecord, type SyncRecord } from "./fake/model";
export { colLetters, parseAddress } from "./fake/address";
export { excelStores } from "./fake/text-input";
export { checkSheetName } from "./fake/sheet-names";
