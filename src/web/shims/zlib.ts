import { inflateSync } from "fflate";
import { Buffer } from "./buffer";

/**
 * node:zlib for the page: the reader needs only inflateRawSync (zip entries). Entries the page
 * inflated ahead with the browser's own decompressor (pre-inflate.ts) are taken from there; the
 * rest are inflated here with fflate. Throws on damaged data, as zlib does.
 */

type Cached = { buffer: ArrayBufferLike; byteOffset: number; length: number; out: Uint8Array };
const ready: Cached[] = [];

/** Remember the inflated bytes of one raw slice (same buffer, offset and length) until it is asked for. */
export function rememberInflated(raw: Uint8Array, out: Uint8Array): void {
  ready.push({ buffer: raw.buffer, byteOffset: raw.byteOffset, length: raw.byteLength, out });
}

/** Forget every remembered slice (after a workbook is read). */
export function forgetInflated(): void {
  ready.length = 0;
}

export function inflateRawSync(raw: Uint8Array): Buffer {
  const i = ready.findIndex((c) => c.buffer === raw.buffer && c.byteOffset === raw.byteOffset && c.length === raw.byteLength);
  if (i >= 0) {
    const { out } = ready[i];
    ready.splice(i, 1);
    return Buffer.from(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
  }
  const out = inflateSync(raw);
  return Buffer.from(out.buffer as ArrayBuffer, out.byteOffset, out.byteLength);
}
