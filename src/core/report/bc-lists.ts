/**
 * The lists of activities BC names under a task: for a year every activity with its date; for
 * the period the activities a task repeats every year said once ("hằng năm, 2021 - 2025"), the
 * others by year.
 */
import { BC_TEXT } from "../i18n/report-messages";
import { isCompleted } from "../progress";
import type { Activity } from "../read/types";
import type { Day } from "../time/days";
import { clause, spanText } from "./format";

/** The most activities listed under one task (and year); the rest are counted. */
const MAX_LISTED = 12;

function whenOf(a: Activity): string | null {
  if (a.date) return spanText(a.date);
  return a.year !== null ? BC_TEXT.oneYear({ year: a.year }) : null;
}

export function whenText(a: Activity): string {
  return whenOf(a) ?? "?";
}

function itemText(a: Activity): string {
  return clause(a.activity ?? "") || BC_TEXT.noText;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "- Activity (15/11/2024);" lines of one list, the last ending in a full stop. */
export function activityLines(list: readonly Activity[], asOf: Day): string[] {
  const shown = list.slice(0, MAX_LISTED);
  const lines = shown.map((a, i) =>
    BC_TEXT.activityItem({ text: itemText(a), when: whenOf(a), open: !isCompleted(a, asOf), last: i === shown.length - 1 && list.length <= MAX_LISTED }),
  );
  if (list.length > MAX_LISTED) lines.push(`- ${capitalise(BC_TEXT.more({ n: list.length - MAX_LISTED }))}.`);
  return lines;
}

/** The text of an activity without the years it names: what stays the same from year to year. */
function sameEveryYear(a: Activity): string {
  return itemText(a)
    .toLocaleLowerCase("vi")
    .replace(/\b(năm\s+)?(19|20)\d{2}\b/gu, "")
    .replace(/[\s,.;:()-]+/gu, " ")
    .trim();
}

/** An activity's text with the years it names taken out, to stand for every year's. */
function withoutYears(a: Activity): string {
  return clause(itemText(a).replace(/\s*\b(năm\s+)?(19|20)\d{2}\b/gu, "").replace(/\s{2,}/g, " "));
}

/**
 * The period's list: an activity held in two or more years under the same name is one line
 * ("- Hội nghị tập huấn: hằng năm, 2021 - 2025;"), the rest one line per year.
 */
export function activityLinesForPeriod(list: readonly Activity[], asOf: Day, planYears: readonly number[]): string[] {
  const groups = new Map<string, Activity[]>();
  for (const a of list) {
    // Only activities carried out are summarised across years: one not finished is listed in its
    // year, marked as such, never folded into "các năm 2022 và 2023" as if done.
    const k = isCompleted(a, asOf) ? sameEveryYear(a) : "";
    const g = groups.get(k);
    if (g) g.push(a);
    else groups.set(k, [a]);
  }
  const repeated: Activity[][] = [];
  const single: Activity[] = [];
  for (const [k, g] of groups) {
    const years = new Set(g.map((a) => a.year));
    if (k !== "" && years.size >= 2) repeated.push(g);
    else single.push(...g);
  }
  const lines: Array<(last: boolean) => string> = [];
  for (const g of repeated) {
    const first = g[0] as Activity;
    const years = [...new Set(g.map((a) => a.year as number))].sort((x, y) => x - y);
    const all = planYears.every((y) => years.includes(y));
    lines.push((last) => BC_TEXT.repeatedItem({ text: withoutYears(first), years, all, n: g.length, last }));
  }
  const singleSet = new Set(single);
  const ordered = list.filter((a) => singleSet.has(a));
  const years = [...new Set(ordered.map((a) => a.year as number))].sort((x, y) => x - y);
  for (const y of years) {
    const ofYear = ordered.filter((a) => a.year === y);
    const shown = ofYear.slice(0, MAX_LISTED);
    const items = shown.map((a) => BC_TEXT.activityInline({ text: itemText(a), when: whenOf(a), open: !isCompleted(a, asOf) }));
    if (ofYear.length > MAX_LISTED) items.push(BC_TEXT.more({ n: ofYear.length - MAX_LISTED }));
    lines.push((last) => BC_TEXT.yearItem({ year: y, items, last }));
  }
  return lines.map((f, i) => f(i === lines.length - 1));
}
