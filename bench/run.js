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

const REPORT_COMMAND = `
const { main } = require("./build/cli/main.js");
const t0 = process.hrtime.bigint();
main(["report", process.argv[1], "--year", "2024", "--as-of", "2025-12-31", "--out", process.argv[2]], () => {}, () => {}).then((code) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(JSON.stringify({ ms, code, rssMB: process.resourceUsage().maxRSS / 1024 }));
});`;

/**
 * The bench workbook with a status dropdown over three whole columns of every sheet (K8:K1048576…),
 * as the pane's template and many real files have: the case that made the report copy hang when it
 * was a full exceljs load and save.
 */
function withWholeColumnValidations(file, out) {
  const { listZipEntries, readZipEntry } = require("../build/xlsx/zip-entries.js");
  const { writeZip } = require("../build/xlsx/zip-writer.js");
  const data = fs.readFileSync(file);
  const dv = (c) => `<dataValidation type="list" allowBlank="1" sqref="${c}8:${c}1048576"><formula1>"Hoàn thành,Đang thực hiện"</formula1></dataValidation>`;
  const parts = listZipEntries(data).filter((e) => !e.name.endsWith("/")).map((e) => {
    let content = readZipEntry(data, e);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) {
      const xml = content.toString("utf8").replace(/<dataValidations[\s\S]*?<\/dataValidations>/, "");
      content = Buffer.from(xml.replace("<pageMargins", `<dataValidations count="3">${dv("K")}${dv("L")}${dv("M")}</dataValidations><pageMargins`), "utf8");
    }
    return { name: e.name, content };
  });
  fs.writeFileSync(out, writeZip(parts));
}

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

  const report = child(REPORT_COMMAND, [file, path.join(dir, "report.xlsx")]);
  print("bdg report (copy with the 4 report sheets): time", `${(report.ms / 1000).toFixed(2)} s = ${(report.ms / whole.ms).toFixed(2)}× validate`);
  print("bdg report: peak memory", `${report.rssMB.toFixed(0)} MB = ${(report.rssMB / whole.rssMB).toFixed(2)}× validate`);
  const dvFile = path.join(dir, "whole-column-validations.xlsx");
  withWholeColumnValidations(file, dvFile);
  const dvValidate = child(WHOLE_COMMAND, [dvFile]);
  const dvReport = child(REPORT_COMMAND, [dvFile, path.join(dir, "report-dv.xlsx")]);
  print("  with dropdowns on K8:M1048576: validate time / memory", `${(dvValidate.ms / 1000).toFixed(2)} s / ${dvValidate.rssMB.toFixed(0)} MB`);
  print("  with dropdowns on K8:M1048576: report time / memory", `${(dvReport.ms / 1000).toFixed(2)} s / ${dvReport.rssMB.toFixed(0)} MB = ${(dvReport.ms / dvValidate.ms).toFixed(2)}× / ${(dvReport.rssMB / dvValidate.rssMB).toFixed(2)}× validate`);

  for (const extra of ["./functions-bench.js", "./bundle-size.js", "./consolidation-bench.js"]) {
    const p = path.join(__dirname, extra);
    if (!fs.existsSync(p)) continue;
    const mod = require(p);
    const fn = mod.runFunctionsBench || mod.bundleSizeBench || mod.consolidationBench;
    if (typeof fn !== "function") continue;
    for (const r of await fn()) print(r.name, r.value);
  }
  for (const r of require("./guess-bench").guessBench()) print(r.name, r.value);
  for (const r of await require("./web-bench").webPageBench(file)) print(r.name, r.value);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`bench: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
});
