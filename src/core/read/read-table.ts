import type { PlanModel } from "../plan/model";
import { cellAt, type CellValue, type SheetSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { parseDateCell, parseYearCell } from "./dates";
import { detectHeader, isHeaderLikeRow, type HeaderLayout } from "./detect-header";
import { budgetScaleFromHeader, parseNumberCell } from "./numbers";
import { parseStatus } from "./status";
import { CONFIDENT, guessTask } from "./task-guess";
import { normaliseTaskId, resolveNumbering, splitNumbering } from "./task-id";
import type { Activity, DateSpan, Field, TotalRow, TrackingTable } from "./types";
import { FOOTER_PATTERNS } from "./vocabulary";

/** Fields whose presence makes a row an activity rather than a heading. */
const DATA_FIELDS: readonly Field[] = [
  "date",
  "year",
  "unit",
  "partners",
  "status",
  "result",
  "participants",
  "female",
  "male",
  "ethnicMinority",
  "budget",
  "budgetSource",
  "evidence",
];

/** Longest first text that can still be a total row or a signature/place-date line. */
const MAX_MARKER_TEXT = 80;

// "Tổng cộng", "Cộng", "Tổng số", with a section reference: "Cộng I", "Cộng mục II", "Cộng B", "TỔNG CỘNG (A+B)".
const TOTAL_RE = /^(tong cong|cong|tong so|tong)(( (muc|phan))?( ([a-h]|[ivx]+|\d+))+| toan bo| chung| ca nam| cac muc)?$/;

function sameColumns(a: Partial<Record<Field, number>>, b: Partial<Record<Field, number>>): boolean {
  const ka = Object.keys(a) as Field[];
  return ka.length === Object.keys(b).length && ka.every((f) => a[f] === b[f]);
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function textOf(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === "string") {
    const t = cleanText(v);
    return t === "" ? null : t;
  }
  return String(v);
}

/** A row of column numbers under a header: "(1) (2) (3)…", "1 2 3…" or "A B C…". */
function isColumnNumberRow(row: readonly CellValue[]): boolean {
  let n = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const s = String(v).trim();
    if (!/^\(?(\d{1,2}|[A-Z])\)?(\s*=\s*[\d+\-*/() ]+)?$/.test(s)) return false;
    n++;
  }
  return n >= 3;
}

function yearFromSheet(sheet: SheetSnapshot, searchFrom: number, headerRow: number): number | null {
  // Titles right above the table ("NĂM 2024") come first: a sheet may hold one table per year.
  const years = new Set<number>();
  for (let r = searchFrom; r < headerRow; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== "string") continue;
      const m = /năm\s+(20\d\d)\b/i.exec(v.normalize("NFC"));
      if (m) years.add(Number(m[1]));
    }
  }
  if (years.size === 1) return [...years][0];
  const fromName = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(sheet.name);
  return fromName ? Number(fromName[1]) : null;
}

/** "Nam" with no diacritics anywhere in the header: a year column if it holds years, else men. */
function resolveAmbiguousNam(sheet: SheetSnapshot, layout: HeaderLayout, firstRow: number): void {
  const col = layout.ambiguousNamCol;
  if (col === null) return;
  let years = 0;
  let others = 0;
  for (let r = firstRow; r < Math.min(sheet.values.length, firstRow + 200) + 1; r++) {
    const v = cellAt(sheet, r, col);
    if (isBlank(v)) continue;
    const y = typeof v === "number" ? v : Number(String(v).trim());
    if (Number.isInteger(y) && y >= 1990 && y <= 2100) years++;
    else others++;
  }
  const field: Field = years > others && layout.columns.year === undefined ? "year" : "male";
  if (layout.columns[field] === undefined) {
    layout.columns[field] = col;
    layout.headers[field] = cleanText(String(cellAt(sheet, layout.headerRow, col) ?? "Nam"));
  }
}

interface ReadOptions {
  date1904: boolean;
  plan: PlanModel;
}

/**
 * Read the data rows under a header (DESIGN §4): blank rows and column-number rows skipped,
 * section headings setting the task of the rows below, total rows kept apart, reading stopped
 * at the signature block.
 */
