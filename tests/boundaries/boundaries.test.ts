/**
 * The module boundaries of .dependency-cruiser.cjs (run by `npm run boundaries` in `npm test`), tried
 * on small source trees: each forbidden import must fail with the rule that names it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DEPCRUISE = path.join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const CONFIG = path.join(ROOT, ".dependency-cruiser.cjs");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-boundaries-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Cruises a tree of files (path -> source) laid out like the project's src/. */
function cruise(files: Record<string, string>): { status: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(tmp, "tree-"));
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "commonjs", moduleResolution: "node", strict: true } }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", CONFIG, "--output-type", "err"], { cwd: dir, encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

test("the layers may import what lies below them", () => {
  const r = cruise({
    "src/core/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
    "src/core/b.ts": "export const b = 1;\n",
    "src/excel/workbook-service.ts": 'import { a } from "../core/a";\nexport const w = a;\n',
    "src/cli/main.ts": 'import { a } from "../core/a";\nexport const m = a;\n',
  });
  expect(r.out).toContain("no dependency violations");
  expect(r.status).toBe(0);
});

test("each forbidden import fails with the rule that names it", () => {
  const r = cruise({
    "src/excel/workbook-service.ts": "export interface WorkbookService { name: string }\n",
    // One folder up: the import ESLint's path patterns used to let through.
    "src/core/x.ts": 'import type { WorkbookService } from "../excel/workbook-service";\nexport type X = WorkbookService;\n',
    "src/core/read/fs.ts": 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n',
    "src/xlsx/x.ts": 'import { y } from "../cli/y";\nexport const x = y;\n',
    "src/cli/y.ts": "export const y = 1;\n",
    "src/core/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "src/core/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
  });
  expect(r.status).not.toBe(0);
  expect(r.out).toContain("core-is-pure: src/core/x.ts → src/excel/workbook-service.ts");
  expect(r.out).toContain("core-no-node: src/core/read/fs.ts → fs");
  expect(r.out).toContain("adapters-no-front-end: src/xlsx/x.ts → src/cli/y.ts");
  expect(r.out).toMatch(/no-circular: src\/core\/[ab]\.ts →\s+src\/core\/[ab]\.ts/);
});
