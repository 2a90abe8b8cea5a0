import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { FUNCTIONS, type FunctionName } from "../../src/core/functions";

/**
 * functions.json as custom-functions-metadata writes it from src/functions/functions.ts — the file
 * Excel registers the functions from. The tool exits 0 even when it finds errors (and then writes
 * nothing, or drops functions silently), so the test looks at the file itself, and checks it
 * against the core's declarations: same functions, same parameters, same shape of result.
 */

interface Param {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: { stream?: boolean };
}

const root = join(__dirname, "..", "..");
let dir: string;
let out: string;
let cli: { stdout: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-functions-json-"));
  out = join(dir, "functions.json");
  const bin = require.resolve("custom-functions-metadata/lib/cli.js");
  const stdout = execFileSync(process.execPath, [bin, "generate", join(root, "src/functions/functions.ts"), out], { cwd: root, encoding: "utf8" });
  cli = { stdout };
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function functionsJson(): { functions: Fn[] } {
  expect(existsSync(out)).toBe(true);
  return JSON.parse(readFileSync(out, "utf8")) as { functions: Fn[] };
}

it("is written, without errors reported", () => {
  expect(cli.stdout).not.toMatch(/Errors found/);
  expect(functionsJson().functions.length).toBeGreaterThan(0);
});

it("lists every function the core declares, under its own name, and nothing else", () => {
  const declared = FUNCTIONS.map((f) => f.name).sort();
  expect(functionsJson().functions.map((f) => f.id).sort()).toEqual(declared);
  expect(functionsJson().functions.map((f) => f.name).sort()).toEqual(declared);
});

describe.each(FUNCTIONS.map((d) => [d.name, d] as const))("BDG.%s", (name, decl) => {
  const fn = (): Fn => functionsJson().functions.find((f) => f.name === name) as Fn;

  it("has the core's parameters, in order, optional where the core says", () => {
    expect(fn().parameters.map((p) => [p.name, p.optional === true])).toEqual(decl.params.map((p) => [p.name, p.optional]));
  });

  it("takes `data` as a range and every other argument as one value", () => {
    for (const p of fn().parameters) expect(p.dimensionality ?? "scalar").toBe(p.name === "data" ? "matrix" : "scalar");
  });

  it("returns a single value or a spilled table, as declared, and streams when it reads tracking data", () => {
    expect(fn().result.dimensionality ?? "scalar").toBe(decl.result);
    expect(fn().options?.stream === true).toBe(decl.uses === "tracking");
  });

  it("is described in Vietnamese", () => {
    expect(fn().description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });
});

it("gives the types Excel converts to: numbers for counts, text for labels", () => {
  const byName = new Map(functionsJson().functions.map((f) => [f.name, f]));
  // Typed by the declarations' names: a renamed function fails to compile here, a new one below.
  const numbers: FunctionName[] = ["COUNT", "PARTICIPANTS", "BUDGET", "ISSUES"];
  const texts: FunctionName[] = ["STATUS", "TASK", "CAMPAIGN", "TASKS"];
  // PROGRESS is a number, or "" when nothing is due.
  const either: FunctionName[] = ["PROGRESS"];
  for (const n of numbers) expect(byName.get(n)?.result.type).toBe("number");
  for (const n of texts) expect(byName.get(n)?.result.type).toBe("string");
  for (const n of either) expect(byName.get(n)?.result.type).toBeUndefined();
  expect([...numbers, ...texts, ...either].sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
});
