import Enums from "exceljs/lib/doc/enums";
import DefinedNames from "exceljs/lib/doc/defined-names";

/**
 * `exceljs` as the page sees it. The whole library is 250 KB gzipped, more than the rest of the
 * page; the reader needs only a workbook's defined names (to find the add-in's own sheets), so the
 * page starts with those and loads the full library (exceljs-full.ts) only when it writes a copy
 * or when a workbook needs exceljs's full load. Once loaded, `new Workbook()` is the real one.
 */

/** Thrown by the light workbook when code needs the full library before the page loaded it. */
export class NeedsFullExcelJs extends Error {
  constructor() {
    super("exceljs is not loaded yet");
    this.name = "NeedsFullExcelJs";
  }
}

type Full = { Workbook: new () => object; ValueType: unknown };
let full: Full | null = null;

/** Make `new Workbook()` the real exceljs workbook from now on. */
export function installFullExcelJs(lib: Full): void {
  full = lib;
}

export function fullExcelJsLoaded(): boolean {
  return full !== null;
}

class LightWorkbook {
  definedNames = new DefinedNames();
  get xlsx(): never {
    throw new NeedsFullExcelJs();
  }
  get worksheets(): never {
    throw new NeedsFullExcelJs();
  }
}

function Workbook(this: unknown): object {
  return full ? new full.Workbook() : new LightWorkbook();
}

const ExcelJS = { Workbook, ValueType: Enums.ValueType };
export default ExcelJS;
