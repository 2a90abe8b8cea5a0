/**
 * SheetSpec -> exceljs worksheet, and report sheets added to a copy of a workbook. Only the
 * add-in's own sheets (marked, see owned-sheets.ts) are ever replaced; a user's sheet with a
 * wanted name is kept and the new sheet takes the next free name. Text is always written as text.
 */
import { randomBytes } from "node:crypto";
import { realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { planSheetWrites, type ReportWriteResult } from "../core/report/sheet-names";
import type { CellStyle, SheetSpec, SpecValue } from "../core/report/sheet-spec";
import { markSheetOwned, ownedSheetNames, unmarkSheetOwned } from "./owned-sheets";

const CM_PER_INCH = 2.54;
const EXCELJS_DEFAULT_WIDTH = 9;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF000000" } };

function fontOf(style: CellStyle, base: CellStyle): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {
    name: style.font ?? base.font ?? "Times New Roman",
    size: style.size ?? base.size ?? 13,
    // A Vietnamese font family hint: Excel then keeps the name when the text is edited.
    family: 1,
  };
  if (style.bold ?? base.bold) font.bold = true;
  if (style.italic ?? base.italic) font.italic = true;
  if (style.underline ?? base.underline) font.underline = true;
  return font;
}

function alignmentOf(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const a: Partial<ExcelJS.Alignment> = {};
  if (style.h) a.horizontal = style.h;
  if (style.v) a.vertical = style.v;
  if (style.wrap) a.wrapText = true;
  if (style.indent) a.indent = style.indent;
  return Object.keys(a).length > 0 ? a : undefined;
}

function borderOf(style: CellStyle): Partial<ExcelJS.Borders> | undefined {
  const all = style.border === true;
  const e = style.edges ?? {};
  const b: Partial<ExcelJS.Borders> = {};
  if (all || e.top) b.top = THIN;
  if (all || e.bottom) b.bottom = THIN;
  if (all || e.left) b.left = THIN;
  if (all || e.right) b.right = THIN;
  return Object.keys(b).length > 0 ? b : undefined;
}

/**
 * The value exceljs gets. A string is passed as a string, which exceljs stores as text (a shared
 * string) whatever it begins with: "=1+1", "+84…", "-" and "@x" stay text, never formulas. Only
 * a { formula } value, which report code builds itself, becomes a formula.
 */
function valueOf(v: SpecValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "object") return v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: v.result };
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** Write one SheetSpec into an empty worksheet. */
export function writeSheetSpec(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((w, i) => {
    // exceljs leaves out a width of exactly 9 (its own default), and Excel's default is 8.43.
    ws.getColumn(i + 1).width = w === EXCELJS_DEFAULT_WIDTH ? w + 0.01 : w;
  });
  for (const m of spec.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row, c.col);
    const style = c.style ?? {};
    const isMaster = cell.master === cell || cell.master === undefined;
    if (isMaster && c.value !== null) cell.value = valueOf(c.value);
    cell.font = fontOf(style, spec.defaultStyle) as ExcelJS.Font;
    const alignment = alignmentOf({ ...spec.defaultStyle, ...style });
    if (alignment) cell.alignment = alignment;
    const border = borderOf(style);
    if (border) cell.border = border;
    if (style.numberFormat) cell.numFmt = style.numberFormat;
    if (style.fill) {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + style.fill.replace(/^#/, "").toUpperCase() } };
    }
  }
  for (const [row, h] of Object.entries(spec.rowHeights)) ws.getRow(Number(row)).height = h;

  const p = spec.print;
  const inch = (cm: number): number => Math.round((cm / CM_PER_INCH) * 1000) / 1000;
  ws.pageSetup = {
    paperSize: 9,
    orientation: p.orientation,
    margins: {
      top: inch(p.margins.top),
      bottom: inch(p.margins.bottom),
      left: inch(p.margins.left),
      right: inch(p.margins.right),
      header: inch(p.margins.header),
      footer: inch(p.margins.footer),
    },
    printArea: p.printArea,
    horizontalCentered: p.centerHorizontally === true,
    ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows[0]}:${p.repeatRows[1]}` } : {}),
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: 100 }),
  } as Partial<ExcelJS.PageSetup> as ExcelJS.PageSetup;
  if (p.pageNumbers) {
    const font = spec.defaultStyle.font ?? "Times New Roman";
    ws.headerFooter = { differentFirst: true, firstHeader: "", oddHeader: `&C&"${font},Regular"&13&P` } as ExcelJS.HeaderFooter;
  }
  ws.views = [
    spec.freezeRows
      ? { state: "frozen", ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}`, showGridLines: false }
      : { state: "normal", showGridLines: false },
  ];
}

/**
 * Add report sheets to a workbook: the add-in's own sheets of the same names (or numbered variants)
 * are removed, every other sheet is left as it is, each new sheet is marked as the add-in's.
 */
export function addReportSheets(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): ReportWriteResult {
  const owned = ownedSheetNames(workbook);
  const existing = workbook.worksheets.map((ws) => ({ name: ws.name, owned: owned.has(ws.name) }));
  const plan = planSheetWrites(
    existing,
    specs.map((s) => s.name),
  );
  for (const name of plan.remove) {
    const ws = workbook.getWorksheet(name);
    unmarkSheetOwned(workbook, name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  const written: string[] = [];
  specs.forEach((spec, i) => {
    const used = plan.names[i].used;
    const ws = workbook.addWorksheet(used);
    writeSheetSpec(ws, spec);
    markSheetOwned(workbook, used);
    written.push(used);
  });
  return {
    written,
    replaced: plan.remove,
    renamed: plan.names.filter((n) => n.used !== n.wanted),
  };
}

/** Thrown when the output would overwrite the input. */
export class SameFileError extends Error {}

/** Thrown when exceljs cannot load the input to copy it (the message says why). */
export class CopyReadError extends Error {}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([realpath(a), realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([stat(ra), stat(rb)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    // The output does not exist yet: it cannot be the input.
    return false;
  }
}

/** The default output beside the input: "theo-doi.xlsx" -> "theo-doi-bao-cao-2024.xlsx". */
export function defaultReportPath(input: string, year: number | null, period: string): string {
  const name = basename(input).replace(/\.xlsx$/i, "");
  return join(dirname(input), `${name}-bao-cao-${year ?? period}.xlsx`);
}

/**
 * Load the input workbook, add the report sheets, and save the result as the output, through a
 * temporary file renamed into place (an interrupted run leaves no half-written output). The input
 * is only read; the output may not be the input.
 */
export async function writeReportCopy(input: string, output: string, specs: readonly SheetSpec[]): Promise<ReportWriteResult> {
  if (await sameFile(input, output)) throw new SameFileError(output);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(input);
  } catch (e) {
    throw new CopyReadError((e as Error).message);
  }
  const result = addReportSheets(workbook, specs);
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await workbook.xlsx.writeFile(tmp);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return result;
}
