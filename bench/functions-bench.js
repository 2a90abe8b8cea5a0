"use strict";
/**
 * Figures for the custom functions and the Office.js reader, called by bench/run.js (or run alone:
 * `node bench/functions-bench.js`). Loads the TypeScript sources directly (transpiled on require),
 * so it does not depend on the CLI build, and uses the test suite's fake Excel for sync counts.
 *
 *  - 10,000 evaluations of BDG.STATUS and of BDG.PROGRESS without a data range, over a workbook
 *    whose tracking table has 5,000 rows: the analysis is read once, every call asks it (core time);
 *  - the same functions with the 5,000-row table as their data argument, a fresh outer array per
 *    call as Excel passes it: each call keys the range by content and reuses the cached analysis;
 *  - context.sync() calls to read a 50,000-row sheet, on the desktop and on Excel on the web.
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

const TASKS = ["II.1", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "III.1.1", "III.1.3", "III.1.4", "III.2", "V.3"];
const STATUS = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "HT"];
const UNITS = ["Phòng Nghiệp vụ", "Văn phòng", "Lãnh đạo Ban", "UBND huyện Bình Gia"];
const WINDOW = { "II.2.1": [8, 3], "II.2.2": [25, 6], "II.2.3": [20, 10], "II.2.4": [25, 11] };

/** A tracking table as Excel passes a range: a title row, the header, `n` activity rows. */
function trackingRange(n) {
  const rows = [
    ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI", "", "", "", "", "", "", "", "", "", ""],
    ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "DTTS", "Kinh phí (triệu đồng)", "Ghi chú"],
  ];
  for (let i = 0; i < n; i++) {
    const task = TASKS[i % TASKS.length];
    const y = 2021 + (i % 5);
    const w = WINDOW[task];
    const date = w ? `${w[0]}/${w[1]}/${y}` : `${1 + (i % 28)}/${1 + (i % 12)}/${y}`;
    const total = 20 + (i % 150);
    rows.push([i + 1, task, `Hoạt động số ${i + 1}: tuyên truyền về bình đẳng giới`, date, UNITS[i % UNITS.length], STATUS[i % STATUS.length], total, Math.floor(total / 2), i % 7, 1.5, ""]);
  }
  return rows;
}

function timeIt(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

async function runFunctionsBench() {
  registerTypeScript();
  const { evaluate, snapshotOfRows } = require(path.join(root, "src/core/functions/index.ts"));
  const { analyzeWorkbook } = require(path.join(root, "src/core/engine.ts"));
  const { builtinPlan } = require(path.join(root, "src/core/plan/load.ts"));
  const { dayOf } = require(path.join(root, "src/core/time/days.ts"));
  const { readWorkbookSnapshot } = require(path.join(root, "src/excel/read-snapshot.ts"));
  const { FakeExcel } = require(path.join(root, "tests/excel/fake-excel.ts"));

  const out = [];
  const ctx = { plan: builtinPlan(), asOf: dayOf(2025, 12, 31), locale: "vi", date1904: false };
  const range = trackingRange(5000);
  const years = [2021, 2022, 2023, 2024, 2025];
  const N = 10_000;

  // Without a data range: the workbook's analysis, read once (as the store does), asked 10,000 times.
  const read = timeIt(() => analyzeWorkbook(snapshotOfRows(range, "Theo dõi"), ctx.plan, { asOf: ctx.asOf }));
  const analysis = read.r;
  out.push({ name: "functions: analysis of a 5,000-row table (once)", value: `${read.ms.toFixed(1)} ms` });
  for (const [name, args] of [
    ["STATUS", (i) => [TASKS[i % 9], years[i % 5], null]],
    ["PROGRESS", (i) => [i % 3 === 0 ? "" : TASKS[i % TASKS.length], i % 4 === 0 ? null : years[i % 5], null]],
  ]) {
    for (let i = 0; i < 2000; i++) evaluate(name, args(i), ctx, analysis); // warm-up (JIT)
    const runs = [];
    for (let k = 0; k < 5; k++) {
      runs.push(
        timeIt(() => {
          for (let i = 0; i < N; i++) evaluate(name, args(i), ctx, analysis);
        }).ms,
      );
    }
    runs.sort((x, y) => x - y);
    out.push({ name: `functions: 10,000 × BDG.${name}() over 5,000 rows`, value: `${runs[2].toFixed(1)} ms median of 5 (target < 100 ms)` });
  }

  // With the range as the data argument: Excel passes a fresh array each call.
  for (const name of ["STATUS", "PROGRESS"]) {
    const args = name === "STATUS" ? (i, d) => [TASKS[i % 9], years[i % 5], d] : (i, d) => ["", years[i % 5], d];
    evaluate(name, args(0, range.slice()), ctx); // first call: reads and analyses the range
    const calls = 500;
    const t = timeIt(() => {
      for (let i = 0; i < calls; i++) evaluate(name, args(i, range.slice()), ctx);
    });
    const per = t.ms / calls;
    out.push({ name: `functions: BDG.${name}(…, data) over 5,000 rows, per call`, value: `${per.toFixed(2)} ms (content key; 10,000 calls ≈ ${((per * N) / 1000).toFixed(1)} s)` });
  }

  // Sync count of reading a 50,000-row sheet with the Office.js reader (fake Excel).
  for (const web of [false, true]) {
    const excel = new FakeExcel({ onTheWeb: web, maxCellsPerSync: web ? 5_000_000 / 40 : Infinity });
    const sheet = excel.addSheet("Theo dõi");
    const big = trackingRange(50_000);
    sheet.put(0, 0, big);
    const host = excel.host();
    const t0 = process.hrtime.bigint();
    await host.run((c) => readWorkbookSnapshot(c, host, {}));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cells = big.length * big[1].length;
    out.push({
      name: `reader: 50,000-row sheet, ${web ? "Excel on the web" : "desktop"}`,
      value: `${excel.syncs} syncs for ${cells.toLocaleString("en")} cells (largest ${Math.max(...excel.syncLog.map((s) => s.cells)).toLocaleString("en")} cells/sync; fake ${ms.toFixed(0)} ms)`,
    });
  }
  return out;
}

module.exports = { runFunctionsBench };

if (require.main === module) {
  runFunctionsBench().then(
    (rows) => rows.forEach((r) => process.stdout.write(`${r.name.padEnd(58)} ${r.value}\n`)),
    (e) => {
      process.stderr.write(`functions-bench: ${e && e.stack ? e.stack : e}\n`);
      process.exit(1);
    },
  );
}
