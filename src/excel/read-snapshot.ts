import { a1, isLegacyFontName, type CellValue, type MergedArea, type SheetSnapshot, type WorkbookSnapshot } from "../core/snapshot";
import { ownedSheetOf } from "../core/owned-sheet-mark";
import type { ExcelHost } from "./excel-host";
import type { ProgressFn } from "./workbook-service";

/**
 * Excel -> WorkbookSnapshot through Office.js, with a number of context.sync() calls that does
 * not grow with the number of sheets or rows:
 *
 *   1. the sheets, the defined names (the add-in's report-sheet marks) and the date system;
 *   2. each sheet's used range (values only) and its font name (one name, or null when mixed);
 *   3. the values in row blocks, the merged areas, and the font of each column of a sheet whose
 *      font is mixed;
 *   4. only when some column mixes fonts: the font of each cell of those columns, in row blocks.
 *
 * Every read is a row block of at most `blockCells` cells, never a whole column. On the desktop a
 * step's blocks go in one sync. Excel on the web caps a request and a response at 5 MB, so there
 * a step's blocks are split into syncs of at most `webRequestCells` cells, and a sync refused as
 * too large is retried in halves.
 */
export interface ReadOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  /** Cells per range read. */
  blockCells?: number;
  /** Cells per sync on Excel on the web (about 40 bytes a cell under the 5 MB cap). */
  webRequestCells?: number;
}

export const DEFAULT_BLOCK_CELLS = 100_000;
export const DEFAULT_WEB_REQUEST_CELLS = 120_000;

const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
const HAS_COMBINING = /[\u0300-\u036f]/;

/** A rectangle of one sheet to read: 0-based row and column indexes, as getRangeByIndexes takes them. */
interface Block {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface SheetPlan {
  name: string;
  owned: boolean;
  /** null: the sheet has no value. */
  used: { row: number; col: number; rows: number; cols: number } | null;
  /** The font of the whole used range; null when its cells use several fonts. */
  font: string | null;
  /** For a sheet with several fonts: each column's font (null: mixed within the column). */
  columnFonts: Array<string | null> | null;
  values: CellValue[][];
  merges: MergedArea[];
  legacyFonts: Record<string, string>;
}

function abortError(): Error {
  const e = new Error("aborted");
  e.name = "AbortError";
  return e;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** A cell as the snapshot keeps it: "" is blank; text in NFC (Excel keeps what was typed or pasted). */
export function cellOfExcel(v: unknown): CellValue {
  if (typeof v === "string") {
    if (v === "") return null;
    return HAS_COMBINING.test(v) ? v.normalize("NFC") : v;
  }
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  return null;
}

/** Row blocks of a used range, each at most `blockCells` cells (at least one row). */
export function rowBlocks(sheet: number, used: { row: number; col: number; rows: number; cols: number }, blockCells: number): Block[] {
  const per = Math.max(1, Math.floor(blockCells / used.cols));
  const out: Block[] = [];
  for (let r = 0; r < used.rows; r += per) out.push({ sheet, row: used.row + r, col: used.col, rows: Math.min(per, used.rows - r), cols: used.cols });
  return out;
}

/** Blocks grouped into requests of at most `limit` cells (a block larger than the limit goes alone). */
function requests<T extends { cells: number }>(items: T[], limit: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let n = 0;
  for (const it of items) {
    if (cur.length > 0 && n + it.cells > limit) {
      out.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(it);
    n += it.cells;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code);
}

/** "Sheet1!A1:B2, 'My sheet'!C3" -> merged areas (1-based, inclusive). */
export function parseAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  // Split on commas outside quotes (sheet names may hold commas).
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  for (const p of parts) {
    const ref = p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, "").trim();
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
    if (!m) continue;
    const left = colNumber(m[1]);
    const top = Number(m[2]);
    const right = m[3] ? colNumber(m[3]) : left;
    const bottom = m[4] ? Number(m[4]) : top;
    if (right > left || bottom > top) out.push({ top, left, bottom, right });
  }
  return out;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Run one step: its work items in as few syncs as the platform allows. `queue` queues the reads of
 * some items and returns what to do with the results once synced. On the web, a sync refused as
 * too large is retried with each item split in two (`split`), down to single rows.
 */
async function runStep<T extends { cells: number }>(
  context: Excel.RequestContext,
  items: T[],
  limit: number,
  queue: (batch: T[]) => () => void,
  split: (item: T) => T[] | null,
  afterSync: () => void,
): Promise<void> {
  for (const batch of requests(items, limit)) {
    const finish = queue(batch);
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      const halves = batch.flatMap((it) => split(it) ?? []);
      if (halves.length <= batch.length) throw e;
      await runStep(context, halves, Math.max(1, Math.floor(limit / 2)), queue, split, afterSync);
      continue;
    }
    finish();
    afterSync();
  }
}

interface ValueItem extends Block {
  cells: number;
}

function splitBlock<T extends Block & { cells: number }>(b: T): T[] | null {
  if (b.rows < 2) return null;
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top, cells: top * b.cols },
    { ...b, row: b.row + top, rows: b.rows - top, cells: (b.rows - top) * b.cols },
  ];
}

