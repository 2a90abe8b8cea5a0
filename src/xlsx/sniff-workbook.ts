import type { XlsxReadReason } from "./xlsx-messages";
import { listZipEntries, readZipEntry, type ZipEntry } from "./zip-entries";

/**
 * What a file really is, from its bytes, before the (slow) full parse: an .xlsx package, or the
 * reason it is not one, so that the user is told what to do (save as .xlsx, remove the password…).
 */
export type SniffResult =
  | {
      kind: "xlsx";
      /** workbookPr/@date1904 as written: xsd:boolean, "1" or "true" (exceljs only understands "1"). */
      date1904: boolean;
      /** The package's files, in zip order. */
      entries: ZipEntry[];
      /** The text of xl/workbook.xml. */
      workbookXml: string;
    }
  | { kind: "rejected"; reason: XlsxReadReason };

const WORKBOOK_PART = "xl/workbook.xml";
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TEXT_SAMPLE = 4096;

export function sniffWorkbook(data: Buffer): SniffResult {
  if (data.length === 0) return rejected("emptyFile");
  if (isZip(data)) return sniffZip(data);
  if (data.length >= OLE_MAGIC.length && data.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) return sniffOle(data);
  if (looksLikeText(data)) return rejected("textFile");
  return rejected("notXlsx");
}

function rejected(reason: XlsxReadReason): SniffResult {
  return { kind: "rejected", reason };
}

function isZip(data: Buffer): boolean {
  // "PK\3\4" starts a normal archive, "PK\5\6" an empty one.
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6));
}

function sniffZip(data: Buffer): SniffResult {
  const entries = listZipEntries(data);
  if (!entries) return rejected("notXlsx");
  const workbook = entries.find((e) => e.name === WORKBOOK_PART);
  if (!workbook) return rejected("otherZip");
  const xml = readZipEntry(data, workbook);
  if (!xml) return rejected("notXlsx");
  const workbookXml = xml.toString("utf8");
  return { kind: "xlsx", date1904: declaresDate1904(workbookXml), entries, workbookXml };
}

/** True when the workbook's own workbookPr (any namespace prefix) says date1904 = 1 or true. */
export function declaresDate1904(workbookXml: string): boolean {
  const m = /<(?:[A-Za-z_][\w.-]*:)?workbookPr\b[^>]*?\bdate1904\s*=\s*["']\s*(1|true)\s*["']/i.exec(workbookXml);
  return m !== null;
}

/**
 * An OLE compound file is either an encrypted OOXML package (Excel stores password-protected
 * .xlsx that way, with an "EncryptedPackage" stream) or a legacy binary file such as .xls.
 */
function sniffOle(data: Buffer): SniffResult {
  if (data.includes(Buffer.from("EncryptedPackage", "utf16le"))) return rejected("encrypted");
  if (data.includes(Buffer.from("Workbook", "utf16le")) || data.includes(Buffer.from("Book\0", "utf16le"))) {
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
