import { isLocale, type Locale } from "../i18n/locale";
import { builtinPlan, parsePlanJson } from "../plan/load";
import type { PlanModel } from "../plan/model";
import { FIELDS, type ColumnOverride, type Field } from "../read/types";

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

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isPositiveInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

function overridesOf(text: string | null): ColumnOverride[] {
  const raw = parseJson(text);
  if (!Array.isArray(raw)) return [];
  const out: ColumnOverride[] = [];
  for (const item of raw) {
    if (typeof item !== "object" || item === null) continue;
    const { sheet, headerRow, columns } = item as Record<string, unknown>;
    if (typeof sheet !== "string" || sheet === "" || !isPositiveInt(headerRow) || typeof columns !== "object" || columns === null) continue;
    const cols: Partial<Record<Field, number | null>> = {};
    for (const [k, v] of Object.entries(columns as Record<string, unknown>)) {
      if ((FIELDS as readonly string[]).includes(k) && (v === null || isPositiveInt(v))) cols[k as Field] = v;
    }
    out.push({ sheet, headerRow, columns: cols });
  }
  return out;
}

function localeOf(text: string | null): Locale {
  const raw = parseJson(text) ?? text;
  return isLocale(raw) ? raw : "vi";
}

export function workbookSettings(texts: SettingTexts): WorkbookSettings {
  const loaded = texts.plan ? parsePlanJson(texts.plan) : null;
  return { plan: loaded?.ok ? loaded.plan : builtinPlan(), overrides: overridesOf(texts.columnOverrides), locale: localeOf(texts.locale) };
}
