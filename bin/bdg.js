#!/usr/bin/env node
"use strict";
// The command is compiled from src/cli by `npm run build:cli` (run by `npm run sample` and `npm run bench`).
const fs = require("fs");
const path = require("path");
const { installed, NOT_INSTALLED } = require("../scripts/check-install.js");

const entry = path.join(__dirname, "..", "build", "cli", "main.js");
let main;
try {
  main = require(entry).main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    // A fresh clone has neither node_modules nor build/: `npm ci` comes first, or the build fails.
    if (!installed()) process.stderr.write(`bdg: ${NOT_INSTALLED}\n`);
    if (!fs.existsSync(entry)) process.stderr.write("bdg: chưa biên dịch — hãy chạy `npm run build:cli` (not built: run `npm run build:cli`).\n");
    if (installed() && fs.existsSync(entry)) throw e;
    process.exit(2);
  }
  throw e;
}
// A reader that stops early (`bdg validate … | head`) closes the pipe: nothing is wrong, stop quietly.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
// exitCode, not exit(): exiting at once would cut output still being written to a pipe.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
