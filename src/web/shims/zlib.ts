import { deflateSync, inflateSync } from "fflate";
import { Buffer } from "./buffer";

/**
 * node:zlib for the page, done with fflate: raw inflate for reading zip entries (with the same
 * output limit the reader passes to Node, so a zip bomb is refused here too) and raw deflate for
 * writing copies. Throws on damaged data, as zlib does, and the reader reports the file as damaged.
 * crc32 is left out: the zip writer has its own table version for runtimes without it.
 */
export function inflateRawSync(raw: Uint8Array, options?: { maxOutputLength?: number }): Buffer {
  const out = inflateSync(raw);
  if (options?.maxOutputLength !== undefined && out.byteLength > options.maxOutputLength) {
    // Node's code for it, which the reader turns into "part too large".
    throw Object.assign(new RangeError("Cannot create a Buffer larger than maxOutputLength"), { code: "ERR_BUFFER_TOO_LARGE" });
  }
  return Buffer.from(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}

export function deflateRawSync(data: Uint8Array, options?: { level?: number }): Buffer {
  const level = (options?.level ?? 6) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  const out = deflateSync(data, { level });
  return Buffer.from(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