export function readTable(sheet: SheetSnapshot, layout: HeaderLayout, opts: ReadOptions): TrackingTable & { nextHeaderRow: number | null } {
  const { plan, date1904 } = opts;
  let first = layout.headerRow + layout.headerRows;
  resolveAmbiguousNam(sheet, layout, first);
  const cols = layout.columns;
  const fields = Object.keys(cols) as Field[];
  const hasStatusColumn = cols.status !== undefined;
  const budgetScale = cols.budget !== undefined ? budgetScaleFromHeader(layout.headers.budget ?? "") : 1;
  const sheetYear = yearFromSheet(sheet, layout.searchFrom, layout.headerRow);
  const activities: Activity[] = [];
  const totals: TotalRow[] = [];
  const headerActivityKey = layout.headers.activity ? foldKey(layout.headers.activity) : null;
  const headerActivityLength = layout.headers.activity?.length ?? -1;
  const firstTextCol = Math.min(...fields.map((f) => cols[f] ?? Infinity), layout.serialCol ?? Infinity);
  let section: string | null = null;
  let headingTask: string | null = null;
  let subtotalFrom = 0;
  const ctx: ActivityContext = { plan, date1904, sheetYear, headingTask: null, budgetScale, hasStatusColumn, dateCache: new Map() };
  let lastRow = layout.headerRow + layout.headerRows - 1;
  let nextHeaderRow: number | null = null;

  if (sheet.values[first - 1] && isColumnNumberRow(sheet.values[first - 1])) first++;

  for (let r = first; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1];
    if (!row || row.length === 0) continue;

    let content = false;
    for (let c = 0; c < row.length; c++) {
      if (c + 1 === layout.serialCol) continue;
      if (!isBlank(row[c])) {
        content = true;
        break;
      }
    }
    if (!content) continue;

    const raw: Partial<Record<Field, CellValue>> = {};
    for (const f of fields) {
      const v = row[(cols[f] as number) - 1];
      // Kept as read: the parsers normalise what they read, and textOf() cleans the texts kept.
      raw[f] = v === undefined ? null : v;
    }
    let hasData = false;
    for (const f of DATA_FIELDS) if (!isBlank(raw[f])) hasData = true;

    // The first text of the row, wherever it is (a total or heading may sit in any early column).
    let firstText = "";
    for (let c = Math.max(1, firstTextCol === Infinity ? 1 : firstTextCol); c <= row.length; c++) {
      const v = row[c - 1];
      if (typeof v === "string" && v.trim() !== "") {
        firstText = v.length <= MAX_MARKER_TEXT * 2 ? cleanText(v) : v;
        break;
      }
    }
    // Totals and signature lines are short; long texts (activities) need no folding here.
    const firstKey = firstText.length <= MAX_MARKER_TEXT ? foldKey(firstText) : "";

    // The signature block ends the table, unless the row is a dated activity that merely starts alike.
    if (firstKey && FOOTER_PATTERNS.some((p) => p.test(firstKey)) && !(raw.date !== undefined && readDate(raw.date, ctx, null))) break;

    if (firstKey && TOTAL_RE.test(firstKey)) {
      lastRow = r;
      const grand = !firstKey.startsWith("cong");
      totals.push({ sheet: sheet.name, row: r, columns: cols, raw, from: grand ? 0 : subtotalFrom, to: activities.length });
      if (!grand) subtotalFrom = activities.length;
      continue;
    }

    if (isHeaderLikeRow(row)) {
      // A header again: repeated for printing (same columns: skip it), or another table (a sheet with
      // one table per year), which the caller reads next.
      const again = detectHeader(sheet, r);
      if (again && again.headerRow === r && sameColumns(again.columns, cols)) {
        r += again.headerRows - 1;
        continue;
      }
      nextHeaderRow = r;
      break;
    }
    if (headerActivityKey && typeof raw.activity === "string" && raw.activity.length === headerActivityLength && foldKey(raw.activity) === headerActivityKey) continue; // repeated header

    if (!hasData) {
      const heading = readHeading(row, layout, raw, plan, section, firstText);
      if (heading) {
        section = heading.section;
        headingTask = heading.id;
        subtotalFrom = activities.length;
        continue;
      }
    }

    ctx.headingTask = headingTask;
    const activity = readActivity(sheet, r, raw, cols, ctx);
    if (layout.dateEndCol !== null && activity.date) {
      // "Thời gian" split into "Từ ngày | Đến ngày": the span runs to the end date.
      const end = readDate(row[layout.dateEndCol - 1] ?? null, ctx, activity.year);
      if (end && end.end >= activity.date.start) activity.date = { start: activity.date.start, end: end.end, precision: "range" };
    }
    activities.push(activity);
    lastRow = r; // headings after the last activity may be the title of the next table
  }

  return {
    sheet: sheet.name,
    headerRow: layout.headerRow,
    headerRows: layout.headerRows,
    firstDataRow: first,
    lastRow,
    columns: cols,
    headers: layout.headers,
    budgetScale,
    activities,
    totals,
    hasStatusColumn,
    nextHeaderRow,
  };
}

