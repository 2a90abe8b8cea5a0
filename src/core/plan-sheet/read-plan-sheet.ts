import { PLAN_SHEET_MESSAGES } from "../i18n/plan-sheet-messages";
import type { Locale } from "../i18n/locale";
import { describeZodError } from "../plan/load";
import { PlanModel } from "../plan/model";
import { planSchema, type Frequency, type PlanInput } from "../plan/schema";
import { convertLegacySheet } from "../read/legacy-sheet";
import { a1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { dayOf, isoOf, yearOf, type Day } from "../time/days";
import { splitList, text } from "./cell-text";
import { columnOfLabel, frequencyOfWords, REQUIRED_COLUMNS, type PlanColumn } from "./layout";
import { parseDeadline, parseWindows } from "./time-cell";
import { readTitles, type Say } from "./title-rows";

/** A problem of a plan sheet, on its cell where it has one, in words. */
export interface PlanSheetProblem {
  sheet: string;
  /** 1-based; null for a problem of the whole sheet. */
  row: number | null;
  col: number | null;
  message: string;
}

/** A plan sheet as read: the plan when it has no problem, its name as written, every problem. */
export interface PlanSheetRead {
  sheet: string;
  /** The plan's name as the sheet states it ("" when it states none), for "the plan … has 3 problems". */
  name: string;
  plan: PlanModel | null;
  problems: PlanSheetProblem[];
}

/** How far down the title rows and a header may be. */
const HEADER_SEARCH_ROWS = 40;

/**
 * The plan sheet of a workbook: a sheet whose table has the plan's columns (Mã, Nhiệm vụ, Tần
 * suất), named "Kế hoạch" or with title rows saying "KẾ HOẠCH" (a tracking book's title may name
 * its plan too, but its table has no frequency). A user's own sheet named "Kế hoạch" without that
 * table (their work plan, a narrative) is not a plan: it is read like any other sheet. Sheets the
 * add-in wrote (reports) are never one.
 */
export function findPlanSheet(book: WorkbookSnapshot): SheetSnapshot | null {
  const own = book.sheets.filter((s) => !s.ownedByAddin);
  const named = own.find((s) => foldKey(s.name) === "ke hoach" && hasPlanTable(s));
  if (named) return named;
  return own.find((s) => hasPlanTitle(s) && hasPlanTable(s)) ?? null;
}

/** Whether the sheet has the plan's task table, read as the plan reader reads it (old Vietnamese encodings converted). */
function hasPlanTable(s: SheetSnapshot): boolean {
  return headerOf(s) !== null || headerOf(convertLegacySheet(s).sheet) !== null;
}

/** The workbook without its plan sheet: what the tracking reader reads. */
export function withoutPlanSheet(book: WorkbookSnapshot, sheet: SheetSnapshot | null = findPlanSheet(book)): WorkbookSnapshot {
  return sheet ? { ...book, sheets: book.sheets.filter((s) => s !== sheet) } : book;
}

function hasPlanTitle(s: SheetSnapshot): boolean {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, s.values.length); r++) {
    for (const v of s.values[r] ?? []) if (typeof v === "string" && foldKey(v).startsWith("ke hoach")) return true;
  }
  return false;
}


/** The value of a cell, or of the merged area's first cell when it lies inside one. */
function mergedValue(s: SheetSnapshot, row: number, col: number): CellValue {
  const m = s.merges.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
  const [r, c] = m ? [m.top, m.left] : [row, col];
  return s.values[r - 1]?.[c - 1] ?? null;
}

interface Header {
  /** The last row of the header (a merged header spans two). */
  row: number;
  first: number;
  cols: Partial<Record<PlanColumn, number>>;
}

/** The task table's header: a row (or two, merged) naming at least the code, task and frequency columns. */
function headerOf(s: SheetSnapshot): Header | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, s.values.length);
  for (let r = 1; r <= rows; r++) {
    const width = Math.max(s.values[r - 1]?.length ?? 0, s.values[r]?.length ?? 0);
    for (const depth of [2, 1]) {
      if (depth === 2 && r + 1 > s.values.length) continue;
      const cols: Partial<Record<PlanColumn, number>> = {};
      for (let c = 1; c <= width; c++) {
        const top = foldKey(text(mergedValue(s, r, c)));
        const below = depth === 2 ? foldKey(text(mergedValue(s, r + 1, c))) : "";
        // A two-row header: "Đơn vị" merged over "Chủ trì | Phối hợp"; a cell merged down names itself once.
        const label = depth === 2 && below !== top ? `${top} ${below}`.trim() : top;
        const col = columnOfLabel(label) ?? (depth === 2 ? columnOfLabel(below) : null);
        if (col && cols[col] === undefined) cols[col] = c;
      }
      if (cols.code !== undefined && cols.title !== undefined && cols.frequency !== undefined) {
        if (depth === 2 && !twoRowHeader(s, r)) continue;
        return { row: r + depth - 1, first: r, cols };
      }
    }
  }
  return null;
}

