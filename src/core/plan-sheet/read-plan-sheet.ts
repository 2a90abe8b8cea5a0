import { PLAN_SHEET_MESSAGES, type PlanSheetMessageParams } from "../i18n/plan-sheet-messages";
import type { Locale } from "../i18n/locale";
import { describeZodError } from "../plan/load";
import { PlanModel } from "../plan/model";
import { planSchema, type Frequency, type PlanInput } from "../plan/schema";
import { parseDateCell } from "../read/dates";
import { convertLegacySheet } from "../read/legacy-sheet";
import { a1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { dayOf, isoOf, isRealDay, viDateOf, yearOf, type Day } from "../time/days";
import { columnOfLabel, frequencyOfWords, REQUIRED_COLUMNS, type PlanColumn } from "./layout";

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
 * The plan sheet of a workbook: a sheet named "Kế hoạch", else a sheet whose title rows say
 * "KẾ HOẠCH" over a table with a Tần suất column (a tracking book's title may name its plan too,
 * but its table has no frequency). Sheets the add-in wrote (reports) are never one.
 */
export function findPlanSheet(book: WorkbookSnapshot): SheetSnapshot | null {
  const own = book.sheets.filter((s) => !s.ownedByAddin);
  const named = own.find((s) => foldKey(s.name) === "ke hoach");
  if (named) return named;
  return own.find((s) => hasPlanTitle(s) && headerOf(s) !== null) ?? null;
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

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? cleanText(v) : String(v);
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

type Say = <K extends keyof PlanSheetMessageParams>(k: K, p: Omit<PlanSheetMessageParams[K], "at">, row: number | null, col: number | null) => void;

interface TitleFacts {
  name: string;
  nameRow: number | null;
  issuer: string | null;
  number: string | null;
  issuedOn: Day | null;
  period: { start: number; end: number } | null;
  effective: Day | null;
  subject: string[];
  communesFrom: Day | null;
}

const LABELS: Array<[keyof TitleFacts | "skip", string[]]> = [
  ["issuer", ["co quan ban hanh", "don vi ban hanh", "co quan"]],
  ["issuedOn", ["ngay ban hanh"]],
  ["effective", ["hieu luc tu ngay", "ngay hieu luc", "hieu luc"]],
  ["period", ["giai doan"]],
  ["subject", ["tu khoa chu de"]],
  ["communesFrom", ["xa phuong la don vi tu ngay"]],
  ["number", ["so"]],
  ["skip", ["tan suat", "thoi gian"]],
];

/** The label a title row opens with, and what follows it (in the same cell after ":", or the next cells). */
function labelled(cells: string[]): { key: keyof TitleFacts | "skip"; value: string } | null {
  const [first = "", ...rest] = cells;
  const head = first.includes(":") ? first.slice(0, first.indexOf(":")) : first;
  const folded = foldKey(head);
  for (const [key, words] of LABELS) {
    if (!words.includes(folded)) continue;
    const after = first.includes(":") ? first.slice(first.indexOf(":") + 1).trim() : "";
    return { key, value: [after, ...rest].filter((x) => x !== "").join(" ") };
  }
  return null;
}

const PERIOD = /(\d{4})\s*(?:-|–|—|đến|den|to)\s*(?:năm\s*|nam\s*)?(\d{4})/i;

function dayOfText(v: string, date1904: boolean): Day | null {
  const p = parseDateCell(v, date1904);
  return p && p.ok && p.span.precision === "day" ? p.span.start : null;
}

/** The rows above the table: name, issuer, number and date of issue, period, effective date. */
function readTitles(s: SheetSnapshot, lastRow: number, date1904: boolean, say: Say): TitleFacts {
  const f: TitleFacts = { name: "", nameRow: null, issuer: null, number: null, issuedOn: null, period: null, effective: null, subject: [], communesFrom: null };
  let periodRow: number | null = null;
  for (let r = 1; r <= lastRow; r++) {
    const raw = s.values[r - 1] ?? [];
    const cells: string[] = [];
    let firstCol = 0;
    raw.forEach((v, c) => {
      const t = typeof v === "number" && c > 0 ? v : text(v);
      if (t === "") return;
      if (firstCol === 0) firstCol = c + 1;
      cells.push(typeof t === "number" ? viDateOrNumber(t, date1904) : t);
    });
    if (cells.length === 0) continue;
    const line = cells.join(" ");
    const folded = foldKey(line);
    const l = labelled(cells);
    const valueCol = cells.length > 1 ? raw.findIndex((v, c) => c + 1 > firstCol && text(v) !== "") + 1 : firstCol;
    if (l) {
      switch (l.key) {
        case "issuer":
          f.issuer = l.value || null;
          break;
        case "number": {
          // "Số: 15/KH-SDTTG ngày 10/3/2026" in one cell.
          const cut = l.value.search(/\s*,?\s*ng[àa]y\s/i);
          f.number = (cut >= 0 ? l.value.slice(0, cut) : l.value).trim() || null;
          if (cut >= 0) f.issuedOn = dayOfText(l.value.slice(cut), date1904) ?? f.issuedOn;
          break;
        }
        case "issuedOn":
          f.issuedOn = l.value === "" ? null : dayOfText(l.value, date1904);
          if (f.issuedOn === null && l.value !== "") say("badDate", { value: l.value, what: "issued" }, r, valueCol);
          break;
        case "effective":
          f.effective = l.value === "" ? null : dayOfText(l.value, date1904);
          if (f.effective === null && l.value !== "") say("badDate", { value: l.value, what: "effective" }, r, valueCol);
          break;
        case "period": {
          periodRow = r;
          const m = PERIOD.exec(l.value);
          const start = m ? Number(m[1]) : NaN;
          const end = m ? Number(m[2]) : NaN;
          if (m && start <= end && start >= 2000 && end <= 2100) f.period = { start, end };
          else say(l.value === "" ? "missingPeriod" : "badPeriod", { value: l.value }, r, valueCol);
          break;
        }
        case "subject":
          f.subject = splitList(l.value);
          break;
        case "communesFrom":
          f.communesFrom = l.value === "" ? null : dayOfText(l.value, date1904);
          break;
        default:
          break;
      }
      continue;
    }
    if (folded.startsWith("ke hoach") && f.nameRow === null) {
      f.nameRow = r;
      f.name = line;
      // "KẾ HOẠCH" alone, the subject on the next row.
      if (folded === "ke hoach") {
        const next = (s.values[r] ?? []).map(text).filter((x) => x !== "");
        if (next.length > 0 && !labelled(next)) {
          f.name = `${line} ${next.join(" ")}`;
          r++;
        }
      }
      continue;
    }
    // "Lạng Sơn, ngày 10 tháng 3 năm 2026" at the right of the heading.
    if (/\bngay \d{1,2}( thang)? \d{1,2}( nam)? \d{4}\b/.test(folded) && f.issuedOn === null) {
      f.issuedOn = dayOfText(line.slice(line.search(/ng[àa]y/i)), date1904);
      continue;
    }
    // The agency at the top left, before the name: "SỞ DÂN TỘC VÀ TÔN GIÁO".
    if (f.nameRow === null && f.issuer === null && !folded.startsWith("cong hoa") && !folded.startsWith("doc lap") && !/^so\b/.test(folded)) {
      f.issuer = cells[0] ?? null;
    }
  }
  // A name such as "… giai đoạn 2026 - 2030" states the period when no row does.
  if (f.period === null && periodRow === null) {
    const m = /giai doan (?:tu nam )?(\d{4}) (?:den )?(?:nam )?(\d{4})/.exec(foldKey(f.name));
    if (m && Number(m[1]) <= Number(m[2])) f.period = { start: Number(m[1]), end: Number(m[2]) };
    else say("missingPeriod", {}, f.nameRow !== null ? f.nameRow + 1 : null, f.nameRow !== null ? 1 : null);
  }
  if (f.nameRow === null) say("missingName", {}, null, null);
  if (!f.issuer) say("missingIssuer", {}, null, null);
  return f;
}

function viDateOrNumber(n: number, date1904: boolean): string {
  // A date typed in a label's next cell: Excel keeps it as a serial.
  if (n > 20000 && n < 80000) {
    const p = parseDateCell(n, date1904);
    if (p && p.ok) return viDateOf(p.span.start);
  }
  return String(n);
}

function splitList(s: string): string[] {
  return s
    .split(/[;\n]/)
    .map((x) => cleanText(x))
    .filter((x) => x !== "");
}

/** "01/3 – 31/3": one campaign window, "dd/mm" both ends. */
const WINDOW = /^(?:từ\s*|tu\s*)?(?:ngày\s*|ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})\s*(?:-|–|—|đến|den|to)\s*(?:ngày\s*|ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})$/i;

