/**
 * Reading in row blocks, and running a step's reads in as few syncs as the platform allows:
 * one sync on the desktop; on Excel on the web, syncs of at most a given number of cells, a sync
 * refused as too large being retried in halves.
 */

/** A rectangle of one sheet to read: 0-based row and column indexes, as getRangeByIndexes takes them. */
export interface Block {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A block with the number of cells it reads. */
export interface ReadItem extends Block {
  cells: number;
}

export interface UsedArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Row blocks of a used range, each at most `blockCells` cells (at least one row). */
export function rowBlocks(sheet: number, used: UsedArea, blockCells: number): Block[] {
  const per = Math.max(1, Math.floor(blockCells / used.cols));
  const out: Block[] = [];
  for (let r = 0; r < used.rows; r += per) out.push({ sheet, row: used.row + r, col: used.col, rows: Math.min(per, used.rows - r), cols: used.cols });
  return out;
}

/** The blocks of a used range as read items. */
export function readItems(sheet: number, used: UsedArea, blockCells: number): ReadItem[] {
  return rowBlocks(sheet, used, blockCells).map((b) => ({ ...b, cells: b.rows * b.cols }));
}

/** Items grouped into requests of at most `limit` cells (an item larger than the limit goes alone). */
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

/** A block cut in two halves of rows; null when it has one row. */
export function splitBlock(b: ReadItem): ReadItem[] | null {
  if (b.rows < 2) return null;
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top, cells: (b.cells / b.rows) * top },
    { ...b, row: b.row + top, rows: b.rows - top, cells: (b.cells / b.rows) * (b.rows - top) },
  ];
}

/**
 * Run one step: its items in as few syncs as `limit` allows. `queue` queues the reads of some
 * items and returns what to do with the results once synced. A sync refused as too large is
 * retried with each item split in two, down to single rows.
 */
export async function runStep(
  context: Excel.RequestContext,
  items: ReadItem[],
  limit: number,
  queue: (batch: ReadItem[]) => () => void,
  afterSync: () => void,
): Promise<void> {
  for (const batch of requests(items, limit)) {
    const finish = queue(batch);
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      const halves = batch.flatMap((it) => splitBlock(it) ?? []);
      if (halves.length <= batch.length) throw e;
      await runStep(context, halves, Math.max(1, Math.floor(limit / 2)), queue, afterSync);
      continue;
    }
    finish();
    afterSync();
  }
}
