/** Reading a SheetSpec the way a person reads the sheet: by rows, by the text in a column. */
import type { SheetSpec, SpecCell, SpecValue } from "../../src/core/report/sheet-spec";

export function cellAt(spec: SheetSpec, row: number, col: number): SpecCell | undefined {
  return spec.cells.find((c) => c.row === row && c.col === col);
}

export function valueAt(spec: SheetSpec, row: number, col: number): SpecValue {
  return cellAt(spec, row, col)?.value ?? null;
}

/** The values of a row, columns 1..n. */
export function rowValues(spec: SheetSpec, row: number): SpecValue[] {
  return spec.columnWidths.map((_, i) => valueAt(spec, row, i + 1));
}

/** The first row whose cell in the column equals the value. */
export function rowWhere(spec: SheetSpec, col: number, value: SpecValue): number {
  const c = spec.cells.find((x) => x.col === col && x.value === value);
  if (!c) throw new Error(`no row with ${JSON.stringify(value)} in column ${col} of ${spec.name}`);
  return c.row;
}

/** Every text of the sheet, top to bottom, trimmed (paragraphs start with an indent). */
export function texts(spec: SheetSpec): string[] {
  return spec.cells.filter((c) => typeof c.value === "string" && c.value.trim() !== "").map((c) => (c.value as string).trim());
}

/** The one text that contains a fragment; fails when none or several do. */
export function textWith(spec: SheetSpec, fragment: string): string {
  const found = texts(spec).filter((t) => t.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} texts contain ${JSON.stringify(fragment)} in ${spec.name}`);
  return found[0];
}

/** The row of the one text that contains a fragment. */
export function rowOfText(spec: SheetSpec, fragment: string): number {
  const text = textWith(spec, fragment);
  return spec.cells.find((c) => typeof c.value === "string" && c.value.trim() === text)!.row;
}