/** The windows a Thời gian cell states, or null when one of them cannot be read. */
export function parseWindows(s: string): Array<{ start: string; end: string }> | null {
  const out: Array<{ start: string; end: string }> = [];
  for (const part of s.split(/[;\n]|\s+và\s+|\s+va\s+/i)) {
    const p = cleanText(part).replace(/[.,]$/, "");
    if (p === "") continue;
    const m = WINDOW.exec(p);
    if (!m) return null;
    const [sd, sm, ed, em] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    // 29/02 is a day of the year (a leap year's).
    if (!isRealDay(2024, sm, sd) || !isRealDay(2024, em, ed)) return null;
    const dm = (d: number, mo: number): string => `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}`;
    out.push({ start: dm(sd, sm), end: dm(ed, em) });
  }
  return out.length > 0 ? out : null;
}

/** A once task's deadline: "trước 30/6/2027", "30/6/2027", "hạn 30/6/2027" or a date cell. */
function parseDeadline(v: CellValue, date1904: boolean): Day | null {
  if (typeof v === "number") {
    const p = parseDateCell(v, date1904);
    return p && p.ok ? p.span.start : null;
  }
  const t = text(v).replace(/^(trước|truoc|hạn|han|chậm nhất|cham nhat|đến|den)\s*(ngày|ngay)?\s*:?\s*/i, "");
  return dayOfText(t, date1904);
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
