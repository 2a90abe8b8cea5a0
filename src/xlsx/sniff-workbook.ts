import type { XlsxReadParams, XlsxReadReason } from "./xlsx-messages";
import { MAIN_PART, PackageView } from "./package-view";
import { checkDeclaredSizes, listZipEntries, MAX_PART_BYTES, OversizedPart, readZipEntry } from "./zip-entries";

/**
 * What a file really is, from its bytes, before the (slow) full parse: an .xlsx package, or the
 * reason it is not one, so that the user is told what it is and what to do (save as .xlsx,
 * remove the password…).
 */
export type SniffResult =
  | {
      kind: "xlsx";
      /** workbookPr/@date1904 as written: xsd:boolean, "1" or "true" (exceljs only understands "1"). */
      date1904: boolean;
      /** The package, under the names the readers expect. */
      view: PackageView;
      /** The text of the main part (xl/workbook.xml), namespace prefixes removed. */
      workbookXml: string;
    }
  | { kind: "rejected"; reason: XlsxReadReason; params?: XlsxReadParams[XlsxReadReason] };

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TEXT_SAMPLE = 4096;
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

export function sniffWorkbook(data: Buffer): SniffResult {
  if (data.length === 0) return rejected("emptyFile");
  if (isZip(data)) return sniffZip(data);
  if (data.length >= OLE_MAGIC.length && data.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) return sniffOle(data);
  if (looksLikeText(data)) return rejected("textFile");
  return rejected("notXlsx");
}

function rejected(reason: XlsxReadReason, params?: XlsxReadParams[XlsxReadReason]): SniffResult {
  return { kind: "rejected", reason, params };
}

function tooLarge(): SniffResult {
  return rejected("partTooLarge", { limitMB: MAX_PART_BYTES / (1024 * 1024) });
}

function isZip(data: Buffer): boolean {
  // "PK\3\4" starts a normal archive, "PK\5\6" an empty one.
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6));
}

function sniffZip(data: Buffer): SniffResult {
  const entries = listZipEntries(data);
  if (!entries) return rejected("notXlsx");
  try {
    checkDeclaredSizes(entries);
    const mimetype = entries.find((e) => e.name === "mimetype");
    if (mimetype) {
      // OpenDocument: an uncompressed "mimetype" file first says which kind.
      const type = readZipEntry(data, mimetype)?.toString("latin1").trim() ?? "";
      if (type.startsWith(ODS_MIMETYPE)) return rejected("odsFile");
      if (type.startsWith("application/vnd.oasis.opendocument.")) return rejected("otherZip");
    }
    const view = PackageView.open(data, entries);
    if (!view) {
      if (entries.some((e) => e.name === "xl/workbook.bin")) return rejected("xlsbFile");
      return rejected("otherZip");
    }
    if (view.mainPart.toLowerCase().endsWith(".bin")) return rejected("xlsbFile");
    const workbookXml = view.text(MAIN_PART);
    if (!workbookXml) return rejected("notXlsx");
    // The package's main document is something else (a Word document, a presentation).
    if (!/<workbook\b/.test(workbookXml)) return rejected("otherZip");
    return { kind: "xlsx", date1904: declaresDate1904(workbookXml), view, workbookXml };
  } catch (e) {
    if (e instanceof OversizedPart) return tooLarge();
    throw e;
  }
}

/** True when the workbook's own workbookPr (any namespace prefix) says date1904 = 1 or true. */
export function declaresDate1904(workbookXml: string): boolean {
  const m = /<(?:[A-Za-z_][\w.-]*:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']\s*(1|true)\s*["']/i.exec(workbookXml);
  return m !== null;
}

/**
 * An OLE compound file is either an encrypted OOXML package (Excel and LibreOffice store
 * password-protected .xlsx that way, with "EncryptionInfo" and "EncryptedPackage" streams) or a
 * legacy binary file: an .xls has a "Workbook" stream (Excel 97 and later, LibreOffice) or a
 * "Book" stream (Excel 5/95). The stream names are in the compound file's directory, in UTF-16.
 */
function sniffOle(data: Buffer): SniffResult {
  if (data.includes(Buffer.from("EncryptedPackage", "utf16le")) || data.includes(Buffer.from("EncryptionInfo", "utf16le"))) {
    return rejected("encrypted");
  }
  if (data.includes(Buffer.from("Workbook\0", "utf16le")) || data.includes(Buffer.from("Book\0", "utf16le"))) {
    return rejected("legacyXls");
  }
  return rejected("notXlsx");
}

/** Text (CSV, TSV, HTML): a byte-order mark, or no NUL and almost only printable bytes at the start. */
function looksLikeText(data: Buffer): boolean {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return true;
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return true;
  const n = Math.min(data.length, TEXT_SAMPLE);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b === 0) return false;
    // Printable ASCII, tab, CR, LF, or any byte of a UTF-8 sequence.
    if (!(b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) odd++;
  }
  return odd <= n / 100;
}
