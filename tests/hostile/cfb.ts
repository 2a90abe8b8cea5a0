/**
 * A minimal OLE compound file (version 3, 512-byte sectors), the container of old .xls workbooks
 * and of password-protected .xlsx: a header, one FAT sector, one directory sector and each
 * stream in whole sectors (streams are padded to 4096 bytes so that no mini stream is needed).
 * Structurally what Excel and LibreOffice write, and read as such by compound-file readers.
 */

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
const MIN_STREAM = 4096;

export function compoundFile(streams: Array<{ name: string; data: Buffer }>): Buffer {
  if (streams.length > 3) throw new Error("compoundFile: up to three streams");
  const padded = streams.map((s) => Buffer.concat([s.data, Buffer.alloc(Math.max(0, MIN_STREAM - s.data.length))]));
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector size 2^9
  header.writeUInt16LE(6, 32); // mini sector size 2^6
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(MIN_STREAM, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  let next = 2;
  const starts: number[] = [];
  for (const data of padded) {
    const count = Math.ceil(data.length / SECTOR);
    starts.push(next);
    for (let i = 0; i < count; i++) fat.writeUInt32LE(i === count - 1 ? END_OF_CHAIN : next + i + 1, (next + i) * 4);
    next += count;
  }

  const directory = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const p = i * 128;
    directory.write(name, p, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, p + 64);
    directory.writeUInt8(type, p + 66);
    directory.writeUInt8(1, p + 67); // black
    directory.writeUInt32LE(NO_STREAM, p + 68);
    directory.writeUInt32LE(right, p + 72);
    directory.writeUInt32LE(child, p + 76);
    directory.writeUInt32LE(start, p + 116);
    directory.writeUInt32LE(size, p + 120);
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  streams.forEach((s, i) => entry(i + 1, s.name, 2, NO_STREAM, i + 1 < streams.length ? i + 2 : NO_STREAM, starts[i], padded[i].length));
  for (let i = streams.length + 1; i < 4; i++) {
    directory.writeUInt32LE(NO_STREAM, i * 128 + 68);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 72);
    directory.writeUInt32LE(NO_STREAM, i * 128 + 76);
  }
  return Buffer.concat([header, fat, directory, ...padded]);
}

/** A BIFF8 workbook stream: BOF (workbook globals, as Excel 97 and LibreOffice write it), EOF. */
export function biff8Workbook(): Buffer {
  const bof = Buffer.alloc(4 + 16);
  bof.writeUInt16LE(0x0809, 0);
  bof.writeUInt16LE(16, 2);
  bof.writeUInt16LE(0x0600, 4); // BIFF8
  bof.writeUInt16LE(0x0005, 6); // workbook globals
  bof.writeUInt16LE(0x0dbb, 8); // build
  bof.writeUInt16LE(0x07cc, 10); // year
  const eof = Buffer.from([0x0a, 0x00, 0x00, 0x00]);
  return Buffer.concat([bof, eof]);
}

/** The two streams of an agile-encrypted .xlsx: EncryptionInfo (version 4.4 + XML) and EncryptedPackage. */
export function encryptedPackageStreams(): Array<{ name: string; data: Buffer }> {
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>',
      "utf8",
    ),
  ]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(6000, 0);
  let seed = 7;
  const body = Buffer.alloc(6016).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
  return [
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: Buffer.concat([size, body]) },
  ];
}
