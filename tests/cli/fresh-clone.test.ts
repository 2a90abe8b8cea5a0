import { execFile } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

/** A copy of what a fresh clone has for the command: bin/, the install check, package.json; no node_modules, no build/. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), "bdg-fresh-"));
  mkdirSync(join(dir, "bin"));
  mkdirSync(join(dir, "scripts"));
  copyFileSync(join(ROOT, "bin", "bdg.js"), join(dir, "bin", "bdg.js"));
  copyFileSync(join(ROOT, "scripts", "check-install.js"), join(dir, "scripts", "check-install.js"));
  copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
  return dir;
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: "utf8" }, (error, out, err) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, out, err });
    });
  });
}

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe("a fresh clone without npm ci", () => {
  test("bdg says to run npm ci first, then build, and exits 2", async () => {
    const dir = freshClone();
    dirs.push(dir);
    const r = await run(process.execPath, ["bin/bdg.js", "validate", "x.xlsx"], dir);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n");
    expect(lines[0]).toContain("npm ci");
    expect(lines[1]).toContain("npm run build:cli");
    expect(r.err).not.toMatch(/Error|at /);
  });

  test("npm run sample says to run npm ci, not 'tsc: not found'", async () => {
    const dir = freshClone();
    dirs.push(dir);
    const r = await run("npm", ["run", "sample", "--silent"], dir);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("npm ci");
    expect(r.err).not.toContain("tsc");
  });

  test("with packages installed but nothing built, bdg asks only for the build", async () => {
    const dir = freshClone();
    dirs.push(dir);
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    const r = await run(process.execPath, ["bin/bdg.js", "plan"], dir);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain("npm ci");
    expect(r.err).toContain("npm run build:cli");
  });

  test("the install check passes in this checkout", async () => {
    const r = await run(process.execPath, ["scripts/check-install.js"], ROOT);
    expect(r).toEqual({ code: 0, out: "", err: "" });
    // The npm scripts that build run the check first.
    const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(scripts.sample.startsWith("node scripts/check-install.js && ")).toBe(true);
  });
});