/** Read every sheet of the workbook into a snapshot. */
export async function readWorkbookSnapshot(context: Excel.RequestContext, host: ExcelHost, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const blockCells = Math.max(1, opts.blockCells ?? DEFAULT_BLOCK_CELLS);
  const limit = host.onTheWeb ? Math.max(blockCells, opts.webRequestCells ?? DEFAULT_WEB_REQUEST_CELLS) : Number.POSITIVE_INFINITY;
  const progress = opts.onProgress ?? (() => undefined);
  const { signal } = opts;
  const wb = context.workbook;

  // 1. Sheets, marks, date system.
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const names = wb.names;
  names.load("items/name,items/formula");
  // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one.
  const epoch = wb.functions.date(1904, 1, 1);
  epoch.load("value");
  await context.sync();
  throwIfAborted(signal);
  progress(0.05);

  const owned = new Set<string>();
  for (const n of names.items) {
    const sheet = ownedSheetOf(n.name, typeof n.formula === "string" ? n.formula : "");
    if (sheet !== null) owned.add(sheet);
  }
  const date1904 = epoch.value === 0;

  // 2. Used ranges (values only: formatting alone does not stretch them) and their fonts.
  const plans: SheetPlan[] = [];
  const used: Array<Excel.Range | null> = [];
  for (const ws of sheets.items) {
    const isOwned = owned.has(ws.name);
    plans.push({ name: ws.name, owned: isOwned, used: null, font: null, columnFonts: null, values: [], merges: [], legacyFonts: {} });
    // The add-in's own report sheets are never read as tracking data: skip their cells.
    if (isOwned) {
      used.push(null);
      continue;
    }
    const r = ws.getUsedRangeOrNullObject(true);
    r.load("rowIndex,columnIndex,rowCount,columnCount");
    r.format.font.load("name");
    used.push(r);
  }
  await context.sync();
  throwIfAborted(signal);
  progress(0.1);

  const items: ValueItem[] = [];
  plans.forEach((p, i) => {
    const r = used[i];
    if (!r || r.isNullObject) return;
    p.used = { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
    p.font = r.format.font.name ?? null;
    for (const b of rowBlocks(i, p.used, blockCells)) items.push({ ...b, cells: b.rows * b.cols });
  });
  const totalCells = items.reduce((n, b) => n + b.cells, 0) || 1;
  let cellsRead = 0;

  // 3. Values in row blocks; with the first request, merged areas and per-column fonts.
  let extrasDone = false;
  await runStep(
    context,
    items,
    limit,
    (batch) => {
      // Queued again if a refused request is retried: proxies of a failed batch are unusable.
      const extras = extrasDone ? null : queueMergesAndColumnFonts(plans, used, host);
      const ranges = batch.map((b) => {
        const r = sheets.items[b.sheet].getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        r.load("values");
        return r;
      });
      return () => {
        batch.forEach((b, k) => storeValues(plans[b.sheet], b, ranges[k].values));
        cellsRead += batch.reduce((n, b) => n + b.cells, 0);
        if (extras) {
          extras();
          extrasDone = true;
        }
      };
    },
    splitBlock,
    () => {
      throwIfAborted(signal);
      progress(0.1 + 0.8 * Math.min(1, cellsRead / totalCells));
    },
  );

  // 4. Cells of columns that mix fonts, where text might be in a legacy font.
  const fontItems: ValueItem[] = [];
  plans.forEach((p, i) => {
    if (!p.used || !p.columnFonts) return;
    p.columnFonts.forEach((f, c) => {
      if (f !== null || !columnHasText(p, p.used!.col + c)) return;
      for (const b of rowBlocks(i, { ...p.used!, col: p.used!.col + c, cols: 1 }, blockCells)) fontItems.push({ ...b, cells: b.rows });
    });
  });
  await runStep(
    context,
    fontItems,
    limit,
    (batch) => {
      const results = batch.map((b) =>
        sheets.items[b.sheet].getRangeByIndexes(b.row, b.col, b.rows, 1)
          .getCellProperties({ format: { font: { name: true } } }),
      );
      return () => batch.forEach((b, k) => storeCellFonts(plans[b.sheet], b, results[k].value));
    },
    splitBlock,
    () => throwIfAborted(signal),
  );

  for (const p of plans) applyUniformFonts(p);
  progress(1);
  return {
    sheets: plans.map((p) => {
      const s: SheetSnapshot = { name: p.name, values: p.values, merges: p.merges };
      if (Object.keys(p.legacyFonts).length > 0) s.legacyFonts = p.legacyFonts;
      if (p.owned) s.ownedByAddin = true;
      return s;
    }),
    ...(date1904 ? { date1904: true } : {}),
  };
}

/**
 * Queue the merged areas (ExcelApi 1.13, where supported) and, for sheets that mix fonts, the
 * font of each column. Returns what reads the results after the sync.
 */
function queueMergesAndColumnFonts(plans: SheetPlan[], used: Array<Excel.Range | null>, host: ExcelHost): () => void {
  const withMerges = host.supports("1.13");
  const after: Array<() => void> = [];
  plans.forEach((p, i) => {
    const r = used[i];
    if (!r || r.isNullObject || !p.used) return;
    if (withMerges) {
      const areas = r.getMergedAreasOrNullObject();
      areas.load("address");
      after.push(() => {
        if (!areas.isNullObject) p.merges = parseAreas(areas.address);
      });
    }
    if (p.font === null) {
      const fonts: Excel.RangeFont[] = [];
      for (let c = 0; c < p.used.cols; c++) {
        const f = r.getColumn(c).format.font;
        f.load("name");
        fonts.push(f);
      }
      after.push(() => {
        p.columnFonts = fonts.map((f) => f.name ?? null);
      });
    }
  });
  return () => after.forEach((f) => f());
}

function storeValues(p: SheetPlan, b: Block, values: unknown[][]): void {
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    let last = -1;
    const row: CellValue[] = new Array(b.col + src.length).fill(null);
    for (let c = 0; c < src.length; c++) {
      const v = cellOfExcel(src[c]);
      if (v !== null) {
        row[b.col + c] = v;
        last = b.col + c;
      }
    }
    const at = b.row + i;
    while (p.values.length < at) p.values.push(EMPTY_ROW);
    if (last < 0) {
      p.values[at] = EMPTY_ROW;
      continue;
    }
    row.length = last + 1;
    p.values[at] = row;
  }
  // The sheet ends at its last non-blank row.
  let end = p.values.length;
  while (end > 0 && p.values[end - 1].length === 0) end--;
  p.values.length = end;
}

function columnHasText(p: SheetPlan, col: number): boolean {
  return p.values.some((row) => typeof row[col] === "string");
}

function storeCellFonts(p: SheetPlan, b: Block, props: Excel.CellProperties[][]): void {
  for (let i = 0; i < props.length; i++) {
    const name = props[i][0]?.format?.font?.name;
    const row = b.row + i;
    if (isLegacyFontName(name) && typeof p.values[row]?.[b.col] === "string") p.legacyFonts[a1(row + 1, b.col + 1)] = name as string;
  }
}

/** Text cells in a sheet-wide or column-wide legacy font. */
function applyUniformFonts(p: SheetPlan): void {
  if (!p.used) return;
  const fontOf = (col: number): string | null => (p.font !== null ? p.font : (p.columnFonts?.[col - p.used!.col] ?? null));
  if (p.font !== null && !isLegacyFontName(p.font)) return;
  if (p.font === null && !p.columnFonts?.some((f) => isLegacyFontName(f))) return;
  p.values.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== "string") continue;
      const f = fontOf(c);
      if (f !== null && isLegacyFontName(f)) p.legacyFonts[a1(r + 1, c + 1)] = f;
    }
  });
}
