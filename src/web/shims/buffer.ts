import { Buffer as PolyfilledBuffer } from "buffer/index.js";

/**
 * node:buffer for the page: the `buffer` package, with UTF-8 decoding through the browser's
 * TextDecoder, which is many times faster than the package's own JavaScript decoder on the
 * megabytes of sheet XML a workbook holds.
 */
const utf8 = new TextDecoder("utf-8");
const proto = PolyfilledBuffer.prototype as unknown as { toString: (encoding?: string, start?: number, end?: number) => string };
const original = proto.toString;

proto.toString = function (this: Uint8Array, encoding?: string, start?: number, end?: number): string {
  const enc = encoding === undefined ? "utf8" : String(encoding).toLowerCase();
  if (enc !== "utf8" && enc !== "utf-8") return original.call(this, encoding, start, end);
  const from = Math.max(0, start ?? 0);
  const to = Math.min(this.length, end ?? this.length);
  return to <= from ? "" : utf8.decode(this.subarray(from, to));
};

export const Buffer = PolyfilledBuffer;
export type Buffer = PolyfilledBuffer;