/** Whether the row under a header row is part of it (a merged header), not the first task. */
function twoRowHeader(s: SheetSnapshot, r: number): boolean {
  const spans = s.merges.some((m) => m.top === r && m.bottom === r && m.right > m.left) || s.merges.some((m) => m.top === r && m.bottom === r + 1);
  if (!spans) return false;
  return !(s.values[r] ?? []).some((v) => typeof v === "string" && /^[IVX]+(\.\d+)*\.?$/i.test(cleanText(v)));
}


const CODE = /^[IVX]+(\.\d+)*$/;

/** A code as written ("III. 1.", "iii.1") in the plan's form, or null. */
function codeOf(v: CellValue): string | null {
  const t = text(v).replace(/\s*\.\s*/g, ".").replace(/\.$/, "").toUpperCase();
  return CODE.test(t) ? t : null;
}

interface TaskRow {
  row: number;
  id: string;
  title: string;
  frequency: Frequency | null;
  windowCell: CellValue;
  lead: string;
  partners: string[];
  short: string;
  keywords: string[];
  weakKeywords: string[];
}

/**
 * Reads a plan sheet (the layout of docs/plan-sheet.md) as tolerantly as a tracking sheet: legacy
 * fonts converted, words with or without diacritics, a merged two-row header. Every problem is
 * reported on its cell, in words; the plan is given only when there is none.
 */
