import { isMarkerName } from "./owned-sheets";
import { MAIN_PART, type PackageView } from "./package-view";
import { MAX_ROW } from "./sheet-xml";
import { withoutMainPrefix } from "./spreadsheet-ns";
import { XlsxReadError } from "./xlsx-read-error";
import { writeZip, type ZipPart } from "./zip-writer";

/**
 * The package handed to exceljs's full load (the fallback reader), made safe for it: exceljs
 * builds an object for every cell of a data validation's range, every column of a `<col>` span,
 * every cell of a merged area and of a defined name's range, and every row up to the last row
 * number. On ranges over whole columns or the whole sheet that is gigabytes. Nothing removed here
 * changes a cell value, so the snapshot is the same:
 * - data validations and column widths are dropped, defined names other than the add-in's marks too;
 * - a merged area reaching far past the sheet's cells is cut to them (cells outside are blank anyway);
 * - a row number beyond Excel's last row is a damaged file (XlsxReadError).
 * Parts are also shown as the view names them (main part at xl/workbook.xml, no namespace
 * prefixes), so that exceljs reads workbooks other writers lay out differently.
 */

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const XML_PART = /\.(xml|rels|vml)$/i;
/** A merged area up to this many cells is kept as it is. */
const MERGE_CELLS_KEPT = 100_000;

export function packageForExcelJS(view: PackageView): Buffer {
  view.checkAllParts();
  const parts: ZipPart[] = [];
  for (const name of view.names) {
    const raw = view.raw(name);
    if (raw === null || raw === undefined) throw new XlsxReadError("contentUnreadable");
    if (!XML_PART.test(name)) {
      parts.push({ name, content: raw });
      continue;
    }
    let text = withoutMainPrefix(raw.toString("utf8"));
    if (WORKSHEET.test(name)) text = tameWorksheet(text);
    else if (name === MAIN_PART) text = shortSheetNames(onlyMarkNames(text));
    parts.push({ name, content: Buffer.from(text, "utf8") });
  }
  return writeZip(parts);
}

function tameWorksheet(xml: string): string {
  let lastRow = 0;
  for (const m of xml.matchAll(/<row\b[^>]*?\sr\s*=\s*["'](\d+)["']/g)) {
    const r = Number(m[1]);
    if (r > MAX_ROW) throw new XlsxReadError("rowOutOfRange", { row: r });
    if (r > lastRow) lastRow = r;
  }
  let lastCol = 0;
  for (const m of xml.matchAll(/<c\b[^>]*?\sr\s*=\s*["']([A-Z]+)(\d+)["']/g)) {
    const r = Number(m[2]);
    if (r > MAX_ROW) throw new XlsxReadError("rowOutOfRange", { row: r });
    if (r > lastRow) lastRow = r;
    lastCol = Math.max(lastCol, columnNumber(m[1]));
  }
  return xml
    .replace(/<dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/dataValidations>)/g, "")
    .replace(/<cols\b(?:[^>]*\/>|[\s\S]*?<\/cols>)/g, "")
    .replace(/(<mergeCell\b[^>]*?\sref\s*=\s*["'])([A-Z]+)(\d+):([A-Z]+)(\d+)(["'][^>]*>)/g, (all, open: string, c1: string, r1: string, c2: string, r2: string, close: string) => {
      const top = Number(r1);
      const left = columnNumber(c1);
      const bottom = Number(r2);
      const right = columnNumber(c2);
      if ((bottom - top + 1) * (right - left + 1) <= MERGE_CELLS_KEPT) return all;
      const b = Math.max(top, Math.min(bottom, lastRow));
      const r = Math.max(left, Math.min(right, lastCol));
      return `${open}${c1}${r1}:${columnName(r)}${b}${close}`;
    });
}

/**
 * workbook.xml with the add-in's marks as its only defined names. A mark designates a small block
 * (A1:J50, or A1 in earlier versions), which exceljs may expand; anything larger is dropped.
 */
function onlyMarkNames(xml: string): string {
  return xml.replace(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>|<definedName\b[^>]*\/>/g, (all, attrs: string | undefined, value: string | undefined) => {
    const name = attrs ? /\sname\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1] : undefined;
    return name !== undefined && isMarkerName(name) && value !== undefined && isSmallBlock(value) ? all : "";
  });
}

/** Cells a mark may cover at most (the block A1:J50). */
const MARK_CELLS_MAX = 500;

/** True for a reference to one cell or a block of at most MARK_CELLS_MAX cells. */
function isSmallBlock(reference: string): boolean {
  const m = /!\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?\s*$/.exec(reference);
  if (!m) return false;
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  const rows = Math.abs(Number(r2) - Number(r1)) + 1;
  const cols = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
  return rows * cols <= MARK_CELLS_MAX;
}

/** Sheet names cut to Excel's 31 characters: exceljs fails on a longer one (it cuts it, then finds the cut taken). */
function shortSheetNames(xml: string): string {
  return xml.replace(/(<sheet\b[^>]*?\sname\s*=\s*")([^"]*)(")/g, (all, pre: string, name: string, post: string) => {
    const plain = name.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] ?? "");
    if ([...plain].length <= 31) return all;
    return pre + [...plain].slice(0, 31).join("").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;") + post;
  });
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
