import * as fs from "fs";
import * as path from "path";
import type { ManifestUrl } from "./manifest-urls";
import type { Reporter } from "./report";
import { MAX_ICON_BYTES } from "./schema";
import { attr, type XmlElement } from "./xml-tree";

/** Reads width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
function pngSize(buf: Buffer): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, k) => buf[k] !== b) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * URLs: all https; the add-in's own files on one origin; icons exist with the right size.
 * The origin and base folder are those of the task pane page (`sourceLocation`); icon files are
 * looked up under `root`, relative to that folder.
 */
export function checkUrls(urls: readonly ManifestUrl[], sourceLocation: XmlElement | undefined, root: string, error: Reporter, warn: Reporter): void {
  let base: { origin: string; path: string } | undefined;
  if (sourceLocation) {
    try {
      const u = new URL(attr(sourceLocation, "DefaultValue") || "");
      base = { origin: u.origin, path: u.pathname.replace(/[^/]*$/, "") };
    } catch {
      // reported below as a bad URL
    }
  }
  for (const { url, el, hosted, size } of urls) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      error("url-bad", { url }, el);
      continue;
    }
    if (u.protocol !== "https:") {
      error("url-https", { url }, el);
      continue;
    }
    if (!hosted || !base) continue;
    if (u.origin !== base.origin) {
      error("url-origin", { url, origin: base.origin }, el);
      continue;
    }
    if (!size) continue;
    if (!u.pathname.startsWith(base.path)) {
      error("icon-outside", { url, base: base.origin + base.path }, el);
      continue;
    }
    const rel = decodeURIComponent(u.pathname.slice(base.path.length));
    const file = path.resolve(root, rel);
    const shown = path.relative(process.cwd(), file) || file;
    if (path.relative(root, file).startsWith("..")) {
      error("icon-outside", { url, base: base.origin + base.path }, el);
      continue;
    }
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch {
      error("icon-missing", { url, file: shown }, el);
      continue;
    }
    const dims = pngSize(buf);
    if (!dims) {
      error("icon-not-png", { file: shown }, el);
      continue;
    }
    for (const s of size) {
      if (dims.width !== s || dims.height !== s) error("icon-size", { file: shown, expected: s, actual: `${dims.width}×${dims.height}` }, el);
    }
    if (buf.length > MAX_ICON_BYTES) warn("icon-heavy", { file: shown, kb: Math.round(buf.length / 1024) }, el);
  }
}
