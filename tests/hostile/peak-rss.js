"use strict";
/**
 * Runs bin/bdg.js in this process and, when it ends, writes its peak resident memory (kB, from
 * the kernel's own count) to the file named by BDG_PEAK_RSS_FILE. Portable where /usr/bin/time
 * is not installed. A process killed by the kernel or aborted writes nothing: the test fails.
 */
const fs = require("fs");
const path = require("path");
const out = process.env.BDG_PEAK_RSS_FILE;
process.on("exit", () => {
  if (out) fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
});
process.argv.splice(1, 1, path.join(__dirname, "..", "..", "bin", "bdg.js"));
require("../../bin/bdg.js");
