import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The package's version: package.json sits two folders up from both src/cli and build/cli. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "?";
  } catch {
    return "?";
  }
}
