import { isLocale, type Locale } from "../i18n/locale";
import { builtinPlan, parsePlanJson } from "../plan/load";
import type { PlanModel } from "../plan/model";
import { parseColumnOverrides, parseSavedJson } from "../read/column-overrides";
import type { ColumnOverride } from "../read/types";

/**
 * The settings saved in a workbook that change what the functions answer — the plan, the user's
 * column corrections, the language — read from their saved text. Saved text is user data: what
 * cannot be read falls back to the default (the built-in plan, no corrections, Vietnamese), so a
 * damaged setting never breaks the functions.
 */
export interface WorkbookSettings {
  plan: PlanModel;
  overrides: ColumnOverride[];
  locale: Locale;
}

export interface SettingTexts {
  plan: string | null;
  columnOverrides: string | null;
  locale: string | null;
}

function localeOf(text: string | null): Locale {
  const raw = parseSavedJson(text) ?? text;
  return isLocale(raw) ? raw : "vi";
}

export function workbookSettings(texts: SettingTexts): WorkbookSettings {
  const loaded = texts.plan ? parsePlanJson(texts.plan) : null;
  return { plan: loaded?.ok ? loaded.plan : builtinPlan(), overrides: parseColumnOverrides(texts.columnOverrides), locale: localeOf(texts.locale) };
}
