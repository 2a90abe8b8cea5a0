import { inflateRawSync } from "node:zlib";

/**
 * Just enough of the zip format to look inside an .xlsx: list the entries of the central
 * directory and read one entry. It lets the reader tell a damaged or foreign file from a workbook
 * cheaply, read the parts it needs, and refuse a zip bomb before inflating it.
 */

export interface ZipEntry {
  /** Entry name without a leading "/" (some writers add one), backslashes as slashes. */
  name: string;
  method: number;
  /** CRC-32 of the uncompressed bytes, as the directory gives it. */
  crc32: number;
  /** MS-DOS time and date of the entry. */
  modTime: number;
  modDate: number;
  compressedSize: number;
  /** The size the directory declares once inflated. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/**
 * Limits on what a workbook may hold once inflated. The largest tracking sheets seen (50,000
 * rows) are about 20 MB of XML; a part beyond these limits is a damaged file or a zip bomb.
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

/** A part larger than the limits, or larger once inflated than its declared size. */
export class OversizedPart extends Error {
  constructor(readonly part: string) {
    super(`part too large once inflated: ${part}`);
    this.name = "OversizedPart";
  }
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
    // Some writers name parts with backslashes ("xl\workbook.xml"); every reader takes them as folders.
    const name = data
      .toString("utf8", p + 46, p + 46 + nameLength)
      .replace(/\\/g, "/")
      .replace(/^\/+/, "");
    entries.push({
      name,
      method: data.readUInt16LE(p + 10),
      modTime: data.readUInt16LE(p + 12),
      modDate: data.readUInt16LE(p + 14),
      crc32: data.readUInt32LE(p + 16),
      compressedSize: data.readUInt32LE(p + 20),
      uncompressedSize: data.readUInt32LE(p + 24),
      localHeaderOffset: data.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a package whose declared sizes pass the limits (before anything is inflated). zip64
 * sizes (0xffffffff) mean a part of 4 GB or more: refused too.
 */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > MAX_PART_BYTES) throw new OversizedPart(entry.name);
    total += entry.uncompressedSize;
    if (total > MAX_PACKAGE_BYTES) throw new OversizedPart(entry.name);
  }
}

/** The stored (compressed) bytes of one entry as they are in the file, or null when out of bounds. */
export function rawZipEntry(data: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localHeaderOffset;
  if (entry.compressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) return null;
  if (p + 30 > data.length || data.readUInt32LE(p) !== LOCAL_SIGNATURE) return null;
  const start = p + 30 + data.readUInt16LE(p + 26) + data.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  return end > data.length ? null : data.subarray(start, end);
}

/**
 * The uncompressed bytes of one entry, or null when it cannot be read (damaged, unknown method,
 * zip64 sizes). Inflating stops at the declared size: a part that holds more is a zip bomb
 * (OversizedPart), whatever its header says.
 */
export function readZipEntry(data: Buffer, entry: ZipEntry): Buffer | null {
  if (entry.uncompressedSize > MAX_PART_BYTES) throw new OversizedPart(entry.name);
  const raw = rawZipEntry(data, entry);
  if (raw === null) return null;
  if (entry.method === 0) return raw;
  if (entry.method !== 8) return null;
  let out: Buffer;
  try {
    // One byte more than declared: a part that reaches it holds more than its header says.
    out = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new OversizedPart(entry.name);
    return null;
  }
  if (out.length > entry.uncompressedSize) throw new OversizedPart(entry.name);
  return out;
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
