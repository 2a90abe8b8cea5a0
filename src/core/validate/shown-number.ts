import { numberFormatIn } from "../number-format-runs";
import type { TrackingData } from "../read/types";
import type { CellValue } from "../snapshot";
import type { ShownNumber } from "../text/excel-number-format";

/**
 * A number a message quotes from a cell, as Excel shows it: the cell's own number with its format
 * when the cell is a number cell that has one, else `fallback` (what the rule read), which the
 * message formats for the locale.
 */
export function shownNumber(
  data: TrackingData,
  at: { sheet: string; row: number },
  col: number | undefined,
  cell: CellValue | undefined,
  fallback: number,
): ShownNumber {
  if (col === undefined || typeof cell !== "number" || data.numberFormats === undefined) return fallback;
  const format = numberFormatIn(data.numberFormats[at.sheet], at.row, col);
  return format === null ? fallback : { value: cell, format };
}

/** Another number (a sum the rule computed) shown in the format of the cell it stands against. */
export function inFormatOf(shown: ShownNumber, value: number): ShownNumber {
  return typeof shown === "number" ? value : { value, format: shown.format };
}
