import { isLocale, type Locale } from "../../core/i18n/locale";
import { parseColumnOverrides, serializeColumnOverrides } from "../../core/read/column-overrides";
import type { ColumnOverride } from "../../core/read/types";

/**
 * Settings are saved in the workbook as JSON text. Text from a workbook is user data: anything
 * unreadable is ignored (the pane falls back to defaults) rather than trusted or crashing.
 */

/** Read and written by the same code as the custom functions use (core/read/column-overrides). */
export const parseOverrides = parseColumnOverrides;
export const serializeOverrides = serializeColumnOverrides;

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
