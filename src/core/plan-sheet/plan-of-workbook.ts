import { PLAN_SHEET_MESSAGES } from "../i18n/plan-sheet-messages";
import type { Locale } from "../i18n/locale";
import type { PlanModel } from "../plan/model";
import type { WorkbookSnapshot } from "../snapshot";
import { viDateOf } from "../time/days";
import { findPlanSheet, readPlanSheet, type PlanSheetRead } from "./read-plan-sheet";

const readCache = new WeakMap<WorkbookSnapshot, Map<Locale, PlanSheetRead | null>>();

/**
 * The workbook's own plan sheet as read, or null when it has none (the plan comes from elsewhere).
 * Remembered per snapshot: the same workbook read gives the same plan object, which is what tells
 * the pane and the functions that the plan has not changed.
 */
export function planOfWorkbook(book: WorkbookSnapshot, locale: Locale = "vi"): PlanSheetRead | null {
  let byLocale = readCache.get(book);
  if (!byLocale) readCache.set(book, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known !== undefined) return known;
  const sheet = findPlanSheet(book);
  const r = sheet ? readPlanSheet(sheet, { date1904: book.date1904 === true, locale }) : null;
  byLocale.set(locale, r);
  return r;
}

/** The plan as a heading names it: "Kế hoạch … (số 15/KH-SDTTG ngày 10/03/2026), giai đoạn 2026 - 2030". */
export function planNameText(plan: PlanModel, locale: Locale = "vi"): string {
  const id = plan.identity;
  return PLAN_SHEET_MESSAGES[locale].planName({
    title: id.title,
    number: id.number,
    issuedOn: id.issuedOn === null ? null : viDateOf(id.issuedOn),
    from: id.from,
    to: id.to,
  });
}

/** Why a plan sheet cannot be used: a line naming the plan and the sheet, then one line per problem. */
export function brokenPlanLines(r: PlanSheetRead, locale: Locale = "vi"): string[] {
  const m = PLAN_SHEET_MESSAGES[locale];
  return [m.broken({ name: r.name || r.sheet, sheet: r.sheet, n: r.problems.length }), ...r.problems.map((p) => `- ${p.message}`)];
}

