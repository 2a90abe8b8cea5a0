import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";

/**
 * The outputs a user sees on the sample, as files: the command's JSON and text, and the parts of
 * the written report workbooks that hold what is printed. Kept under tests/golden/expected so a
 * change that is meant to keep behaviour (a refactoring) is proven to keep it byte for byte.
 */

export const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
export const EXPECTED = join(__dirname, "expected");
const AS_OF = "2025-12-31";

async function capture(argv: string[]): Promise<string> {
  let out = "";
  const code = await main(argv, (s) => (out += s + "\n"), (s) => (out += "stderr: " + s + "\n"));
  // Paths differ between checkouts: the sample is named by a placeholder.
  return `${out}exit: ${code}\n`.split(SAMPLE).join("<sample>");
}

/** Report parts worth comparing: sheets, strings, styles and the workbook (docProps carry times). */
function reportParts(file: string): Record<string, string> {
  const data = readFileSync(file);
  const parts: Record<string, string> = {};
  for (const entry of listZipEntries(data) ?? []) {
    if (!entry.name.startsWith("xl/") || entry.name.endsWith("/") || entry.name.startsWith("xl/theme/")) continue;
    const text = readZipEntry(data, entry);
    if (text) parts[entry.name.replace(/\//g, "__")] = text.toString("utf8");
  }
  return parts;
}

/** Every golden output by file name. */
export async function goldenOutputs(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), "bdg-golden-"));
  try {
    const out: Record<string, string> = {};
    out["validate.json"] = await capture(["validate", SAMPLE, "--json", "--as-of", AS_OF]);
    out["validate.txt"] = await capture(["validate", SAMPLE, "--as-of", AS_OF]);
    out["validate-en.txt"] = await capture(["validate", SAMPLE, "--as-of", AS_OF, "--lang", "en"]);
    out["progress.json"] = await capture(["progress", SAMPLE, "--json", "--as-of", AS_OF]);
    out["progress.txt"] = await capture(["progress", SAMPLE, "--as-of", AS_OF]);
    out["plan.txt"] = await capture(["plan"]);
    for (const [name, args] of [
      ["report-2024", ["--year", "2024"]],
      ["report-period", ["--period"]],
    ] as const) {
      const file = join(dir, `${name}.xlsx`);
      const text = await capture(["report", SAMPLE, ...args, "--as-of", AS_OF, "--out", file]);
      out[`${name}.txt`] = text.split(file).join("<out>");
      for (const [part, xml] of Object.entries(reportParts(file))) out[`${name}.${part}`] = xml;
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
