/** A range of cells: values, formulas, text and number formats loaded or written at the sync. */
import { AfterSync, type FakeContext, Loaded, propList } from "./context";
import { FakeApiError } from "./errors";
import { MAX_ROWS, type Box, type FakeSheet } from "./model";
import { a1Of, colLetters } from "./address";
import { makeFormat } from "./range-format";
import { excelStores } from "./text-input";

function allSomeNone(from: number, to: number, hidden: (i: number) => boolean): boolean | null {
  let n = 0;
  for (let i = from; i <= to; i++) if (hidden(i)) n++;
  return n === 0 ? false : n === to - from + 1 ? true : null;
}

export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Properties that read every cell of the range (a response grows with them). */
const GRID = new Set(["values", "text", "formulas", "numberFormat"]);
const MAX_READ_CELLS = 5_000_000;

type Grid = unknown[][];

export class FakeRange {
  private readonly loaded = new Loaded();
  private readonly nullState: AfterSync<boolean>;
  private box_: Box | null | undefined;
  readonly format: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly boxOf: () => Box | null,
    private readonly orNull = false,
  ) {
    this.nullState = new AfterSync(
      ctx,
      () => {
        try {
          return this.box() === null;
        } catch {
          return true;
        }
      },
      "isNullObject",
    );
    this.format = makeFormat(ctx, this);
  }

  /** The cells, fixed when a command first uses the range (a used range is what it was then). */
  private box(): Box | null {
    if (this.box_ === undefined) this.box_ = this.boxOf();
    return this.box_;
  }

  resolved(): { sheet: FakeSheet; box: Box } {
    const box = this.box();
    if (box === null) throw new FakeApiError("InvalidOperation", "The object is a null object.");
    return { sheet: this.sheetOf(), box };
  }

  /** Cells of the range, row by row, at the sync. */
  forEachCell(fn: (sheet: FakeSheet, r: number, c: number) => void): void {
    const { sheet, box } = this.resolved();
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) fn(sheet, r, c);
  }

  /** A null object (an empty used range): loading it gives nothing, using it fails. */
  isNullNow(): boolean {
    return this.orNull && this.box() === null;
  }

  /** Queue a change of the cells; refused on a protected sheet. Heard by onChanged while events are on. */
  edit(fn: () => void, bytes?: number): void {
    this.ctx.act(() => {
      this.resolved().sheet.assertEditable();
      const excel = this.ctx.excel;
      if (excel.editsBeforeFailure !== null && --excel.editsBeforeFailure <= 0) {
        excel.editsBeforeFailure = null;
        throw new FakeApiError("GeneralException", "An internal error has occurred.");
      }
      fn();
      if (this.ctx.excel.enableEvents) this.ctx.changedDuringSync = true;
    }, bytes);
  }

  get isNullObject(): boolean {
    return this.nullState.get();
  }

  private cellCount(): number {
    try {
      const { box } = this.resolved();
      return (box.bottom - box.top + 1) * (box.right - box.left + 1);
    } catch {
      return 0;
    }
  }

  load(props: string | string[]): this {
    const want = propList(props);
    const grids = want.filter((p) => GRID.has(p)).length;
    this.ctx.queue({
      cells: () => grids * this.cellCount(),
      run: () => {
        if (this.isNullNow()) return;
        const { sheet, box } = this.resolved();
        const rows = box.bottom - box.top + 1;
        const cols = box.right - box.left + 1;
        if (grids > 0 && rows >= MAX_ROWS) throw new FakeApiError("InvalidArgument", "the add-in read a whole column");
        if (grids > 0 && rows * cols > MAX_READ_CELLS) throw new FakeApiError("RangeExceedsLimit", "over 5,000,000 cells in one read");
        for (const p of want) this.loaded.set(p, this.read(sheet, box, p));
      },
    });
    return this;
  }

  private grid(sheet: FakeSheet, box: Box, cell: (k: string, r: number, c: number) => unknown): Grid {
    const out: Grid = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(cell(`${r},${c}`, r, c));
      out.push(row);
    }
    return out;
  }

  private read(sheet: FakeSheet, box: Box, p: string): unknown {
    const value = (r: number, c: number): unknown => sheet.value(r, c) ?? "";
    switch (p) {
      case "values":
        return this.grid(sheet, box, (_k, r, c) => value(r, c));
      case "formulas":
        return this.grid(sheet, box, (k, r, c) => sheet.formulas.get(k) ?? value(r, c));
      case "text":
        return this.grid(sheet, box, (k, r, c) => {
          const v = value(r, c);
          if (sheet.shown.has(k)) return sheet.shown.get(k);
          return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
        });
      case "numberFormat":
        return this.grid(sheet, box, (k) => sheet.numberFormats.get(k) ?? "General");
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "address":
        return `${quoteSheet(sheet.name)}!${a1Of(box)}`;
      // As Excel: true when every row (column) of the range is hidden, false when none, null when some.
      case "rowHidden":
        return allSomeNone(box.top, box.bottom, (r) => sheet.hiddenRows.has(r));
      case "columnHidden":
        return allSomeNone(box.left, box.right, (c) => sheet.hiddenColumns.has(c));
      default:
        throw new Error(`the fake cannot load Range.${p}`);
    }
  }

  get values(): Grid {
    return this.loaded.get("values");
  }
  get formulas(): Grid {
    return this.loaded.get("formulas");
  }
  get text(): string[][] {
    return this.loaded.get("text");
  }
  get numberFormat(): string[][] {
    return this.loaded.get("numberFormat");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowHidden(): boolean | null {
    return this.loaded.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.loaded.get("columnHidden");
  }

  private checkShape(grid: Grid, what: string): void {
    const { box } = this.resolved();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (grid.length !== rows || grid.some((r) => r.length !== cols)) throw new FakeApiError("InvalidArgument", `${what}: ${grid.length}x${grid[0]?.length} into ${rows}x${cols}`);
  }

  /** As typed: text Excel can read as a number, date or boolean is converted (see text-input.ts). */
  set values(grid: Grid) {
    this.edit(() => {
      this.checkShape(grid, "values");
      const { sheet, box } = this.resolved();
      grid.forEach((row, i) =>
        row.forEach((input, j) => {
          const r = box.top + i;
          const c = box.left + j;
          const k = `${r},${c}`;
          const stored = excelStores(input, sheet.numberFormats.get(k) === "@");
          sheet.setValue(r, c, stored.value === "" ? undefined : stored.value);
          if (stored.formula) sheet.formulas.set(k, stored.formula);
          else sheet.formulas.delete(k);
          if (stored.quotePrefix) sheet.quotePrefix.add(k);
          else sheet.quotePrefix.delete(k);
          if (stored.converted) sheet.shown.set(k, String(input));
          else sheet.shown.delete(k);
        }),
      );
    }, JSON.stringify(grid).length);
  }
  set formulas(grid: Grid) {
    this.values = grid;
  }
  set numberFormat(grid: string[][]) {
    this.edit(() => {
      this.checkShape(grid, "numberFormat");
      const { sheet, box } = this.resolved();
      grid.forEach((row, i) => row.forEach((nf, j) => sheet.numberFormats.set(`${box.top + i},${box.left + j}`, nf)));
    }, JSON.stringify(grid).length);
  }

  merge(): void {
    this.edit(() => {
      const { sheet, box } = this.resolved();
      sheet.merges.push({ ...box });
    });
  }
  select(): void {
    this.ctx.act(() => {
      const { sheet, box } = this.resolved();
      sheet.selected = a1Of(box);
    });
  }
  clear(): void {
    this.edit(() => {
      const { sheet, box } = this.resolved();
      const bottom = Math.min(box.bottom, sheet.values.length - 1);
      for (let r = box.top; r <= bottom; r++) {
        const row = sheet.values[r];
        for (let c = box.left; c <= Math.min(box.right, row.length - 1); c++) {
          sheet.setValue(r, c, undefined);
          sheet.formats.delete(`${r},${c}`);
        }
      }
    });
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const { box } = this.resolved();
      return { top: box.top, bottom: box.bottom, left: box.left + i, right: box.left + i };
    });
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const { box } = this.resolved();
      return { top: box.top + i, bottom: box.top + i, left: box.left, right: box.right };
    });
  }
  /** ExcelApi 1.9: one entry per row, with what was asked for (rowIndex is the sheet's 0-based row). */
  getRowProperties(opts: { rowIndex?: boolean; rowHidden?: boolean }): { value: Array<{ rowIndex?: number; rowHidden?: boolean }> } {
    return this.lineProperties("1.9", (sheet, box) => {
      const out: Array<{ rowIndex?: number; rowHidden?: boolean }> = [];
      for (let r = box.top; r <= box.bottom; r++) out.push({ ...(opts.rowIndex ? { rowIndex: r } : {}), ...(opts.rowHidden ? { rowHidden: sheet.hiddenRows.has(r) } : {}) });
      return out;
    });
  }
  getColumnProperties(opts: { columnIndex?: boolean; columnHidden?: boolean }): { value: Array<{ columnIndex?: number; columnHidden?: boolean }> } {
    return this.lineProperties("1.9", (sheet, box) => {
      const out: Array<{ columnIndex?: number; columnHidden?: boolean }> = [];
      for (let c = box.left; c <= box.right; c++) out.push({ ...(opts.columnIndex ? { columnIndex: c } : {}), ...(opts.columnHidden ? { columnHidden: sheet.hiddenColumns.has(c) } : {}) });
      return out;
    });
  }
  private lineProperties<T>(version: string, make: (sheet: FakeSheet, box: Box) => T[]): { value: T[] } {
    if (!this.ctx.excel.supportsVersion(version)) throw new FakeApiError("ApiNotFound", `ExcelApi ${version} is not supported`);
    const loaded = new Loaded();
    this.ctx.queue({
      // Each entry counts as a cell of the response.
      cells: () => {
        const { sheet, box } = this.resolved();
        return make(sheet, box).length;
      },
      run: () => {
        const { sheet, box } = this.resolved();
        loaded.set("value", make(sheet, box));
      },
    });
    return {
      get value(): T[] {
        return loaded.get("value");
      },
    };
  }
  getMergedAreasOrNullObject(): { load(p: string): void; isNullObject: boolean; address: string } {
    const loaded = new Loaded();
    this.ctx.queue({
      silent: true,
      run: () => {
        const { sheet, box } = this.resolved();
        const inside = sheet.merges.filter((m) => m.bottom >= box.top && m.top <= box.bottom && m.right >= box.left && m.left <= box.right);
        loaded.set("isNullObject", inside.length === 0);
        loaded.set("address", inside.map((m) => `${quoteSheet(sheet.name)}!${colLetters(m.left)}${m.top + 1}:${colLetters(m.right)}${m.bottom + 1}`).join(", "));
      },
    });
    return {
      load: () => this.ctx.queue({ run: () => undefined }),
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
    };
  }
  getCellProperties(_opts: unknown): { value: Array<Array<{ format: { font: { name: string } } }>> } {
    const loaded = new Loaded();
    this.ctx.queue({
      cells: () => this.cellCount(),
      run: () => {
        const { sheet, box } = this.resolved();
        loaded.set("value", this.grid(sheet, box, (_k, r, c) => ({ format: { font: { name: sheet.fontName(r, c) } } })));
      },
    });
    return {
      get value(): Array<Array<{ format: { font: { name: string } } }>> {
        return loaded.get("value");
      },
    };
  }
  get dataValidation(): { clear(): void; rule: unknown } {
    const edit = (fn: () => void): void => this.edit(fn);
    const resolved = (): { sheet: FakeSheet; box: Box } => this.resolved();
    return {
      clear: () =>
        edit(() => {
          const { sheet, box } = resolved();
          sheet.validations = sheet.validations.filter((v) => v.address !== a1Of(box));
        }),
      set rule(rule: unknown) {
        edit(() => {
          const { sheet, box } = resolved();
          const list = (rule as { list?: { source?: unknown } }).list;
          let source = list?.source;
          if (source instanceof FakeRange) {
            const src = source.resolved();
            source = `=${quoteSheet(src.sheet.name)}!${a1Of(src.box)}`;
          }
          sheet.validations.push({ address: a1Of(box), rule: { ...(rule as object), list: { ...list, source } } });
        });
      },
      get rule(): unknown {
        throw new FakeApiError("PropertyNotLoaded", "rule");
      },
    };
  }
}
