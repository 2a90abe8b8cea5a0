import type { PlanModel } from "../plan/model";
import type { SummaryRow, SummaryTable } from "../read/summary-sheet";
import type { Activity, NumberField, TrackingData } from "../read/types";
import type { RuleMessages } from "../i18n/rules-messages";
import type { Finding } from "./rule";
import { addressOf, isFiniteNumber } from "./cells";

/**
 * A summary sheet's figures against the tracking data: where a summary cell states a figure for a
 * task and period that the tracking data also gives (its tables have that column), the two must agree.
 * The tracking figure is what SUMIFS over the tracking sheet gives: every activity of the task (or
 * of a task under it) dated within the period, its readable numbers added up.
 */
export function checkSummaries(data: TrackingData, plan: PlanModel, msg: RuleMessages, out: Finding[]): void {
  if (!data.summaries || data.summaries.length === 0) return;
  const byTask = new Map<string, Activity[]>();
  for (const a of data.activities) {
    if (a.taskId === null) continue;
    let list = byTask.get(a.taskId);
    if (!list) byTask.set(a.taskId, (list = []));
    list.push(a);
  }
  const given = (f: NumberField): boolean => data.tables.some((t) => t.columns[f] !== undefined);
  for (const s of data.summaries) {
    for (const row of s.rows) {
      for (const [f, fig] of Object.entries(row.figures) as Array<[NumberField, { col: number; value: number }]>) {
        if (!given(f)) continue;
        const computed = trackingFigure(byTask, plan, s, row, f);
        const tolerance = f === "budget" ? 1e-6 * Math.max(1, Math.abs(fig.value)) : 1e-9;
        if (Math.abs(computed - fig.value) <= tolerance) continue;
        const cell = addressOf(row.row, fig.col);
        const period = s.period?.label ?? (row.year !== null ? String(row.year) : "");
        out.push({ sheet: s.sheet, row: row.row, col: fig.col, value: fig.value, message: msg.summaryMismatch({ cell, field: f, stated: fig.value, computed, taskId: row.taskId, period }) });
      }
    }
  }
}

function trackingFigure(byTask: Map<string, Activity[]>, plan: PlanModel, s: SummaryTable, row: SummaryRow, f: NumberField): number {
  let sum = 0;
  for (const [taskId, list] of byTask) {
    if (!plan.inScope(taskId, row.taskId)) continue;
    for (const a of list) {
      if (s.period) {
        if (!a.date || a.date.start < s.period.start || a.date.start > s.period.end) continue;
      } else if (row.year !== null && a.year !== row.year) continue;
      const v = a[f];
      if (isFiniteNumber(v)) sum += v;
    }
  }
  return sum;
}
