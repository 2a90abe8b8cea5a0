import type { PlanModel } from "../plan/model";
import { foldKey } from "../text/normalize";
import { parseSavedJson } from "./column-overrides";
import type { Activity, TaskChoice, TrackingTable } from "./types";

/**
 * The user's confirmations and corrections of guessed tasks, one per row, saved in the workbook
 * (setting TASK_CHOICES_SETTING, JSON) beside the column corrections, and honoured wherever the
 * workbook is read (pane, command line). A choice names its row and the activity's words: when
 * the row no longer holds those words (rows inserted or edited since), the choice is not applied.
 */
export const TASK_CHOICES_SETTING = "bdg.taskChoices";

const isPositiveInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

/** Saved text -> the choices that can be read; anything else is dropped, never a crash. */
export function parseTaskChoices(text: string | null): TaskChoice[] {
  const raw = parseSavedJson(text);
  if (!Array.isArray(raw)) return [];
  const out: TaskChoice[] = [];
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const { sheet, row, text: words, taskId } = item as Record<string, unknown>;
    if (typeof sheet !== "string" || sheet === "" || !isPositiveInt(row) || typeof words !== "string") continue;
    if (taskId !== null && typeof taskId !== "string") continue;
    out.push({ sheet, row, text: words, taskId });
  }
  return out;
}

export function serializeTaskChoices(list: readonly TaskChoice[]): string | null {
  return list.length === 0 ? null : JSON.stringify(list);
}

/** The choices with the one for (sheet, row) replaced, or removed when `choice` is null. */
export function withTaskChoice(list: readonly TaskChoice[], sheet: string, row: number, choice: TaskChoice | null): TaskChoice[] {
  const rest = list.filter((c) => !(c.sheet === sheet && c.row === row));
  return choice === null ? rest : [...rest, choice];
}

/** The choice a user may make for an activity: its row and words, and the task. */
export function choiceFor(a: Activity, taskId: string | null): TaskChoice {
  return { sheet: a.sheet, row: a.row, text: a.activity ?? "", taskId };
}

/** A row whose task the reader guessed (or could not guess): the rows a choice may apply to. */
export function isGuessable(a: Activity): boolean {
  return (a.taskSource === "guess" || a.taskSource === null || a.taskSource === "confirmed") && a.unknownTaskId === null;
}

/**
 * Apply the user's choices to a table's activities: a confirmed or corrected task counts as surely
 * as a task column ("confirmed", confidence 1); a choice of no task leaves the row without one.
 * Choices for unknown tasks of the plan, or whose words no longer match the row, are ignored.
 */
export function applyTaskChoices(table: TrackingTable, choices: readonly TaskChoice[], plan: PlanModel): void {
  if (choices.length === 0) return;
  const bySheet = choices.filter((c) => c.sheet === table.sheet);
  if (bySheet.length === 0) return;
  const byRow = new Map(bySheet.map((c) => [c.row, c]));
  for (const a of table.activities) {
    const c = byRow.get(a.row);
    if (!c || !isGuessable(a) || foldKey(a.activity ?? "") !== foldKey(c.text)) continue;
    if (c.taskId !== null && !plan.hasTask(c.taskId)) continue;
    a.taskId = c.taskId;
    a.taskSource = "confirmed";
    a.taskConfidence = c.taskId === null ? 0 : 1;
  }
}

/** Activities counted under a task the user confirmed or corrected. */
export function confirmedCount(activities: readonly Activity[]): number {
  let n = 0;
  for (const a of activities) if (a.taskSource === "confirmed" && a.taskId !== null) n++;
  return n;
}

/** "2023-2025", "2023–2025", "2024": the years a user gives (--years, the pane's setting); null when not that. */
export function parseYearsText(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d{4})\s*(?:[-\u2013\u2014]|\.\.)?\s*(\d{4})?\s*$/.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to ? { from, to } : null;
}

/** The years setting saved in a workbook ("bdg.years", e.g. "2023-2025"); null when blank or unreadable. */
export const YEARS_SETTING = "bdg.years";
export function parseYearsSetting(text: string | null): { from: number; to: number } | null {
  if (text === null) return null;
  const raw = parseSavedJson(text);
  return parseYearsText(typeof raw === "string" ? raw : text);
}
