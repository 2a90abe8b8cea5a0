import { isDateFmt } from "exceljs/lib/utils/utils";
import WorkbookXform from "exceljs/lib/xlsx/xform/book/workbook-xform";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import { isLegacyFontName } from "../core/snapshot";
import { isKeptNumberFormat } from "../core/text/excel-number-format";
import { isMarkerName, sheetOfReference } from "./owned-sheets";
import { UnsupportedXml } from "./xml-scanner";

/**
 * The small parts of a workbook (workbook.xml, its relationships, styles.xml), read with exceljs's
 * own parsers so that sheet names and order, defined names, the date system and cell styles are
 * exactly what exceljs's full load gives. They are a few kilobytes; the big parts (sheets, shared
 * strings) are read by the direct reader.
 */

/** A worksheet as exceljs lists it: tab order, name, the part holding its cells. */
export interface SheetPart {
  name: string;
  part: string;
  ownedByAddin: boolean;
}

export interface WorkbookLayout {
  sheets: SheetPart[];
  /** workbookPr date1904 as exceljs reads it (only "1"). */
  exceljsDate1904: boolean;
}

/** The parts exceljs reads as worksheets (xlsx.js; not anchored, as there). Chart sheets are elsewhere. */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * Which worksheets exceljs would give, in its order. `partNames` are the package's files in zip
 * order. Shapes where exceljs would rename a sheet or refuse the file (duplicate ids or names, a
 * name Excel does not allow, a worksheet part no sheet refers to) throw UnsupportedXml.
 */
export async function readWorkbookLayout(
  workbookXml: string,
  relsXml: string | undefined,
  partNames: readonly string[],
): Promise<WorkbookLayout> {
  const book = (await new WorkbookXform().parseStream([workbookXml])) ?? {};
  const workbookRels = relsXml === undefined ? undefined : await new RelationshipsXform().parseStream([relsXml]);

  // exceljs's own reconciliation names the worksheet parts the relationships lead to (xlsx.js reconcile).
  const worksheetParts = partNames.filter((name) => WORKSHEET_PART.test(name));
  const worksheetHash: WorkbookXform.ReconcileModel["worksheetHash"] = {};
  for (const part of worksheetParts) worksheetHash[part] = {};
  const model: WorkbookXform.ReconcileModel = { sheets: book.sheets, definedNames: book.definedNames, workbookRels, worksheetHash, media: [] };
  new WorkbookXform().reconcile(model);

  // Then as Workbook's model setter and its worksheets getter: by sheet id, in the order of <sheets>.
  const placed: Array<SheetPart & { orderNo: number }> = [];
  const ids = new Set<number>();
  const names = new Set<string>();
  const owned = ownedSheets(model.definedNames ?? []);
  for (const part of worksheetParts) {
    const { id, name } = worksheetHash[part];
    if (id === undefined || name === undefined) throw new UnsupportedXml(`${part} belongs to no sheet`);
    if (!Number.isInteger(id) || id < 1 || ids.has(id)) throw new UnsupportedXml(`sheet id ${id}`);
    ids.add(id);
    if (!isPlainSheetName(name) || names.has(name.toLowerCase())) throw new UnsupportedXml(`sheet name ${name}`);
    names.add(name.toLowerCase());
    const orderNo = (book.sheets ?? []).findIndex((s) => s.id === id);
    placed.push({ name, part, ownedByAddin: owned.has(name), orderNo });
  }
  placed.sort((p, q) => p.orderNo - q.orderNo);
  return {
    sheets: placed.map(({ name, part, ownedByAddin }) => ({ name, part, ownedByAddin })),
    exceljsDate1904: book.properties?.date1904 === true,
  };
}

/** The add-in's sheets of a workbook, from its workbook.xml (namespace prefixes removed). */
export async function ownedSheetsOfWorkbookXml(workbookXml: string): Promise<Set<string>> {
  const book = (await new WorkbookXform().parseStream([workbookXml])) ?? {};
  return ownedSheets(book.definedNames ?? []);
}

/**
 * A name exceljs's Worksheet accepts as it is (it throws on the others). A name over Excel's 31
 * characters, which other programs write, is taken whole here: exceljs cuts it, warns, and then
 * fails on its own cut ("name already exists"), so it has no reading to agree with.
 */
function isPlainSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name !== "History" &&
    !/[*?:/\\[\]]/.test(name) &&
    !/(^')|('$)/.test(name)
  );
}

/**
 * The add-in's sheets, from the marks' references as written. Never through exceljs's
 * DefinedNames: it files a name's ranges cell by cell, and a user's name over whole columns
 * ($A$1:$XFD$1048576) would take gigabytes; only the marks are looked at, and only as text.
 */
function ownedSheets(definedNames: WorkbookXform.DefinedNameModel[]): Set<string> {
  const owned = new Set<string>();
  for (const { name, ranges } of definedNames) {
    if (!isMarkerName(name)) continue;
    for (const range of ranges) {
      const sheet = sheetOfReference(range);
      if (sheet !== null) owned.add(sheet);
    }
  }
  return owned;
}

/** What the reader needs of a cell style. */
export interface CellStyle {
  /** exceljs turns numbers in this style into Dates (see cell-value.ts). */
  date: boolean;
  /** The cell's font name, as exceljs's `cell.font.name`. */
  font: string | undefined;
  /** That font when it is a legacy Vietnamese one, else null. */
  legacyFont: string | null;
  /** The number format a number cell keeps in the snapshot (see keptNumberFormat), else null. */
  numFmt?: string | null;
}

const keptCodes = new Map<string, string | null>();

/**
 * A number format worth carrying with a number cell, as both .xlsx readers decide it: not General,
 * not a date or time (exceljs's own test, which turns such cells into dates, and the core's).
 */
export function keptNumberFormat(code: string | undefined): string | null {
  if (typeof code !== "string") return null;
  let kept = keptCodes.get(code);
  if (kept === undefined) {
    kept = !isDateFmt(code) && isKeptNumberFormat(code) ? code : null;
    keptCodes.set(code, kept);
  }
  return kept;
}

const NO_STYLE: CellStyle = { date: false, font: undefined, legacyFont: null };

/** Cell styles by the `s` attribute of a cell, built once each, as exceljs resolves them. */
export class StyleTable {
  private readonly xform: StylesXform;
  private readonly byAttribute = new Map<string, CellStyle>();

  private constructor(xform: StylesXform) {
    this.xform = xform;
  }

  static async read(stylesXml: string): Promise<StyleTable> {
    const xform = new StylesXform();
    await xform.parseStream([stylesXml]);
    return new StyleTable(xform);
  }

  of(s: string | undefined): CellStyle {
    if (!s) return NO_STYLE;
    let style = this.byAttribute.get(s);
    if (style === undefined) {
      style = this.build(parseInt(s, 10));
      this.byAttribute.set(s, style);
    }
    return style;
  }

  private build(id: number): CellStyle {
    // cell-xform.js: `model.styleId && styles.getStyleModel(model.styleId)`; s="0" gives no style.
    if (!id) return NO_STYLE;
    const model = this.xform.getStyleModel(id);
    if (!model) return NO_STYLE;
    const font = model.font?.name;
    const style: CellStyle = { date: isDateFmt(model.numFmt), font, legacyFont: isLegacyFontName(font) ? (font ?? null) : null };
    const numFmt = keptNumberFormat(model.numFmt);
    if (numFmt !== null) style.numFmt = numFmt;
    return style;
  }
}
