import type { AnalysisOptions, Analysis } from "../core/engine";
import { bookYearsText } from "../core/i18n/book-years-messages";
import type { Locale } from "../core/i18n/locale";
import { readingMessages } from "../core/i18n/reading-messages";
import { parseColumnOverrides } from "../core/read/column-overrides";
import { confirmedCount, parseTaskChoices, parseYearsSetting, parseYearsText, TASK_CHOICES_SETTING, YEARS_SETTING } from "../core/read/task-choices";
import type { ParsedArgs } from "./args";
import { CliFailure } from "./context";
import { savedSettingText } from "./workbook-profile";

/**
 * How to read a workbook on the command line, as in the pane: the column corrections, the tasks
 * confirmed row by row and the years the pane saved in the workbook, `--years` winning over the
 * saved years. A saved setting that cannot be read is ignored (the reader's own choice stands).
 */
export async function readingOptionsOf(args: ParsedArgs, file: string, locale: Locale): Promise<Pick<AnalysisOptions, "overrides" | "taskChoices" | "years">> {
  const flag = args.flags.get("years");
  let years: { from: number; to: number } | null = null;
  if (flag !== undefined) {
    years = typeof flag === "string" ? parseYearsText(flag) : null;
    if (years === null) throw new CliFailure(readingMessages(locale).badYears({ value: flag === true ? "" : String(flag) }));
  }
  const [overridesText, choicesText, yearsText] = await Promise.all([
    savedSettingText(file, "bdg.columnOverrides"),
    savedSettingText(file, TASK_CHOICES_SETTING),
    flag === undefined ? savedSettingText(file, YEARS_SETTING) : Promise.resolve(null),
  ]);
  years ??= parseYearsSetting(yearsText);
  const overrides = parseColumnOverrides(overridesText);
  const taskChoices = parseTaskChoices(choicesText);
  return {
    ...(overrides.length > 0 ? { overrides } : {}),
    ...(taskChoices.length > 0 ? { taskChoices } : {}),
    ...(years ? { years } : {}),
  };
}

/** The lines saying which years the book covers and how many activities count by a confirmed task; none when neither applies. */
export function readingLines(a: Analysis, locale: Locale): string[] {
  const lines: string[] = [];
  const years = bookYearsText(a.data.bookYears, locale);
  if (years !== null) lines.push(years);
  const n = confirmedCount(a.data.activities);
  if (n > 0) lines.push(readingMessages(locale).confirmedCount({ n }));
  return lines;
}

/** The same facts for --json: the years (null: the plan's whole period) and the confirmed count. */
export function readingJson(a: Analysis, locale: Locale): object {
  const y = a.data.bookYears;
  return {
    bookYears: y ? { from: y.from, to: y.to, source: y.source, text: bookYearsText(y, locale) } : null,
    confirmedTasks: confirmedCount(a.data.activities),
  };
}
