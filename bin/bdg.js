#!/usr/bin/env node
"use strict";
// The command is compiled from src/cli by `npm run build:cli` (run by `npm run sample` and `npm run bench`).
let main;
try {
  main = require("../build/cli/main.js").main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("bdg: chưa biên dịch — hãy chạy `npm run build:cli` trước (not built: run `npm run build:cli`).\n");
    process.exit(2);
  }
  throw e;
}
// exitCode, not exit(): exiting at once would cut output still being written to a pipe.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
