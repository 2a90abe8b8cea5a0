import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { listZipEntries, rawZipEntry } from "../../src/xlsx/zip-entries";
import { expectedMessage, makeHostileCorpus, type HostileFile, type Outcome } from "./make-hostile";

/**
 * `bdg validate` and `bdg report` on every file of the hostile corpus, each in a process of its
 * own: the expected exit status and message, nothing else on stderr (no stack, no exceljs
 * warning, no system error code), and a peak memory under the ceiling. Needs `npm run build:cli`
 * (npm test runs it first).
 */

const CEILING_MB = 300;
const TIMEOUT_MS = 60_000;
const ROOT = join(__dirname, "..", "..");

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  peakMB: number | null;
}

function bdg(args: string[], dir: string): Promise<Run> {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(__dirname, "peak-rss.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, BDG_PEAK_RSS_FILE: rssFile },
      timeout: TIMEOUT_MS,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("close", (code, signal) => {
      const peakMB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : null;
      done({ code, signal, stdout, stderr, peakMB });
    });
  });
}

let dir: string;
let corpus: HostileFile[];
beforeAll(async () => {
  if (!existsSync(join(ROOT, "build", "cli", "main.js"))) throw new Error("run `npm run build:cli` first");
  dir = mkdtempSync(join(tmpdir(), "bdg-hostile-"));
  corpus = await makeHostileCorpus(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOutcome(run: Run, file: HostileFile, expected: Outcome): void {
  expect({ file: file.name, code: run.code, signal: run.signal }).toEqual({ file: file.name, code: expected.exit, signal: null });
  const message = expectedMessage(expected);
  if (message !== undefined) {
    // One line: "bdg: <file>: <message>" (main.ts folds line breaks into spaces).
    expect(run.stderr).toBe(`bdg: ${file.path}: ${message.replace(/\s*\n\s*/g, " ")}\n`);
  } else {
    expect(run.stderr).toBe("");
  }
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |E[A-Z]{3,}\b|exceljs|Worksheet name|Error:/);
  expect(run.peakMB).not.toBeNull();
  expect({ file: file.name, belowCeiling: run.peakMB! < CEILING_MB, peakMB: Math.round(run.peakMB!) }).toMatchObject({ file: file.name, belowCeiling: true });
}

const NAMES = [
  "csv.xlsx",
  "old-excel.xlsx",
  "libreoffice.xlsx",
  "password.xlsx",
  "word.xlsx",
  "truncated.xlsx",
  "entity-expansion.xlsx",
  "external-entity.xlsx",
  "path-traversal.xlsx",
  "zip-bomb-declared.xlsx",
  "zip-bomb-lying.xlsx",
  "validations-whole-columns.xlsx",
  "validations-whole-columns-fallback.xlsx",
  "names-whole-columns.xlsx",
  "names-whole-columns-fallback.xlsx",
  "col-billion.xlsx",
  "col-billion-fallback.xlsx",
  "merge-whole-sheet.xlsx",
  "merge-whole-sheet-fallback.xlsx",
  "row-2000000000.xlsx",
  "row-2000000000-fallback.xlsx",
  "long-sheet-name.xlsx",
  "long-sheet-name-fallback.xlsx",
  "open-xml-sdk-prefixes.xlsx",
  "main-part-elsewhere.xlsx",
  "backslash-names.xlsx",
  "missing-sheet-part.xlsx",
  "chart-pivot-button.xlsx",
];

test("the corpus has every case listed here", () => {
  expect(corpus.map((f) => f.name).sort()).toEqual([...NAMES].sort());
});

describe.each(NAMES)("%s", (name) => {
  const file = () => corpus.find((f) => f.name === name)!;

  test(
    "bdg validate: expected outcome, one clean line at most on stderr, under the memory ceiling",
    async () => {
      const run = await bdg(["validate", file().path, "--as-of", "2025-12-31"], dir);
      expectOutcome(run, file(), file().validate);
    },
    TIMEOUT_MS + 10_000,
  );

  test(
    "bdg report: expected outcome, the copy written only when the file was read, under the memory ceiling",
    async () => {
      const out = join(dir, `${name.replace(/\.xlsx$/, "")}-bao-cao.xlsx`);
      const run = await bdg(["report", file().path, "--year", "2024", "--as-of", "2025-12-31", "--out", out], dir);
      expectOutcome(run, file(), file().report);
      expect(existsSync(out)).toBe(file().report.exit !== 2);
      if (file().report.exit === 2) return;
      // The copy reads back as the user's sheets plus the four report sheets, marked as the add-in's.
      const copy = readFileSync(out);
      const back = await readWorkbookBuffer(copy);
      expect(back.sheets.filter((s) => s.ownedByAddin).map((s) => s.name)).toEqual(["BC 2024", "B01 2024", "B02 2024", "B03 2021-2025", "B04 2024", "KT 2024"]);
      expect(back.sheets.filter((s) => !s.ownedByAddin).length).toBe(3);
      if (file().keepsParts) {
        const input = readFileSync(file().path);
        const inEntries = listZipEntries(input)!;
        const outEntries = new Map(listZipEntries(copy)!.map((e) => [e.name, e]));
        for (const e of inEntries) {
          if (/^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml)$/.test(e.name)) continue;
          const o = outEntries.get(e.name);
          expect({ part: e.name, kept: o !== undefined && rawZipEntry(copy, o)!.equals(rawZipEntry(input, e)!) }).toEqual({ part: e.name, kept: true });
        }
      }
      // Names that climb out of the package are never written anywhere.
      expect(existsSync(resolve(dir, "../../../../tmp/bdg-evil.txt"))).toBe(false);
      expect(existsSync("/etc/bdg-evil.txt")).toBe(false);
    },
    2 * TIMEOUT_MS + 10_000,
  );
});
