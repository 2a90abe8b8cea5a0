#!/usr/bin/env node
"use strict";
/**
 * Offline check of the add-in's XML manifest: see src/tools/manifest/cli.ts. This file runs the
 * compiled check (`npm run build:tools`, which `npm run validate` runs first) and lends it to
 * webpack.config.js, which checks dist/manifest.xml after a production build.
 *
 *   node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root DIR] [--production]
 */
const path = require("path");

const COMPILED = path.join(__dirname, "..", "build", "tools", "manifest");
let checker;
try {
  checker = {
    ...require(path.join(COMPILED, "check-manifest.js")),
    ...require(path.join(COMPILED, "messages.js")),
    ...require(path.join(COMPILED, "cli.js")),
  };
} catch (e) {
  if (!(e && e.code === "MODULE_NOT_FOUND")) throw e;
  const notBuilt = "check-manifest: chưa biên dịch — hãy chạy `npm run build:tools` (not built: run `npm run build:tools`; after `npm ci` on a fresh clone).";
  if (require.main !== module) throw new Error(notBuilt);
  process.stderr.write(notBuilt + "\n");
  process.exit(2);
}

module.exports = checker;

if (require.main === module) {
  checker.main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
