import { inflateRawSync } from "node:zlib";

/**
 * Just enough of the zip format to look inside an .xlsx before handing it to exceljs: list the
 * entries of the central directory and read one small entry. It lets the reader tell a damaged or
 * foreign file from a workbook cheaply, and read workbook.xml attributes exceljs misreads.
 */

export interface ZipEntry {
  /** Entry name without a leading "/" (some writers add one). */
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The entries of a zip archive, or null when the data has no readable central directory. */
export function listZipEntries(data: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return null;
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const z64 = readZip64Directory(data, eocd);
    if (!z64) return null;
    ({ count, offset } = z64);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > data.length || data.readUInt32LE(p) !== CENTRAL_SIGNATURE) return null;
    const nameLength = data.readUInt16LE(p + 28);
    const extraLength = data.readUInt16LE(p + 30);
    const commentLength = data.readUInt16LE(p + 32);
    if (p + 46 + nameLength > data.length) return null;
    const name = data.toString("utf8", p + 46, p + 46 + nameLength).replace(/^\/+/, "");
    entries.push({
      name,
      method: data.readUInt16LE(p + 10),
      compressedSize: data.readUInt32LE(p + 20),
      localHeaderOffset: data.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry, or null when it cannot be read (damaged, unknown method, zip64 sizes). */
export function readZipEntry(data: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localHeaderOffset;
  if (entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) return null;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL_SIGNATURE) return null;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) return null;
  const raw = data.subarray(start, end);
  try {
    if (entry.method === 0) return raw;
    if (entry.method === 8) return inflateRawSync(raw);
  } catch {
    return null;
  }
  return null;
}

function findEndOfCentralDirectory(data: Buffer): number {
  const last = data.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let p = last; p >= first; p--) {
    if (data.readUInt32LE(p) === EOCD_SIGNATURE && p + EOCD_SIZE + data.readUInt16LE(p + 20) <= data.length) return p;
  }
  return -1;
}

function readZip64Directory(data: Buffer, eocd: number): { count: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || data.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = Number(data.readBigUInt64LE(locator + 8));
  if (!Number.isSafeInteger(record) || record + 56 > data.length || data.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return null;
  const count = Number(data.readBigUInt64LE(record + 32));
  const offset = Number(data.readBigUInt64LE(record + 48));
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(offset)) return null;
  return { count, offset };
}
