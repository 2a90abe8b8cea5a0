import * as zlib from "node:zlib";
import { deflateRawSync } from "node:zlib";

/**
 * Writes a zip archive: new parts are deflated, parts copied from another archive keep their
 * stored bytes exactly (no inflating, no recompressing).
 */

export type ZipPart =
  | { name: string; content: Buffer }
  | {
      name: string;
      /** The entry's stored bytes, as they are in the source archive. */
      stored: Buffer;
      method: number;
      crc32: number;
      uncompressedSize: number;
      modTime: number;
      modDate: number;
    };

/** 1980-01-01 00:00, the earliest MS-DOS date: written parts carry no clock time, so output is reproducible. */
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/** zlib.crc32 exists from Node 20.15 and 22.2; the same CRC-32 (IEEE) by table on older ones. */
const crc32: (data: Buffer) => number = (zlib as { crc32?: (data: Buffer) => number }).crc32 ?? tableCrc32;

let table: Uint32Array | undefined;
function tableCrc32(data: Buffer): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export { tableCrc32 };

export function writeZip(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    let stored: Buffer;
    let method: number;
    let crc: number;
    let size: number;
    let time = 0;
    let date = DOS_DATE_1980;
    if ("content" in part) {
      crc = crc32(part.content);
      size = part.content.length;
      stored = deflateRawSync(part.content, { level: 6 });
      method = 8;
      if (stored.length >= size) {
        stored = part.content;
        method = 0;
      }
    } else {
      ({ stored, method, crc32: crc, uncompressedSize: size, modTime: time, modDate: date } = part);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(stored.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, stored);
    central.push(entry, name);
    offset += 30 + name.length + stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
