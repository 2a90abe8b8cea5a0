#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: prints figures, asserts nothing. Needs `npm run build:cli` first (the npm script
 * does it). Each measurement of memory runs in its own process so that peaks do not mix.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { makeWorkbook } = require("./make-workbook");

const ROWS = Number(process.env.BENCH_ROWS || 50000);
const root = path.join(__dirname, "..");

function child(script, args = []) {
  const out = execFileSync(process.execPath, ["-e", script, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out.trim().split("\n").pop());
}

const EXCELJS_ALONE = `
const ExcelJS = require("exceljs");
const t0 = process.hrtime.bigint();
new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(() => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024 }));
});`;

const WHOLE_COMMAND = `
const { main } = require("./build/cli/main.js");
const t0 = process.hrtime.bigint();
main(["validate", process.argv[1], "--json", "--as-of", "2025-12-31"], () => {}, () => {}).then((code) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(JSON.stringify({ ms, code, rssMB: process.resourceUsage().maxRSS / 1024 }));
});`;

const CORE_ONLY = `
const { readWorkbookFile } = require("./build/xlsx/read-workbook.js");
const { analyzeWorkbook } = require("./build/core/engine.js");
const { builtinPlan } = require("./build/core/plan/load.js");
const { parseIsoDay } = require("./build/core/time/days.js");
readWorkbookFile(process.argv[1]).then((book) => {
  const plan = builtinPlan();
  const asOf = parseIsoDay("2025-12-31");
  analyzeWorkbook(book, plan, { asOf }); // warm-up: JIT, lazily built tables
  const runs = [];
  let a;
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    a = analyzeWorkbook(book, plan, { asOf });
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((x, y) => x - y);
  console.log(JSON.stringify({ ms: runs[2], best: runs[0], activities: a.data.activities.length, issues: a.issues.length }));
});`;

async function main() {
  const rows = [];
  const print = (name, value) => {
    rows.push({ name, value });
    process.stdout.write(`${name.padEnd(58)} ${value}\n`);
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-bench-"));
  const file = path.join(dir, `tracking-${ROWS}.xlsx`);
  await makeWorkbook(file, ROWS);
  print(`workbook (${ROWS} rows)`, `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);

  const alone = child(EXCELJS_ALONE, [file]);
  print("exceljs read alone: time", `${(alone.ms / 1000).toFixed(2)} s`);
  print("exceljs read alone: peak memory", `${alone.rssMB.toFixed(0)} MB`);

  const core = child(CORE_ONLY, [file]);
  print("core (read + validate + progress), median of 5", `${(core.ms / 1000).toFixed(3)} s (target < 0.25 s)`);
  print("  activities read / issues found", `${core.activities} / ${core.issues}`);

  const whole = child(WHOLE_COMMAND, [file]);
  print("bdg validate --json: time", `${(whole.ms / 1000).toFixed(2)} s = ${(whole.ms / alone.ms).toFixed(2)}× exceljs (target ≤ 1.3×)`);
  print("bdg validate --json: peak memory", `${whole.rssMB.toFixed(0)} MB = ${(whole.rssMB / alone.rssMB).toFixed(2)}× exceljs (target ≤ 1.5×)`);

  for (const extra of ["./functions-bench.js", "./bundle-size.js"]) {
    const p = path.join(__dirname, extra);
    if (!fs.existsSync(p)) continue;
    const mod = require(p);
    const fn = mod.runFunctionsBench || mod.bundleSizeBench;
    if (typeof fn !== "function") continue;
    for (const r of await fn()) print(r.name, r.value);
  }
  for (const r of await require("./web-bench").webPageBench(file)) print(r.name, r.value);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`bench: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
