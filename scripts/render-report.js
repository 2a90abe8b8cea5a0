#!/usr/bin/env node
"use strict";
/**
 * Renders the report sheets of a workbook written by `bdg report` to a PDF and one PNG per page,
 * to look at them as they would print. Uses LibreOffice (headless) and pdftoppm; installs nothing.
 *
 *   node scripts/render-report.js <report.xlsx> [--out DIR] [--dpi 110] [--all]
 *
 * Only the add-in's own sheets (marked BDG_REPORT_<n>, see docs/file-format.md) are rendered, in
 * a temporary copy; --all renders every sheet. Output goes to DIR (default out/render/<name>/):
 * <name>.pdf and <name>-<page>.png. LibreOffice stands in Liberation Serif (same metrics) for
 * Times New Roman where that font is missing, and Carlito for Calibri, whose digit width sets the
 * column widths (without it the pages come out shrunk).
 * Debian packages: libreoffice-calc (soffice), poppler-utils (pdftoppm), fonts-liberation2 (the
 * 2.x Liberation fonts: fonts-liberation 1.x lacks ơ and ư and changes the wrapping), and
 * fonts-crosextra-carlito.
 */
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

function fail(msg) {
  process.stderr.write(`render-report: ${msg}\n`);
  process.exit(2);
}

function which(cmd) {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function parseArgs(argv) {
  const out = { file: null, dir: null, dpi: 110, all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--out") out.dir = argv[++i];
    else if (a === "--dpi") out.dpi = Number(argv[++i]);
    else if (a === "--all") out.all = true;
    else if (a === "-h" || a === "--help") {
      process.stdout.write("node scripts/render-report.js <report.xlsx> [--out DIR] [--dpi 110] [--all]\n");
      process.exit(0);
    } else if (!out.file) out.file = a;
    else fail(`unexpected argument ${a}`);
  }
  if (!out.file) fail("give the .xlsx written by `bdg report`");
  if (!Number.isFinite(out.dpi) || out.dpi < 30 || out.dpi > 600) fail("--dpi must be a number from 30 to 600");
  return out;
}

/** The sheet a BDG_REPORT_<n> name refers to ("'BC 2024'!$A$1" -> "BC 2024"). */
function sheetOf(ref) {
  const m = /^=?'((?:[^']|'')+)'!/.exec(ref) || /^=?([^'!#][^!]*)!/.exec(ref);
  return m ? m[1].replace(/''/g, "'") : null;
}

/** Manual row breaks of each sheet of an .xlsx, as the break ids (the last row of the page above). */
async function rowBreaksByName(file) {
  const out = new Map();
  let JSZip;
  try {
    JSZip = require("jszip");
  } catch {
    return out;
  }
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const wbXml = await zip.file("xl/workbook.xml").async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels").async("string");
  const targets = new Map([...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [/Id="([^"]+)"/.exec(m[0])[1], /Target="([^"]+)"/.exec(m[0])[1]]));
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'");
    const rid = /r:id="([^"]+)"/.exec(m[0]);
    const target = rid && targets.get(rid[1]);
    if (!target) continue;
    const part = zip.file(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    if (!part) continue;
    const xml = await part.async("string");
    const rb = /<rowBreaks\b[\s\S]*?<\/rowBreaks>/.exec(xml);
    if (rb) out.set(name, [...rb[0].matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((b) => Number(b[1])));
  }
  return out;
}

async function reportOnlyCopy(file, tmpDir) {
  let ExcelJS;
  try {
    ExcelJS = require("exceljs");
  } catch {
    fail("exceljs is not installed here: run this from the project folder after npm ci");
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const owned = new Set();
  for (const { name, ranges } of wb.definedNames.model) {
    if (!/^BDG_REPORT(_\d+)?$/i.test(name)) continue;
    for (const r of ranges) {
      const s = sheetOf(r);
      if (s) owned.add(s);
    }
  }
  if (owned.size === 0) fail(`${file} has no report sheets written by bdg (use --all to render every sheet)`);
  for (const ws of [...wb.worksheets]) if (!owned.has(ws.name)) wb.removeWorksheet(ws.id);
  // exceljs reads no manual page breaks: put back those of the original sheets, or the pages
  // rendered would not be the pages printed.
  const breaks = await rowBreaksByName(file);
  for (const ws of wb.worksheets) for (const id of breaks.get(ws.name) || []) ws.getRow(id).addPageBreak();
  const copy = path.join(tmpDir, path.basename(file));
  await wb.xlsx.writeFile(copy);
  return { copy, sheets: wb.worksheets.map((w) => w.name) };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.file)) fail(`no such file: ${args.file}`);
  const soffice = which("soffice") || which("libreoffice");
  const pdftoppm = which("pdftoppm");
  const missing = [];
  if (!soffice) missing.push("soffice (Debian package libreoffice-calc)");
  if (!pdftoppm) missing.push("pdftoppm (Debian package poppler-utils)");
  if (missing.length > 0) {
    fail(`missing: ${missing.join(", ")}; for the right font metrics also install fonts-liberation2 and fonts-crosextra-carlito`);
  }
  const fonts = spawnSync("fc-match", ["-f", "%{family}", "Calibri"], { encoding: "utf8" });
  if (fonts.status === 0 && !/carlito|calibri/i.test(fonts.stdout)) {
    process.stderr.write("render-report: no Calibri or Carlito font: pages will come out smaller (install fonts-crosextra-carlito)\n");
  }

  const name = path.basename(args.file).replace(/\.xlsx$/i, "");
  const outDir = path.resolve(args.dir || path.join("out", "render", name));
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-render-"));
  try {
    let source = path.resolve(args.file);
    if (!args.all) {
      const r = await reportOnlyCopy(source, tmp);
      source = r.copy;
      process.stdout.write(`sheets: ${r.sheets.join(", ")}\n`);
    }
    // A private LibreOffice profile: no clash with a running instance, no first-start dialogs.
    const profile = "file://" + path.join(tmp, "lo-profile");
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp, source], {
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 180000,
    });
    const pdfTmp = path.join(tmp, path.basename(source).replace(/\.xlsx$/i, ".pdf"));
    if (!fs.existsSync(pdfTmp)) fail("LibreOffice wrote no PDF");
    const pdf = path.join(outDir, `${name}.pdf`);
    fs.copyFileSync(pdfTmp, pdf);
    for (const f of fs.readdirSync(outDir)) if (f.startsWith(`${name}-`) && f.endsWith(".png")) fs.rmSync(path.join(outDir, f));
    execFileSync(pdftoppm, ["-png", "-r", String(args.dpi), pdf, path.join(outDir, name)], { stdio: "inherit" });
    const pages = fs.readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort();
    process.stdout.write(`${pdf}\n${pages.length} pages: ${pages.map((p) => path.join(outDir, p)).join("\n")}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => fail(e && e.message ? e.message : String(e)));