function readHeading(
  row: readonly CellValue[],
  layout: HeaderLayout,
  raw: Partial<Record<Field, CellValue>>,
  plan: PlanModel,
  section: string | null,
  firstText: string,
): { id: string | null; section: string | null } | null {
  const serial = layout.serialCol ? row[layout.serialCol - 1] : null;
  const text = (typeof raw.activity === "string" && raw.activity.trim()) || (typeof raw.taskId === "string" && raw.taskId.trim()) || firstText;
  const serialText = isBlank(serial) ? "" : String(serial).trim().replace(/[.)]$/, "");
  const numbered = serialText && /^([IVX]+|[A-H]|\d+)(\.\d+)*$/.test(serialText) ? { token: serialText, rest: text } : splitNumbering(text);
  const rest = numbered ? numbered.rest : text;
  // A heading that is word for word a task's title names that task, whatever its numbering.
  const byTitle = guessTask(rest, plan);
  const titled = byTitle && titleOverlap(rest, plan, byTitle.id) >= 0.8 && foldKey(rest).split(" ").length >= 3 ? byTitle.id : null;
  if (numbered && /^[IVX]+(\.|$)/.test(numbered.token) && !/^[A-H]$/.test(numbered.token)) {
    // A roman numeral opens a section of the plan ("III. NỘI DUNG") or names a task ("II.2.1").
    const res = resolveNumbering(numbered.token, section, plan);
    return titled && !res.id ? { id: titled, section: titled.split(".")[0] } : res;
  }
  if (numbered && /^[A-H]$/.test(numbered.token)) {
    // "A. CÔNG TÁC TUYÊN TRUYỀN": a part of the user's own outline, not of the plan.
    return { id: titled, section: titled ? titled.split(".")[0] : section };
  }
  if (numbered) {
    const res = resolveNumbering(numbered.token, section, plan);
    if (res.id && titleOverlap(numbered.rest, plan, res.id) >= 0.34) return res;
    if (titled) return { id: titled, section: titled.split(".")[0] };
  }
  if (titled || (byTitle && titleOverlap(text, plan, byTitle.id) >= 0.6 && foldKey(text).split(" ").length >= 3)) {
    const id = titled ?? (byTitle as { id: string }).id;
    return { id, section: id.split(".")[0] };
  }
  // A title line in capitals with no data ("NĂM 2024", "CÔNG TÁC PHỐI HỢP"): it names nothing of the plan.
  if (isCapitalsLine(text)) return { id: null, section };
  return null;
}

function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Share of the heading's words that are words of the task's title. */
function titleOverlap(text: string, plan: PlanModel, id: string): number {
  const task = plan.task(id);
  if (!task) return 0;
  const title = new Set(foldKey(`${task.title} ${task.shortTitle ?? ""}`).split(" "));
  const words = foldKey(text)
    .split(" ")
    .filter((w) => w.length > 1);
  if (words.length === 0) return 0;
  return words.filter((w) => title.has(w)).length / words.length;
}

interface ActivityContext {
  plan: PlanModel;
  date1904: boolean;
  sheetYear: number | null;
  headingTask: string | null;
  budgetScale: number;
  hasStatusColumn: boolean;
  /** Date texts already parsed in this table (spans are shared, never mutated). */
  dateCache: Map<string, DateSpan | null>;
}

function readDate(v: CellValue, ctx: ActivityContext, yearCell: number | null): DateSpan | null {
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

const DATE_CACHE_LIMIT = 20_000;

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

function readActivity(
  sheet: SheetSnapshot,
  row: number,
  raw: Partial<Record<Field, CellValue>>,
  cols: Partial<Record<Field, number>>,
  ctx: ActivityContext,
): Activity {
  const { plan } = ctx;
  const activity = textOf(raw.activity ?? null);
  let year: number | null = null;
  if (raw.year !== undefined) {
    const y = parseYearCell(raw.year);
    if (typeof y === "number") year = y;
  }
  const date = raw.date !== undefined ? readDate(raw.date, ctx, year) : null;
  if (year === null && date) year = new Date(date.start * 86_400_000).getUTCFullYear();

  let taskId: string | null = null;
  let taskSource: Activity["taskSource"] = null;
  let taskConfidence = 0;
  let unknownTaskId: string | null = null;
  const idText = textOf(raw.taskId ?? null);
  if (idText) {
    const id = normaliseTaskId(idText);
    if (id && plan.hasTask(id)) {
      taskId = id;
      taskSource = "column";
      taskConfidence = 1;
    } else {
      unknownTaskId = idText;
    }
  }
  if (!taskId && !unknownTaskId && ctx.headingTask) {
    taskId = ctx.headingTask;
    taskSource = "heading";
    taskConfidence = 1;
    // Under a group heading, a confident guess among its own tasks is more precise.
    if (activity && plan.descendants(ctx.headingTask).length > 0) {
      const g = guessTask(activity, plan, { within: ctx.headingTask, day: date?.start, year });
      if (g && g.confidence >= CONFIDENT) {
        taskId = g.id;
        taskSource = "guess";
        taskConfidence = g.confidence;
      }
    }
  }
  if (!taskId && !unknownTaskId && activity) {
    const g = guessTask(activity, plan, { day: date?.start, year });
    if (g) {
      taskId = g.id;
      taskSource = "guess";
      taskConfidence = g.confidence;
    }
  }

  const status = raw.status !== undefined ? parseStatus(raw.status) : null;
  return {
    sheet: sheet.name,
    row,
    columns: cols,
    raw,
    taskId,
    taskSource,
    taskConfidence,
    unknownTaskId,
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
