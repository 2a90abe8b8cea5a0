import { ownedSheetOf } from "../core/owned-sheet-mark";
import { isOwnSheet, SIGNATURE_ADDRESS } from "../core/report/form-signature";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import type { ExcelHost } from "./excel-host";
import { readItems, runStep, type ReadItem } from "./read-requests";
import { queueColumnFlags, queueRowFlags, visibilityOf } from "./read-visibility";
import { applyUniformFonts, columnHasText, parseAreas, storeCellFonts, storeNumberFormats, storeValues, type SheetPlan } from "./sheet-cells";
import type { ProgressFn } from "./workbook-service";

export { cellOfExcel, parseAreas } from "./sheet-cells";
export { rowBlocks } from "./read-requests";

/**
 * Excel -> WorkbookSnapshot through Office.js, with a number of context.sync() calls that does
 * not grow with the number of sheets or rows:
 *
 *   1. the sheets, the defined names (the add-in's report-sheet marks) and the date system;
 *   2. each sheet's used range (values only) and its font name (one name, or null when mixed);
 *   3. the values in row blocks, the merged areas, and the font of each column of a sheet whose
 *      font is mixed;
 *      with the values, in the same requests, each cell's number format (the number cells that have
 *      one are quoted as Excel shows them); a cell then weighs two in the request budget;
 *      font is mixed; where a sheet has hidden rows or columns (step 2 tells), their flags
 *      (read-visibility.ts);
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

/** What every step needs. */
interface Reading {
  context: Excel.RequestContext;
  host: ExcelHost;
  blockCells: number;
  /** Cells per sync. */
  limit: number;
  progress: ProgressFn;
  signal: AbortSignal | undefined;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const e = new Error("aborted");
  e.name = "AbortError";
  throw e;
}

/** Step 1: the sheets, the sheets the add-in marked as its own, the date system. */
async function readBook(r: Reading): Promise<{ sheets: Excel.WorksheetCollection; owned: Set<string>; date1904: boolean }> {
  const wb = r.context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const names = wb.names;
  names.load("items/name,items/formula");
  // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one.
  const epoch = wb.functions.date(1904, 1, 1);
  epoch.load("value");
  await r.context.sync();
  throwIfAborted(r.signal);
  r.progress(0.05);
  const owned = new Set<string>();
  for (const n of names.items) {
    const sheet = ownedSheetOf(n.name, typeof n.formula === "string" ? n.formula : "");
    if (sheet !== null) owned.add(sheet);
  }
  return { sheets, owned, date1904: epoch.value === 0 };
}

/**
 * Step 2: each sheet's used range (values only: formatting alone does not stretch it) and font.
 * The add-in's own report sheets are never read as tracking data: of a marked sheet only the head
 * (form-signature.ts) is read in the same sync, and its cells are skipped when the head confirms it
 * is a form; a marked sheet whose head is the user's own is read like any other.
 */
