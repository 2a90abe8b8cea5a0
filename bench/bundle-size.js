"use strict";
/**
 * Size of the scripts the task pane page loads (office.js aside), gzipped, against the 250 KB
 * budget. Builds the production bundle into a temporary folder (dist/ is left alone), reads which
 * scripts taskpane.html loads, and gzips each at zlib's default level (6), as a web server would. BDG_BUNDLE_DIR=<folder> measures
 * an existing production build instead.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..");
const BUDGET_KB = 250;

function buildProduction() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-bundle-"));
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", "only=addin", "--output-path", out], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`webpack --mode production failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  return out;
}

/** The scripts taskpane.html loads from the build, in page order; office.js (Microsoft's) is not ours. */
function pageScripts(dir) {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  // Minified HTML drops the quotes: src=taskpane.js as well as src="taskpane.js".
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] || m[2] || m[3]);
  return srcs.filter((s) => !/office(\.debug)?\.js$/i.test(s) && !/^https?:/i.test(s)).map((s) => s.replace(/^\.?\//, "").split("?")[0]);
}

/** Rows for bench/run.js: the total gzipped size against the budget, then each script. */
function bundleSizeBench() {
  const dir = process.env.BDG_BUNDLE_DIR || buildProduction();
  const rows = [];
  let total = 0;
  const each = [];
  for (const name of pageScripts(dir)) {
    const body = fs.readFileSync(path.join(dir, name));
    const gz = zlib.gzipSync(body).length;
    total += gz;
    each.push({ name: `  ${name}: raw / gzip`, value: `${(body.length / 1024).toFixed(1)} KB / ${(gz / 1024).toFixed(1)} KB` });
  }
  const kb = total / 1024;
  rows.push({
    name: "task pane scripts, gzipped (office.js aside)",
    value: `${kb.toFixed(1)} KB (budget ${BUDGET_KB} KB: ${kb <= BUDGET_KB ? "within" : "OVER"})`,
  });
  rows.push(...each);
  if (!process.env.BDG_BUNDLE_DIR) fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

module.exports = { bundleSizeBench, pageScripts, BUDGET_KB };

if (require.main === module) {
  for (const r of bundleSizeBench()) process.stdout.write(`${r.name.padEnd(58)} ${r.value}\n`);
}
