import type { PlanModel } from "../plan/model";
import type { WorkbookSnapshot } from "../snapshot";
import type { BookYears, TrackingTable } from "./types";
import { group } from "./regex-groups";

/** "năm 2023–2025", "giai đoạn 2023 - 2025", "từ năm 2023 đến năm 2025", "các năm 2021, 2022, 2023" (diacritics off). */
const TITLE_YEARS = /(?:^|[^a-z])(?:nam|giai doan|cac nam|tu nam|tu)\s*:?\s*\(?(20\d\d)((?:\s*(?:[-\u2013\u2014]|,|den(?: nam)?|va)\s*20\d\d)+)/;
/** Years in a sheet's name: "Năm 2023", "2024", "TD 2021-2023". */
const NAME_YEARS = /(?:^|\D)(20\d\d)(?:\s*[-\u2013]\s*(20\d\d))?(?:\D|$)/;

function plainLower(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/**
 * "SỔ THEO DÕI … NĂM 2024": a book's own title naming one year (a commune's book of one year). A
 * table's title naming one year ("BẢNG THEO DÕI … NĂM 2024") says nothing of the book.
 */
const BOOK_ONE_YEAR = /\bso theo doi\b.*(?:^|[^a-z])nam\s*:?\s*(20\d\d)\b/;

/** The years a title text names as a range or a list, or a book's title its one year; null otherwise. */
function titleYears(text: string): { from: number; to: number } | null {
  const plain = plainLower(text);
  const m = TITLE_YEARS.exec(plain);
  if (!m) {
    const one = BOOK_ONE_YEAR.exec(plain);
    return one ? { from: Number(group(one, 1)), to: Number(group(one, 1)) } : null;
  }
  const years = [Number(group(m, 1)), ...(group(m, 2).match(/20\d\d/g) ?? []).map(Number)];
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** What one sheet says of its years: its title rows above the first table, else its name. */
function sheetYears(sheet: WorkbookSnapshot["sheets"][number], headerRow: number): { from: number; to: number; text?: string } | null {
  let best: { from: number; to: number; text: string } | null = null;
  for (let r = 1; r < headerRow; r++) {
    for (const v of sheet.values[r - 1] ?? []) {
      if (typeof v !== "string" || v.length > 300) continue;
      const y = titleYears(v);
      // The narrowest when titles name the plan's period too ("… GIAI ĐOẠN 2021–2025, NĂM 2023–2025").
      if (y && (!best || y.to - y.from < best.to - best.from)) best = { ...y, text: v.trim() };
    }
  }
  if (best) return best;
  const m = NAME_YEARS.exec(sheet.name);
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * The years a book says it covers: each sheet holding a table says its own, by a year range or list
 * in its title rows ("SỔ THEO DÕI … NĂM 2023–2025") or by its name ("Năm 2024", when the book has
 * two or more sheets of tables: one sheet named by a year says nothing); the book covers
 * from the first to the last. Null when a sheet says nothing, or the book covers the plan's whole
 * period: then the whole period applies. Clamped to the plan.
 */
export function bookYearsOf(book: WorkbookSnapshot, tables: readonly TrackingTable[], plan: PlanModel): BookYears | null {
  const firstHeader = new Map<string, number>();
  for (const t of tables) if (!firstHeader.has(t.sheet)) firstHeader.set(t.sheet, t.headerRow);
  let from = Infinity;
  let to = -Infinity;
  let titled: { sheet: string; text: string } | null = null;
  let titles = 0;
  for (const sheet of book.sheets) {
    const header = firstHeader.get(sheet.name);
    if (header === undefined) continue;
    const y = sheetYears(sheet, header);
    if (!y) return null;
    from = Math.min(from, y.from);
    to = Math.max(to, y.to);
    if (y.text !== undefined) {
      titles++;
      titled = { sheet: sheet.name, text: y.text };
    }
  }
  if (from === Infinity) return null;
  // One sheet named "Theo dõi 2024" is a book opened in 2024, not a statement that it tracks only 2024.
  if (titles === 0 && firstHeader.size < 2) return null;
  const years = clamp(from, to, plan);
  if (!years || isWholePeriod(years, plan)) return null;
  // One title said it all: name it; otherwise the sheets together said it.
  return titles === 1 && firstHeader.size === 1 && titled ? { ...years, source: "title", ...titled } : { ...years, source: "sheets" };
}

/** The years a user set ("--years 2023-2025", the pane's setting), clamped to the plan; null when outside it. */
export function bookYearsOverride(from: number, to: number, plan: PlanModel): BookYears | null {
  const years = clamp(Math.min(from, to), Math.max(from, to), plan);
  return years ? { ...years, source: "override" } : null;
}

function clamp(from: number, to: number, plan: PlanModel): { from: number; to: number } | null {
  if (from > to) return null;
  const f = Math.max(from, plan.firstYear);
  const t = Math.min(to, plan.lastYear);
  return f <= t ? { from: f, to: t } : null;
}

function isWholePeriod(y: { from: number; to: number }, plan: PlanModel): boolean {
  return y.from <= plan.firstYear && y.to >= plan.lastYear;
}

/** Whether a year of the plan is one the book tracks (every year when it says nothing). */
export function tracksYear(years: BookYears | null | undefined, year: number): boolean {
  return !years || (year >= years.from && year <= years.to);
}
