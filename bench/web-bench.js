"use strict";
/**
 * The offline page (dist/web) against the command line on the same workbook: opening plus checking
 * it in Chromium (playwright-core, the page opened from file:// as on an office PC) and
 * `bdg validate --json`, side by side, with the ratio against the 2× target; and the page's
 * scripts, gzipped, against the 500 KB budget. BDG_WEB_DIST=<folder with web/index.html> measures
 * an existing build instead of building one.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..");
const BUDGET_KB = 500;
const TARGET_RATIO = 2;
const AS_OF = "2025-12-31";
const RUNS = 3;

function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : [];
  for (const dir of (process.env.PATH || "").split(path.delimiter)) for (const n of ["chromium", "chromium-browser"]) candidates.push(path.join(dir, n));
  return candidates.find((c) => {
    try {
      fs.accessSync(c, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function buildWeb() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-web-bench-"));
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "only=web", "--output-path", out], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`webpack (web page) failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return out;
}

const CLI_VALIDATE = `
const { main } = require("./build/cli/main.js");
const t0 = process.hrtime.bigint();
main(["validate", process.argv[1], "--json", "--as-of", "${AS_OF}"], () => {}, () => {}).then(() => {
  console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
});`;

function cliMs(file) {
  const out = execFileSync(process.execPath, ["-e", CLI_VALIDATE, file], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out.trim().split("\n").pop()).ms;
}

async function pageMs(browser, pageUrl, file) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${pageUrl}?asOf=${AS_OF}`);
    await page.getByRole("button", { name: "Mở sổ làm việc…" }).waitFor();
    const t0 = Date.now();
    await page.setInputFiles("#open-workbook", file);
    await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click({ timeout: 300_000 });
    await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 300_000 });
    return Date.now() - t0;
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Rows for bench/run.js. */
async function webPageBench(file) {
  const rows = [];
  const dir = process.env.BDG_WEB_DIST || buildWeb();
  try {
    const webDir = path.join(dir, "web");
    const scripts = fs.readdirSync(webDir).filter((n) => n.endsWith(".js"));
    const html = fs.readFileSync(path.join(webDir, "index.html"), "utf8");
    let total = 0;
    let initial = 0;
    for (const n of scripts) {
      const gz = zlib.gzipSync(fs.readFileSync(path.join(webDir, n))).length;
      total += gz;
      if (html.includes(n)) initial += gz;
    }
    const kb = (b) => (b / 1024).toFixed(1);
    rows.push({ name: "web page scripts, gzipped (all chunks)", value: `${kb(total)} KB (budget ${BUDGET_KB} KB: ${total / 1024 <= BUDGET_KB ? "within" : "OVER"}); loaded at start ${kb(initial)} KB` });

    const chromiumPath = findChromium();
    if (!chromiumPath || !file) {
      rows.push({ name: "web page: open + check", value: "skipped (no chromium on the PATH)" });
      return rows;
    }
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const pageUrl = pathToFileURL(path.join(webDir, "index.html")).href;
    const web = [];
    const cli = [];
    try {
      // Alternating runs, so that both see the same load on the machine.
      for (let i = 0; i < RUNS; i++) {
        cli.push(cliMs(file));
        web.push(await pageMs(browser, pageUrl, file));
      }
    } finally {
      await browser.close();
    }
    const w = median(web);
    const c = median(cli);
    const ratio = w / c;
    rows.push({ name: `web page: open + check, median of ${RUNS}`, value: `${(w / 1000).toFixed(2)} s` });
    rows.push({ name: `bdg validate --json, same file, median of ${RUNS}`, value: `${(c / 1000).toFixed(2)} s` });
    rows.push({ name: "web page / bdg validate", value: `${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "within" : "OVER"})` });
  } finally {
    if (!process.env.BDG_WEB_DIST) fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

module.exports = { webPageBench, BUDGET_KB, TARGET_RATIO };

if (require.main === module) {
  (async () => {
    const { makeWorkbook } = require("./make-workbook");
    const rowsWanted = Number(process.env.BENCH_ROWS || 50000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-web-bench-book-"));
    const file = path.join(tmp, `tracking-${rowsWanted}.xlsx`);
    await makeWorkbook(file, rowsWanted);
    try {
      for (const r of await webPageBench(file)) process.stdout.write(`${r.name.padEnd(58)} ${r.value}\n`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  })().catch((e) => {
    process.stderr.write(`web bench: ${e && e.message ? e.message : e}\n`);
    process.exit(1);
  });
}