async function readUsedRanges(r: Reading, sheets: Excel.WorksheetCollection, owned: Set<string>): Promise<{ plans: SheetPlan[]; used: Array<Excel.Range | null> }> {
  const plans: SheetPlan[] = [];
  const used: Array<Excel.Range | null> = [];
  const heads = new Map<number, Excel.Range>();
  sheets.items.forEach((ws, i) => {
    plans.push({ name: ws.name, owned: owned.has(ws.name), used: null, font: null, columnFonts: null, values: [], merges: [], legacyFonts: {} });
    if (owned.has(ws.name)) heads.set(i, ws.getRange(SIGNATURE_ADDRESS).load("values"));
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    range.format.font.load("name");
    used.push(range);
  });
  await r.context.sync();
  throwIfAborted(r.signal);
  r.progress(0.1);
  for (const [i, head] of heads) {
    const p = plans[i];
    const values: CellValue[][] = head.values.map((row) => row.map((v: unknown) => (v === "" ? null : (v as CellValue))));
    if (!isOwnSheet(p.name, values)) {
      p.owned = false;
      continue;
    }
    // The head goes into the snapshot so that the core confirms the sheet as the add-in's too.
    p.values = values;
    used[i] = null;
  }
  plans.forEach((p, i) => {
    const range = used[i];
    if (!range || range.isNullObject) return;
    p.used = { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
    p.font = range.format.font.name ?? null;
    p.visibility = visibilityOf(range, p.used);
  });
  return { plans, used };
}

/**
 * Queue the merged areas (ExcelApi 1.13, where supported) and, for sheets that mix fonts, the
 * font of each column. Returns what reads the results after the sync.
 */
function queueMergesAndColumnFonts(plans: SheetPlan[], used: Array<Excel.Range | null>, host: ExcelHost): () => void {
  const withMerges = host.supports("1.13");
  const after: Array<() => void> = [];
  plans.forEach((p, i) => {
    const range = used[i];
    if (!range || !p.used) return;
    const columns = p.visibility ? queueColumnFlags(range, p.used, p.visibility) : null;
    if (columns) after.push(columns);
    if (withMerges) {
      const areas = range.getMergedAreasOrNullObject();
      areas.load("address");
      after.push(() => {
        if (!areas.isNullObject) p.merges = parseAreas(areas.address);
      });
    }
    if (p.font === null) {
      const fonts: Excel.RangeFont[] = [];
      for (let c = 0; c < p.used.cols; c++) {
        const f = range.getColumn(c).format.font;
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

/** Step 3: the values in row blocks; with the first request, merged areas and per-column fonts. */
async function readValues(r: Reading, sheets: Excel.WorksheetCollection, plans: SheetPlan[], used: Array<Excel.Range | null>): Promise<void> {
  // Values and number formats: two grids of the block's size come back in the response, so on the
  // web a block is at most half a request, and weighs two a cell.
  const blockCells = Math.max(1, Math.min(r.blockCells, Math.floor(r.limit / VALUE_AND_FORMAT)));
  const items: ReadItem[] = plans.flatMap((p, i) => (p.used ? readItems(i, p.used, blockCells) : []));
  for (const it of items) it.cells *= VALUE_AND_FORMAT;
  const totalCells = items.reduce((n, b) => n + b.cells, 0) || 1;
  let cellsRead = 0;
  let extrasDone = false;
  await runStep(
    r.context,
    items,
    r.limit,
    (batch) => {
      // Queued again if a refused request is retried: proxies of a failed batch are unusable.
      const extras = extrasDone ? null : queueMergesAndColumnFonts(plans, used, r.host);
      const ranges = batch.map((b) => {
        const range = sheets.items[b.sheet].getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        range.load("values,numberFormat");
        return range;
      });
      // Where some rows of a sheet are hidden, each block's row flags come with its values.
      const rowFlags = batch.map((b) => {
        const v = plans[b.sheet].visibility;
        return v ? queueRowFlags(sheets.items[b.sheet], b, v) : null;
      });
      return () => {
        batch.forEach((b, k) => storeValues(plans[b.sheet], b, ranges[k].values));
        batch.forEach((b, k) => storeNumberFormats(plans[b.sheet], b, ranges[k].values, ranges[k].numberFormat));
        for (const store of rowFlags) store?.();
        cellsRead += batch.reduce((n, b) => n + b.cells, 0);
        if (extras) {
          extras();
          extrasDone = true;
        }
      };
    },
    () => {
      throwIfAborted(r.signal);
      r.progress(0.1 + 0.8 * Math.min(1, cellsRead / totalCells));
    },
  );
}

/** What one cell of a value block weighs in a request: its value and its number format. */
const VALUE_AND_FORMAT = 2;

/** The one-column blocks of columns that mix fonts and hold text. */
function mixedFontItems(plans: SheetPlan[], blockCells: number): ReadItem[] {
  const items: ReadItem[] = [];
  plans.forEach((p, i) => {
    const used = p.used;
    if (!used || !p.columnFonts) return;
    p.columnFonts.forEach((f, c) => {
      if (f !== null || !columnHasText(p, used.col + c)) return;
      items.push(...readItems(i, { ...used, col: used.col + c, cols: 1 }, blockCells));
    });
  });
  return items;
}

/** Step 4: the font of each cell of columns that mix fonts, where text might be in a legacy font. */
async function readMixedFonts(r: Reading, sheets: Excel.WorksheetCollection, plans: SheetPlan[]): Promise<void> {
  await runStep(
    r.context,
    mixedFontItems(plans, r.blockCells),
    r.limit,
    (batch) => {
      const results = batch.map((b) => sheets.items[b.sheet].getRangeByIndexes(b.row, b.col, b.rows, 1).getCellProperties({ format: { font: { name: true } } }));
      return () => batch.forEach((b, k) => storeCellFonts(plans[b.sheet], b, results[k].value));
    },
    () => throwIfAborted(r.signal),
  );
}

function snapshotOf(plans: SheetPlan[], date1904: boolean): WorkbookSnapshot {
  return {
    sheets: plans.map((p) => {
      const s: SheetSnapshot = { name: p.name, values: p.values, merges: p.merges };
      if (Object.keys(p.legacyFonts).length > 0) s.legacyFonts = p.legacyFonts;
      const numberFormats = p.numberFormats?.runs();
      if (numberFormats) s.numberFormats = numberFormats;
      if (p.owned) s.ownedByAddin = true;
      if (p.visibility && p.visibility.hiddenRows.length > 0) s.hiddenRows = p.visibility.hiddenRows;
      if (p.visibility && p.visibility.hiddenColumns.length > 0) s.hiddenColumns = p.visibility.hiddenColumns;
      return s;
    }),
    ...(date1904 ? { date1904: true } : {}),
  };
}

/** Read every sheet of the workbook into a snapshot. */
export async function readWorkbookSnapshot(context: Excel.RequestContext, host: ExcelHost, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const blockCells = Math.max(1, opts.blockCells ?? DEFAULT_BLOCK_CELLS);
  const r: Reading = {
    context,
    host,
    blockCells,
    limit: host.onTheWeb ? Math.max(blockCells, opts.webRequestCells ?? DEFAULT_WEB_REQUEST_CELLS) : Number.POSITIVE_INFINITY,
    progress: opts.onProgress ?? (() => undefined),
    signal: opts.signal,
  };
  const { sheets, owned, date1904 } = await readBook(r);
  const { plans, used } = await readUsedRanges(r, sheets, owned);
  await readValues(r, sheets, plans, used);
  await readMixedFonts(r, sheets, plans);
  for (const p of plans) applyUniformFonts(p);
  r.progress(1);
  return snapshotOf(plans, date1904);
}
