import { inflateSync } from "fflate";
import { Buffer } from "./buffer";

/**
 * node:zlib for the page: the reader needs only inflateRawSync (zip entries), done here with
 * fflate. Throws on damaged data, as zlib does, and the reader reports the file as damaged.
 */
export function inflateRawSync(raw: Uint8Array): Buffer {
  const out = inflateSync(raw);
  return Buffer.from(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
