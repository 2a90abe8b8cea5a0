import { z } from "zod";
import { isLocale, type Locale } from "../../core/i18n/locale";
import { FIELDS, type ColumnOverride, type Field } from "../../core/read/types";

/**
 * Settings are saved in the workbook as JSON text. Text from a workbook is user data: anything
 * unreadable is ignored (the pane falls back to defaults) rather than trusted or crashing.
 */

const overrideSchema = z.object({
  sheet: z.string().min(1),
  headerRow: z.number().int().positive(),
  columns: z.record(z.string(), z.number().int().positive().nullable()),
});

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseOverrides(text: string | null): ColumnOverride[] {
  const raw = parseJson(text);
  if (!Array.isArray(raw)) return [];
  const out: ColumnOverride[] = [];
  for (const item of raw) {
    const r = overrideSchema.safeParse(item);
    if (!r.success) continue;
    const columns: Partial<Record<Field, number | null>> = {};
    for (const [k, v] of Object.entries(r.data.columns)) if ((FIELDS as readonly string[]).includes(k)) columns[k as Field] = v;
    out.push({ sheet: r.data.sheet, headerRow: r.data.headerRow, columns });
  }
  return out;
}

export function serializeOverrides(list: readonly ColumnOverride[]): string | null {
  return list.length === 0 ? null : JSON.stringify(list);
}

/** The overrides with the one for (sheet, headerRow) replaced, or removed when `columns` is null. */
export function withOverride(
  list: readonly ColumnOverride[],
  sheet: string,
  headerRow: number,
  columns: ColumnOverride["columns"] | null,
): ColumnOverride[] {
  const rest = list.filter((o) => !(o.sheet === sheet && o.headerRow === headerRow));
  return columns === null || Object.keys(columns).length === 0 ? rest : [...rest, { sheet, headerRow, columns }];
}

export function parseLocale(text: string | null): Locale | null {
  const t = text?.trim() ?? null;
  return isLocale(t) ? t : null;
}
