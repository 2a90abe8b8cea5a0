#!/usr/bin/env node
"use strict";
/**
 * On a fresh clone nothing is installed yet: the build step would fail with "tsc: not found", which
 * tells a user nothing. `node scripts/check-install.js` exits 2 with the step to take instead; npm
 * scripts that build run it first, and bin/bdg.js asks the same question.
 */
const path = require("path");

const root = path.join(__dirname, "..");

/** Packages whose absence means `npm ci` was never run: the compiler and the .xlsx library. */
const PROBES = ["typescript/package.json", "exceljs/package.json"];

function installed() {
  try {
    for (const p of PROBES) require.resolve(p, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

const NOT_INSTALLED = "chưa cài các gói — hãy chạy `npm ci` trước (packages not installed: run `npm ci` first).";

module.exports = { installed, NOT_INSTALLED };

if (require.main === module && !installed()) {
  process.stderr.write(`bdg: ${NOT_INSTALLED}\n`);
  process.exitCode = 2;
}
