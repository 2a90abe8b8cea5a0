"use strict";
/**
 * How well a task is guessed from an activity's words and date, on the labelled texts of
 * tests/read/guess-set.json (called by bench/run.js, or run alone: `node bench/guess-bench.js`).
 * Loads the TypeScript sources directly (transpiled on require), so it needs no build.
 *
 * Prints, for all rows, the tuning part and the held-out part (every fourth row, never tuned on):
 * accuracy of the top guess (no guess is right for a row of no task), the share of rows guessed
 * confidently, the accuracy of the confident guesses, and confident guesses on rows of no task.
 * `node bench/guess-bench.js --wrong tune` lists the rows of a part whose guess is wrong or unsure.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const root = path.join(__dirname, "..");

function registerTypeScript() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = function (module, filename) {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
}

/** Each labelled row with its guess; `part` is "tune" or "held-out". */
function guessAll() {
  registerTypeScript();
  const { guessTask, CONFIDENT } = require(path.join(root, "src/core/read/task-guess.ts"));
  const { builtinPlan } = require(path.join(root, "src/core/plan/load.ts"));
  const { parseIsoDay } = require(path.join(root, "src/core/time/days.ts"));
  const plan = builtinPlan();
  const set = JSON.parse(fs.readFileSync(path.join(root, "tests/read/guess-set.json"), "utf8"));
  return set.rows.map((r, i) => {
    const day = r.date && r.date.length === 10 ? parseIsoDay(r.date) : null;
    const year = r.date ? Number(r.date.slice(0, 4)) : null;
    const g = guessTask(r.text, plan, { day, year });
    const id = g ? g.id : null;
    return { ...r, index: i, part: i % 4 === 3 ? "held-out" : "tune", guess: id, confidence: g ? g.confidence : 0, confident: g !== null && g.confidence >= CONFIDENT };
  });
}

function figures(rows) {
  const right = rows.filter((r) => r.guess === r.task).length;
  const confident = rows.filter((r) => r.confident);
  const confidentRight = confident.filter((r) => r.guess === r.task).length;
  const noTaskConfident = rows.filter((r) => r.task === null && r.confident).length;
  // A text of no task must never be confident: the share that can reach the target is of texts with a task.
  const withTask = rows.filter((r) => r.task !== null);
  return {
    n: rows.length,
    withTask: withTask.length,
    accuracy: right / rows.length,
    confidentShare: withTask.filter((r) => r.confident).length / withTask.length,
    confidentShareAll: confident.length / rows.length,
    confidentAccuracy: confident.length ? confidentRight / confident.length : 1,
    noTaskConfident,
  };
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;

function guessBench() {
  const rows = guessAll();
  const out = [];
  for (const [label, part] of [["all", null], ["tuned on", "tune"], ["held out", "held-out"]]) {
    const f = figures(part ? rows.filter((r) => r.part === part) : rows);
    out.push({ name: `task guess, ${label} (${f.n} texts, ${f.n - f.withTask} of no task): accuracy`, value: pct(f.accuracy) });
    out.push({
      name: `  confident: of texts with a task / of all texts`,
      value: `${pct(f.confidentShare)} (target ≥ 85 %) / ${pct(f.confidentShareAll)}`,
    });
    out.push({ name: `  right when confident`, value: `${pct(f.confidentAccuracy)} (target ≥ 97 %)` });
    out.push({ name: `  confident guesses for texts of no task`, value: `${f.noTaskConfident} (target 0)` });
  }
  out.push({ name: "task guess: time per text (no task id, all texts × 20)", value: `${timePerGuess().toFixed(0)} µs` });
  return out;
}

/** Microseconds per guess over the labelled texts, after a warm-up. */
function timePerGuess() {
  const { guessTask } = require(path.join(root, "src/core/read/task-guess.ts"));
  const { builtinPlan } = require(path.join(root, "src/core/plan/load.ts"));
  const { parseIsoDay } = require(path.join(root, "src/core/time/days.ts"));
  const plan = builtinPlan();
  const set = JSON.parse(fs.readFileSync(path.join(root, "tests/read/guess-set.json"), "utf8")).rows;
  const rows = set.map((r) => ({ text: r.text, day: r.date && r.date.length === 10 ? parseIsoDay(r.date) : null }));
  for (const r of rows) guessTask(r.text, plan, { day: r.day });
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < 20; k++) for (const r of rows) guessTask(r.text, plan, { day: r.day });
  return Number(process.hrtime.bigint() - t0) / 1e3 / (20 * rows.length);
}

module.exports = { guessBench, guessAll, figures };

if (require.main === module) {
  const at = process.argv.indexOf("--wrong");
  if (at > 0) {
    const part = process.argv[at + 1] || "tune";
    for (const r of guessAll().filter((x) => x.part === part && (x.guess !== x.task || !x.confident))) {
      process.stdout.write(`${r.guess === r.task ? "unsure" : "WRONG "} ${String(r.task).padEnd(8)} ${String(r.guess).padEnd(8)} ${r.confidence.toFixed(2)}  ${r.date ?? "-"}  ${r.text}\n`);
    }
  }
  for (const r of guessBench()) process.stdout.write(`${r.name.padEnd(58)} ${r.value}\n`);
}