export function readPlanSheet(input: SheetSnapshot, opts: { date1904?: boolean; locale?: Locale } = {}): PlanSheetRead {
  const m = PLAN_SHEET_MESSAGES[opts.locale ?? "vi"];
  const date1904 = opts.date1904 ?? false;
  const sheet = convertLegacySheet(input).sheet;
  const problems: PlanSheetProblem[] = [];
  const say: Say = (k, p, row, col) => {
    const at = m.at({ cell: row !== null && col !== null ? a1(row, col) : row !== null ? String(row) : null, sheet: sheet.name });
    const fn = m[k] as (x: unknown) => string;
    problems.push({ sheet: sheet.name, row, col, message: fn({ ...p, at }) });
  };
  const header = headerOf(sheet);
  const titles = readTitles(sheet, header ? header.first - 1 : Math.min(HEADER_SEARCH_ROWS, sheet.values.length), date1904, say);
  if (!header) {
    say("noTable", {}, null, null);
    return { sheet: sheet.name, name: titles.name, plan: null, problems };
  }
  for (const c of REQUIRED_COLUMNS) if (header.cols[c] === undefined) say("missingColumn", { column: c }, header.row, header.first === header.row ? 1 : 1);
  const cols = header.cols;
  const cell = (r: number, c: PlanColumn): CellValue => (cols[c] === undefined ? null : (sheet.values[r - 1]?.[(cols[c] as number) - 1] ?? null));
  const codeCol = cols.code as number;

  const sections: Array<{ id: string; title: string }> = [];
  const tasks: TaskRow[] = [];
  const seen = new Map<string, number>();
  const unitNames: string[] = [];
  const aliases = new Map<string, string[]>();
  let inUnits = false;
  for (let r = header.row + 1; r <= sheet.values.length; r++) {
    const row = sheet.values[r - 1] ?? [];
    if (row.every((v) => text(v) === "")) continue;
    const firstText = foldKey(text(row.find((v) => text(v) !== "") ?? null));
    if (firstText.startsWith("don vi va ten goi khac")) {
      inUnits = true;
      continue;
    }
    if (inUnits) {
      const [name = "", other = ""] = row.map(text).filter((x) => x !== "");
      if (foldKey(name) === "don vi") continue; // the units table's header
      if (name !== "") {
        unitNames.push(name);
        aliases.set(name, splitList(other));
      }
      continue;
    }
    const rawCode = cell(r, "code");
    const title = text(cell(r, "title"));
    if (text(rawCode) === "") {
      // A note under the table (no code, no task) is not a task; a task with no code is a problem.
      if (title !== "" && text(cell(r, "frequency")) !== "") say("missingCode", {}, r, codeCol);
      continue;
    }
    const id = codeOf(rawCode);
    if (id === null) {
      say("badCode", { value: text(rawCode) }, r, codeCol);
      continue;
    }
    const before = seen.get(id);
    if (before !== undefined) {
      say("duplicateCode", { code: id, row: before }, r, codeCol);
      continue;
    }
    seen.set(id, r);
    if (!id.includes(".")) {
      sections.push({ id, title: title || id });
      continue;
    }
    const section = id.slice(0, id.indexOf("."));
    if (!sections.some((s) => s.id === section)) say("noSection", { code: id, section }, r, codeCol);
    if (title === "") say("missingTask", { code: id }, r, cols.title ?? codeCol);
    const freqText = text(cell(r, "frequency"));
    const frequency = freqText === "" ? null : frequencyOfWords(freqText);
    if (freqText !== "" && frequency === null) say("unknownFrequency", { value: freqText }, r, cols.frequency as number);
    tasks.push({
      row: r,
      id,
      title,
      frequency: frequency ?? (freqText === "" ? null : "as-needed"),
      windowCell: cell(r, "window"),
      lead: text(cell(r, "lead")),
      partners: splitList(text(cell(r, "partners"))).flatMap((p) => p.split(/,\s*/)).filter((x) => x !== ""),
      short: text(cell(r, "short")),
      keywords: splitList(text(cell(r, "keywords"))),
      weakKeywords: splitList(text(cell(r, "weakKeywords"))),
    });
  }
  if (tasks.length === 0 && sections.length === 0) say("emptyTable", {}, header.row + 1, codeCol);

  const period = titles.period;
  const built: NonNullable<PlanInput["tasks"]> = [];
  for (const t of tasks) {
    const hasChildren = tasks.some((x) => x.id.startsWith(t.id + "."));
    let frequency = t.frequency;
    if (frequency === null) {
      if (hasChildren) frequency = "group";
      else {
        say("missingFrequency", { code: t.id }, t.row, cols.frequency as number);
        continue;
      }
    }
    const windowText = text(t.windowCell);
    const windowCol = cols.window ?? codeCol;
    let windows: Array<{ start: string; end: string }> | undefined;
    let deadline: string | undefined;
    if (frequency === "campaign") {
      if (windowText === "") say("missingWindow", { code: t.id }, t.row, windowCol);
      else {
        const w = parseWindows(windowText);
        if (w) windows = w;
        else say("badWindow", { value: windowText }, t.row, windowCol);
      }
    } else if (frequency === "once" && windowText !== "") {
      const d = parseDeadline(t.windowCell, date1904);
      if (d === null || (period && (yearOf(d) < period.start || yearOf(d) > period.end))) {
        say("badDeadline", { value: windowText, from: period?.start ?? 0, to: period?.end ?? 0 }, t.row, windowCol);
      } else deadline = isoOf(d);
    } else if (windowText !== "") say("windowNotCampaign", { value: windowText }, t.row, windowCol);
    const lead = t.lead || (frequency === "group" ? (titles.issuer ?? "") : "");
    if (lead === "") say("missingLead", { code: t.id }, t.row, cols.lead ?? codeCol);
    built.push({
      id: t.id,
      title: t.title || t.id,
      ...(t.short ? { shortTitle: t.short } : {}),
      frequency,
      ...(windows ? { windows } : {}),
      ...(deadline ? { deadline } : {}),
      lead: lead || "?",
      ...(t.partners.length > 0 ? { partners: t.partners } : {}),
      keywords: t.keywords,
      weakKeywords: t.weakKeywords,
    });
  }

  if (problems.length > 0 || !period) return { sheet: sheet.name, name: titles.name, plan: null, problems };

  // The units: the table of names and other names, then any lead or partner it does not list.
  const unitKeys = new Set(unitNames.map(foldKey));
  for (const t of built) {
    for (const u of [t.lead, ...(t.partners ?? [])]) {
      if (!unitKeys.has(foldKey(u))) {
        unitKeys.add(foldKey(u));
        unitNames.push(u);
      }
    }
  }
  const iso = (d: Day | null): string | undefined => (d === null ? undefined : isoOf(d));
  const planInput: PlanInput = {
    id: `sheet-${foldKey(titles.number ?? titles.name).replace(/ /g, "-") || "ke-hoach"}-${period.start}-${period.end}`,
    title: titles.name,
    issuer: titles.issuer ?? "",
    ...(titles.number ? { number: titles.number } : {}),
    ...(titles.issuedOn !== null ? { issuedOn: iso(titles.issuedOn) } : {}),
    period,
    effectiveDate: iso(titles.effective ?? titles.issuedOn ?? dayOf(period.start, 1, 1)) as string,
    ...(titles.communesFrom !== null ? { communesFrom: iso(titles.communesFrom) } : {}),
    subjectKeywords: titles.subject,
    sections,
    tasks: built,
    units: unitNames.map((name) => ({ name, aliases: aliases.get(name) ?? [] })),
  };
  const parsed = planSchema.safeParse(planInput);
  if (!parsed.success) {
    for (const line of describeZodError(parsed.error)) problems.push({ sheet: sheet.name, row: null, col: null, message: line });
    return { sheet: sheet.name, name: titles.name, plan: null, problems };
  }
  return { sheet: sheet.name, name: titles.name, plan: new PlanModel(parsed.data), problems };
}
