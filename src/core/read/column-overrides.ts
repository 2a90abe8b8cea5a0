import { FIELDS, type ColumnOverride, type Field } from "./types";

/**
 * The user's column corrections as saved in a workbook (JSON text). Saved text is user data: what
 * cannot be read is dropped, never trusted and never a crash, so a damaged setting means only that
 * the reader's own mapping is used.
 */

/** JSON from saved text, or undefined when blank or not JSON. */
export function parseSavedJson(text: string | null): unknown {
  if (text === null || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isPositiveInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

export function parseColumnOverrides(text: string | null): ColumnOverride[] {
  const raw = parseSavedJson(text);
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

export function serializeColumnOverrides(list: readonly ColumnOverride[]): string | null {
  return list.length === 0 ? null : JSON.stringify(list);
}
