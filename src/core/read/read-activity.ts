import type { PlanModel } from "../plan/model";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { cleanText } from "../text/normalize";
import { parseDateCell, parseYearCell } from "./dates";
import { parseNumberCell } from "./numbers";
import { parseStatus } from "./status";
import { CONFIDENT, guessTask } from "./task-guess";
import { normaliseTaskId } from "./task-id";
import type { Activity, DateSpan, Field } from "./types";

/** What reading one activity row needs to know about its table. */
export interface ActivityContext {
  plan: PlanModel;
  date1904: boolean;
  sheetYear: number | null;
  /** The task named by the heading the row sits under, if any. */
  headingTask: string | null;
  budgetScale: number;
  hasStatusColumn: boolean;
  /** Date texts already parsed in this table (spans are shared, never mutated). */
  dateCache: Map<string, DateSpan | null>;
}

/** Distinct date texts remembered per table: enough for any real sheet, bounded for a hostile one. */
const DATE_CACHE_LIMIT = 20_000;

const MS_PER_DAY = 86_400_000;

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell's text, cleaned; null for an empty cell. */
export function textOf(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === "string") {
    const t = cleanText(v);
    return t === "" ? null : t;
  }
  return String(v);
}

/** The span a date cell names, or null when it names none. */
export function readDate(v: CellValue, ctx: ActivityContext, yearCell: number | null): DateSpan | null {
  // "15/11" takes the year of its row's year column, else of its sheet ("Năm 2024").
  const fallback = yearCell ?? ctx.sheetYear;
  if (typeof v !== "string") {
    const p = parseDateCell(v, ctx.date1904, fallback);
    return p?.ok ? p.span : null;
  }
  // Tracking sheets repeat the same date texts many times; parsing text is the reader's dearest step.
  const key = fallback === null ? v : `${fallback}\u0000${v}`;
  const known = ctx.dateCache.get(key);
  if (known !== undefined) return known;
  const p = parseDateCell(v, ctx.date1904, fallback);
  const span = p?.ok ? p.span : null;
  if (ctx.dateCache.size < DATE_CACHE_LIMIT) ctx.dateCache.set(key, span);
  return span;
}

function num(v: CellValue | undefined): number | null {
  if (v === undefined) return null;
  const p = parseNumberCell(v);
  return p && p.ok ? p.value : null;
}

/** Budget in triệu đồng: a unit written in the cell ("1.500.000đ") wins over the header's. */
function budgetOf(v: CellValue | undefined, headerScale: number): number | null {
  if (v === undefined) return null;
  const p = parseNumberCell(v);
  if (!p || !p.ok) return null;
  return Math.round(p.value * (p.unitScale ?? headerScale) * 1e6) / 1e6;
}

interface TaskOfRow {
  taskId: string | null;
  taskSource: Activity["taskSource"];
  taskConfidence: number;
  unknownTaskId: string | null;
}

/** The row's task: its task-id column, else its heading (refined by a guess), else a guess. */
function taskOfRow(raw: Partial<Record<Field, CellValue>>, activity: string | null, date: DateSpan | null, year: number | null, ctx: ActivityContext): TaskOfRow {
  const { plan } = ctx;
  const idText = textOf(raw.taskId ?? null);
  if (idText) {
    const id = normaliseTaskId(idText);
    if (id && plan.hasTask(id)) return { taskId: id, taskSource: "column", taskConfidence: 1, unknownTaskId: null };
    return { taskId: null, taskSource: null, taskConfidence: 0, unknownTaskId: idText };
  }
  if (ctx.headingTask) {
    // Under a group heading, a confident guess among its own tasks is more precise.
    if (activity && plan.descendants(ctx.headingTask).length > 0) {
      const g = guessTask(activity, plan, { within: ctx.headingTask, day: date?.start, year });
      if (g && g.confidence >= CONFIDENT) return { taskId: g.id, taskSource: "guess", taskConfidence: g.confidence, unknownTaskId: null };
    }
    return { taskId: ctx.headingTask, taskSource: "heading", taskConfidence: 1, unknownTaskId: null };
  }
  if (activity) {
    const g = guessTask(activity, plan, { day: date?.start, year });
    if (g) return { taskId: g.id, taskSource: "guess", taskConfidence: g.confidence, unknownTaskId: null };
  }
  return { taskId: null, taskSource: null, taskConfidence: 0, unknownTaskId: null };
}

/** One activity row, its cells parsed into the fields the checks read. */
export function readActivity(
  sheet: SheetSnapshot,
  row: number,
  raw: Partial<Record<Field, CellValue>>,
  cols: Partial<Record<Field, number>>,
  ctx: ActivityContext,
): Activity {
  const activity = textOf(raw.activity ?? null);
  let year: number | null = null;
  if (raw.year !== undefined) {
    const y = parseYearCell(raw.year);
    if (typeof y === "number") year = y;
  }
  const date = raw.date !== undefined ? readDate(raw.date, ctx, year) : null;
  if (year === null && date) year = new Date(date.start * MS_PER_DAY).getUTCFullYear();

  const task = taskOfRow(raw, activity, date, year, ctx);
  const status = raw.status !== undefined ? parseStatus(raw.status) : null;
  return {
    sheet: sheet.name,
    row,
    columns: cols,
    raw,
    taskId: task.taskId,
    taskSource: task.taskSource,
    taskConfidence: task.taskConfidence,
    unknownTaskId: task.unknownTaskId,
    activity,
    date,
    year,
    unit: textOf(raw.unit ?? null),
    status: status === "unknown" ? null : status,
    participants: num(raw.participants),
    female: num(raw.female),
    male: num(raw.male),
    ethnicMinority: num(raw.ethnicMinority),
    budget: budgetOf(raw.budget, ctx.budgetScale),
    evidence: textOf(raw.evidence ?? null),
    hasStatusColumn: ctx.hasStatusColumn,
  };
}
