import { analyzeWorkbook, type Analysis } from "../engine";
import { functionMessages } from "../i18n/function-messages";
import type { PlanModel } from "../plan/model";
import { contentKey, snapshotOfRows } from "./data-range";
import type { DataRows, FunctionContext } from "./types";

/**
 * The analysis of a `data` range, cached by the range's content: Excel passes a fresh array to
 * every call, so identity says nothing; a thousand cells over one table hash it a thousand times
 * but read and analyse it once. A few ranges are kept (a workbook may point functions at several
 * tables); the oldest goes first.
 */
const MAX_RANGES = 8;

interface Entry {
  analysis: Analysis;
}

const byPlan = new WeakMap<PlanModel, Map<string, Entry>>();
// Within one call chain the same array object may come back (tests, a function calling another).
const keyOfArray = new WeakMap<object, string>();

export interface RangeAnalysisStats {
  /** Analyses actually run (cache misses). */
  analyses: number;
}

export const rangeAnalysisStats: RangeAnalysisStats = { analyses: 0 };

export function rangeAnalysis(rows: DataRows, ctx: FunctionContext): Analysis {
  let key = keyOfArray.get(rows);
  if (key === undefined) {
    key = contentKey(rows);
    keyOfArray.set(rows, key);
  }
  const fullKey = `${ctx.asOf}\u0000${ctx.locale}\u0000${ctx.date1904 ? 1 : 0}\u0000${key}`;
  let cache = byPlan.get(ctx.plan);
  if (!cache) byPlan.set(ctx.plan, (cache = new Map()));
  const hit = cache.get(fullKey);
  if (hit) {
    // Refresh its place: the most recently used range stays longest.
    cache.delete(fullKey);
    cache.set(fullKey, hit);
    return hit.analysis;
  }
  const book = snapshotOfRows(rows, functionMessages(ctx.locale).dataSheetName({}));
  if (ctx.date1904) book.date1904 = true;
  const analysis = analyzeWorkbook(book, ctx.plan, { asOf: ctx.asOf, locale: ctx.locale });
  rangeAnalysisStats.analyses++;
  cache.set(fullKey, { analysis });
  while (cache.size > MAX_RANGES) cache.delete(cache.keys().next().value as string);
  return analysis;
}
