import { accessSync, constants } from "fs";
import { delimiter, join } from "path";

/** Debian's chromium on the PATH (never a downloaded browser), or CHROMIUM_PATH; null when absent. */
export function findChromium(): string | null {
  const explicit = process.env.CHROMIUM_PATH;
  const candidates = explicit ? [explicit] : [];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser"]) candidates.push(join(dir, name));
  }
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* not this one */
    }
  }
  return null;
}

/** The flags that make Debian's chromium run headless as root in a container (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
