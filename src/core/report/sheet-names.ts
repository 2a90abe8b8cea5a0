/**
 * Names of the report sheets (docs/design.md#report-forms) and how a writer fits them into a workbook: the add-in's
 * own sheets of the same report are replaced, a user's sheet is never touched, and a new sheet
 * whose name a user's sheet already has gets the next free name ("BC 2024 (2)").
 */
import type { PlanModel } from "../plan/model";
import { formDescriptor, type FormCode } from "./form-descriptors";

/**
 * "BC 2024", "BC 6T-2024" (the first six months), "B01 2021-2025"; a form that covers the period
 * (B03) is named for it whatever the year.
 */
export function sheetNameOf(form: FormCode, year: number | null, plan: PlanModel, half = false): string {
  const d = formDescriptor(form);
  const period = `${plan.years[0]}-${plan.years[plan.years.length - 1]}`;
  return `${d.sheetPrefix} ${d.covers === "period" || year === null ? period : scopeSuffix(year, half)}`;
}

/** "2024", or "6T-2024" for the first six months (6 tháng). */
function scopeSuffix(year: number, half: boolean): string {
  return half ? `6T-${year}` : String(year);
}

/**
 * The working sheet of what the figures left out, written beside the forms: "KT 2024",
 * "KT 2021-2025". Not a form (not chosen, not printed with the report): see docs/reports.md.
 */
export function checkSheetNameOf(year: number | null, plan: PlanModel, half = false): string {
  const period = `${plan.years[0]}-${plan.years[plan.years.length - 1]}`;
  return `KT ${year === null ? period : scopeSuffix(year, half)}`;
}

export interface ExistingSheet {
  name: string;
  /** Written by the add-in (marked as its own). */
  owned: boolean;
}

export interface SheetWritePlan {
  /** The add-in's own sheets to delete before writing. */
  remove: string[];
  /** For every wanted name, in order, the name the new sheet gets. */
  names: Array<{ wanted: string; used: string }>;
}

/** Sheet names compare without regard to case, as Excel compares them. */
const key = (s: string): string => s.normalize("NFC").toLocaleLowerCase("vi");

const MAX_SHEET_NAME = 31;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "BC 2024" or "BC 2024 (n)": a sheet an earlier run may have written for this name. */
function isVariantOf(name: string, wanted: string): boolean {
  return new RegExp(`^${escapeRegex(key(wanted))}( \\(\\d+\\))?$`).test(key(name));
}

/**
 * What to delete and what to name each new sheet. An own sheet named like a wanted one (or a
 * numbered variant of it) is replaced; every other sheet stays, and a wanted name held by a user's
 * sheet becomes "name (2)", "name (3)"… (cut to Excel's 31 characters).
 */
export function planSheetWrites(existing: readonly ExistingSheet[], wanted: readonly string[]): SheetWritePlan {
  const remove = existing.filter((s) => s.owned && wanted.some((w) => isVariantOf(s.name, w))).map((s) => s.name);
  const removed = new Set(remove.map(key));
  const taken = new Set(existing.filter((s) => !removed.has(key(s.name))).map((s) => key(s.name)));
  const names = wanted.map((w) => {
    let used = w;
    for (let n = 2; taken.has(key(used)); n++) {
      const suffix = ` (${n})`;
      used = w.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(key(used));
    return { wanted: w, used };
  });
  return { remove, names };
}

/** What writing report sheets did (the same shape as the task pane's WriteReportResult). */
export interface ReportWriteResult {
  written: string[];
  /** The add-in's earlier sheets that were replaced. */
  replaced: string[];
  /** User sheets whose names clashed: kept, and the new sheet got another name. */
  renamed: Array<{ wanted: string; used: string }>;
}
