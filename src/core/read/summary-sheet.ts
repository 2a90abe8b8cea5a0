import type { PlanModel } from "../plan/model";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";
import { foldKey } from "../text/normalize";
import { dayOf, type Day } from "../time/days";
import { parseNumberCell } from "./numbers";
import { normaliseTaskId } from "./task-id";
import { NUMBER_FIELDS, type NumberField, type TrackingTable } from "./types";

/**
 * Summary sheets ("Tổng hợp 6 tháng đầu năm 2024": a matrix by task whose figures are COUNTIFS /
 * SUMIFS / SUM over the tracking sheet) are not tracking tables: their rows are tasks, not
 * activities. They are recognised here, kept apart from the activities, and their figures are
 * checked against the tracking data (rule summary-mismatch).
 */

/** The period a summary states its figures for; null bounds: the book's whole data. */
export interface SummaryPeriod {
  start: Day;
  end: Day;
  /** As written in the title ("6 tháng đầu năm 2024"). */
  label: string;
}

/** A figure a summary cell states for a task. */
export interface SummaryFigure {
  col: number;
  value: number;
}

export interface SummaryRow {
  row: number;
  taskId: string;
  /** The year of the row (a "Năm" column), when the matrix is by task and year. */
  year: number | null;
  figures: Partial<Record<NumberField, SummaryFigure>>;
}

export interface SummaryTable {
  sheet: string;
  headerRow: number;
  /** Null: the figures are for the whole data (or for each row's year). */
  period: SummaryPeriod | null;
  /** Cells whose formulas aggregate another sheet (0 when the reader saw no formulas). */
  formulaCells: number;
  rows: SummaryRow[];
}

/** Aggregating formulas that, with task rows, make a sheet a summary. */
const MIN_FORMULAS = 2;
/** Task rows a summary must have. */
const MIN_TASK_ROWS = 2;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** The period a title names ("6 tháng đầu năm 2024", "Quý II năm 2024", "năm 2024"); null when none or a range of years. */
export function periodOfTitle(text: string): SummaryPeriod | null {
  const k = foldKey(text);
  if (/20\d\d\s*[-–]\s*20\d\d/.test(k)) return null;
  let m = /(?:6|sau) thang dau nam (20\d\d)/.exec(k);
  if (m) return { start: dayOf(Number(m[1]), 1, 1), end: dayOf(Number(m[1]), 6, 30), label: text.trim() };
  m = /(?:6|sau) thang cuoi nam (20\d\d)/.exec(k);
  if (m) return { start: dayOf(Number(m[1]), 7, 1), end: dayOf(Number(m[1]), 12, 31), label: text.trim() };
  m = /(?:9|chin) thang (?:dau )?nam (20\d\d)/.exec(k);
  if (m) return { start: dayOf(Number(m[1]), 1, 1), end: dayOf(Number(m[1]), 9, 30), label: text.trim() };
  m = /quy (iv|iii|ii|i|[1-4]) (?:nam )?(20\d\d)/.exec(k);
  if (m) {
    const q = ROMAN[m[1] as string] ?? 1;
    const y = Number(m[2]);
    return { start: dayOf(y, 3 * q - 2, 1), end: dayOf(y, 3 * q + 1, 1) - 1, label: text.trim() };
  }
  m = /nam (20\d\d)(?!\d)/.exec(k);
  if (m) return { start: dayOf(Number(m[1]), 1, 1), end: dayOf(Number(m[1]), 12, 31), label: text.trim() };
  return null;
}

/** The period of a summary: its title rows above the header, else its sheet's name. */
function periodOf(sheet: SheetSnapshot, headerRow: number): SummaryPeriod | null {
  for (let r = 1; r < headerRow; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      const p = periodOfTitle(v);
      if (p) return p;
    }
  }
  return periodOfTitle(sheet.name);
}

/** The plan task a summary row names: its id column, a leading id, or its words being the task's title. */
function taskOfRow(text: string | null, idCell: CellValue | undefined, plan: PlanModel, titles: Map<string, string>): string | null {
  if (typeof idCell === "string") {
    const id = normaliseTaskId(idCell);
    if (id && plan.hasTask(id)) return id;
  }
  if (!text) return null;
  const lead = /^\s*([IVXivx]+(?:\.\d+){0,3})\.?\s/.exec(text);
  if (lead) {
    const id = normaliseTaskId(lead[1] as string);
    if (id && plan.hasTask(id)) return id;
  }
  return titles.get(foldKey(text.replace(/^\s*[IVXivx]+(?:\.\d+){0,3}\.?\s+/, ""))) ?? null;
}

const titleCache = new WeakMap<PlanModel, Map<string, string>>();

function titlesOf(plan: PlanModel): Map<string, string> {
  let m = titleCache.get(plan);
  if (!m) {
    m = new Map();
    for (const t of plan.tasks) {
      m.set(foldKey(t.title), t.id);
      if (t.shortTitle) m.set(foldKey(t.shortTitle), t.id);
    }
    titleCache.set(plan, m);
  }
  return m;
}

/**
 * The table as a summary, or null when it is a tracking table: no date column (no dated activities),
 * rows naming plan tasks, and formulas aggregating another sheet, or every row a task.
 */
export function summaryOf(sheet: SheetSnapshot, table: TrackingTable, plan: PlanModel): SummaryTable | null {
  const cols = table.columns;
  if (cols.date !== undefined || cols.status !== undefined || table.activities.length === 0) return null;
  let formulaCells = 0;
  for (const key of Object.keys(sheet.aggregateFormulas ?? {})) {
    const row = Number(/\d+$/.exec(key)?.[0] ?? 0);
    if (row >= table.firstDataRow && row <= table.lastRow) formulaCells++;
  }
  const titles = titlesOf(plan);
  const rows: SummaryRow[] = [];
  for (const a of table.activities) {
    const taskId = taskOfRow(a.activity, a.raw.taskId, plan, titles);
    if (taskId === null) continue;
    const figures: SummaryRow["figures"] = {};
    for (const f of NUMBER_FIELDS) {
      const col = cols[f];
      if (col === undefined) continue;
      const p = parseNumberCell(cellAt(sheet, a.row, col));
      if (p && p.ok && Number.isFinite(p.value)) figures[f] = { col, value: f === "budget" ? p.value * table.budgetScale : p.value };
    }
    rows.push({ row: a.row, taskId, year: a.year, figures });
  }
  if (rows.length < MIN_TASK_ROWS) return null;
  if (formulaCells < MIN_FORMULAS && rows.length < table.activities.length) return null;
  return { sheet: table.sheet, headerRow: table.headerRow, period: periodOf(sheet, table.headerRow), formulaCells, rows };
}
