/**
 * SheetSpec -> exceljs worksheet: values, styles, merges, widths and heights, print setup. Text is
 * always written as text.
 */
import ExcelJS from "exceljs";
import type { CellStyle, SheetSpec, SpecValue } from "../core/report/sheet-spec";

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
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: p.scale ?? 100 }),
  } as Partial<ExcelJS.PageSetup> as ExcelJS.PageSetup;
  if (p.pageNumbers) {
    const font = spec.defaultStyle.font ?? "Times New Roman";
    ws.headerFooter =
      p.pageNumbersAt === "footer"
        ? ({ oddFooter: `&C&"${font},Regular"&11&P` } as ExcelJS.HeaderFooter)
        : ({ differentFirst: true, firstHeader: "", oddHeader: `&C&"${font},Regular"&13&P` } as ExcelJS.HeaderFooter);
  }
  // exceljs marks a break after a row; a spec names the row that starts the new page.
  for (const r of p.rowBreaks ?? []) if (r > 1) ws.getRow(r - 1).addPageBreak();
  ws.views = [
    spec.freezeRows
      ? { state: "frozen", ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}`, showGridLines: false }
      : { state: "normal", showGridLines: false },
  ];
}
