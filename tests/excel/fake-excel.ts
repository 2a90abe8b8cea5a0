/**
 * A hand-made fake of the part of the Excel JavaScript API the add-in uses, strict where Office.js
 * is strict: a property that was not loaded and synced throws "PropertyNotLoaded" when read, as
 * do `items` of an unloaded collection and `isNullObject` before a sync. It counts context.sync()
 * calls and the cells each sync loads, refuses reads of whole columns or over 5,000,000 cells,
 * and can refuse a sync over a payload limit the way Excel on the web does.
 *
 * Simplifications: writes apply at once (Excel applies them at the next sync, in order, so the
 * result is the same for code that does not read back within a batch); formulas are not
 * computed (a cell holding one has the value "#FORMULA").
 */
import type { ExcelHost } from "../../src/excel/excel-host";

export const MAX_ROWS = 1_048_576;

export class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const notLoaded = (what: string): FakeApiError =>
  new FakeApiError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);

// ---------------------------------------------------------------------------------------------
// The model: what the workbook holds.

export type FormatRecord = Record<string, unknown>;

export class FakeSheet {
  /** values[r][c], 0-based; rows may be ragged; undefined is blank. */
  values: unknown[][] = [];
  formulas = new Map<string, string>();
  quotePrefix = new Set<string>();
  formats = new Map<string, FormatRecord>();
  numberFormats = new Map<string, string>();
  merges: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  freezeRows = 0;
  pageLayout: Record<string, unknown> = {};
  validations: Array<{ address: string; rule: unknown }> = [];
  visibility = "Visible";
  activated = 0;
  selected: string | null = null;
  /** Font of cells with no font of their own. */
  defaultFont = "Calibri";

  constructor(public name: string) {}

  value(r: number, c: number): unknown {
    return this.values[r]?.[c];
  }

  setValue(r: number, c: number, v: unknown): void {
    while (this.values.length <= r) this.values.push([]);
    this.values[r][c] = v;
  }

  fmt(r: number, c: number): FormatRecord {
    const k = `${r},${c}`;
    let f = this.formats.get(k);
    if (!f) this.formats.set(k, (f = {}));
    return f;
  }

  fontName(r: number, c: number): string {
    return (this.formats.get(`${r},${c}`)?.["font.name"] as string | undefined) ?? this.defaultFont;
  }

  /** The used range of values (0-based, inclusive), or null. */
  usedRange(): { top: number; left: number; bottom: number; right: number } | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === undefined || v === null || v === "") continue;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    });
    return top < 0 ? null : { top, left, bottom, right };
  }

  /** Fill rows of values starting at a 0-based row and column (test setup). */
  put(row: number, col: number, rows: unknown[][]): this {
    rows.forEach((r, i) => r.forEach((v, j) => this.setValue(row + i, col + j, v)));
    return this;
  }
}

export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  cell: string;
}

type Handler = (args: unknown) => Promise<unknown> | void;

export interface FakeExcelOptions {
  /** Excel on the web: syncs loading more cells than this are refused as too large. */
  maxCellsPerSync?: number;
  supported?: string;
  onTheWeb?: boolean;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  settings = new Map<string, unknown>();
  date1904 = false;
  enableEvents = true;
  /** Every context.sync(), with the cells it loaded and whether calculation was suspended for it. */
  syncLog: Array<{ cells: number; calcSuspended: boolean; eventsOn: boolean }> = [];
  handlers = { changed: new Set<Handler>(), deleted: new Set<Handler>(), settings: new Set<Handler>() };
  readonly maxCellsPerSync: number;
  readonly supportedVersion: string;
  readonly onTheWeb: boolean;

  constructor(opts: FakeExcelOptions = {}) {
    this.maxCellsPerSync = opts.maxCellsPerSync ?? Infinity;
    this.supportedVersion = opts.supported ?? "1.13";
    this.onTheWeb = opts.onTheWeb ?? false;
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Mark a sheet the way the add-in does (a BDG_REPORT_<n> name on its A1). */
  markOwned(sheet: string, name = `BDG_REPORT_${this.names.length + 1}`): void {
    this.names.push({ name, sheet: this.sheet(sheet), cell: "$A$1" });
  }

  /** The user edits a cell: the change events fire (unless the add-in turned its events off). */
  async userEdit(sheet: string, row: number, col: number, value: unknown): Promise<void> {
    this.sheet(sheet).setValue(row, col, value);
    if (!this.enableEvents) return;
    for (const h of [...this.handlers.changed]) await h({ worksheetId: sheet, address: "A1" });
  }

  host(): ExcelHost {
    return {
      run: async (batch) => batch(new FakeContext(this) as unknown as Excel.RequestContext),
      supports: (v) => versionAtMost(v, this.supportedVersion),
      onTheWeb: this.onTheWeb,
    };
  }
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}

// ---------------------------------------------------------------------------------------------
// Proxies.

interface Loadable {
  resolve(): void;
  fail(): void;
  cells(): number;
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => (this.calcSuspended = true) };
  readonly runtime: FakeRuntime;
  pending: Loadable[] = [];
  calcSuspended = false;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  queue(l: Loadable): void {
    this.pending.push(l);
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const cells = batch.reduce((n, l) => n + l.cells(), 0);
    this.excel.syncLog.push({ cells, calcSuspended: this.calcSuspended, eventsOn: this.excel.enableEvents });
    this.calcSuspended = false;
    if (cells > this.excel.maxCellsPerSync) {
      batch.forEach((l) => l.fail());
      throw new FakeApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    batch.forEach((l) => l.resolve());
  }
}

class FakeRuntime {
  private loaded = false;
  constructor(private readonly ctx: FakeContext) {}
  load(): void {
    this.ctx.queue({ resolve: () => (this.loaded = true), fail: () => undefined, cells: () => 0 });
  }
  get enableEvents(): boolean {
    if (!this.loaded) throw notLoaded("enableEvents");
    return this.ctx.excel.enableEvents;
  }
  set enableEvents(v: boolean) {
    this.ctx.excel.enableEvents = v;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly settings: FakeSettings;
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.settings = new FakeSettings(ctx);
    this.functions = {
      date: (y, m, d) => new FakeFunctionResult(ctx, () => excelDate(y, m, d, ctx.excel.date1904)),
    };
  }
}

function excelDate(y: number, m: number, d: number, date1904: boolean): number {
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return date1904 ? days + 24107 : days + 25569;
}

class FakeFunctionResult implements Loadable {
  private v: number | undefined;
  private loaded = false;
  constructor(
    private readonly ctx: FakeContext,
    private readonly compute: () => number,
  ) {}
  load(): this {
    this.ctx.queue(this);
    return this;
  }
  resolve(): void {
    this.v = this.compute();
    this.loaded = true;
  }
  fail(): void {}
  cells(): number {
    return 0;
  }
  get value(): number {
    if (!this.loaded) throw notLoaded("value");
    return this.v as number;
  }
}

/** A collection's `items`, readable once loaded and synced. */
class Items<T> implements Loadable {
  private list: T[] | null = null;
  constructor(private readonly make: () => T[]) {}
  resolve(): void {
    this.list = this.make();
  }
  fail(): void {}
  cells(): number {
    return 0;
  }
  get(): T[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
}

class FakeWorksheets {
  private itemsState: Items<FakeWorksheet> | null = null;
  readonly onChanged = this.event("changed");
  readonly onDeleted = this.event("deleted");
  constructor(private readonly ctx: FakeContext) {}

  private event(kind: "changed" | "deleted") {
    return {
      add: (h: Handler) => {
        this.ctx.excel.handlers[kind].add(h);
        return { remove: () => this.ctx.excel.handlers[kind].delete(h), context: this.ctx };
      },
    };
  }

  load(props: string): void {
    if (!/items/.test(props)) return;
    const items = new Items(() => this.ctx.excel.sheets.map((s) => new FakeWorksheet(this.ctx, s, true)));
    this.itemsState = items;
    this.ctx.queue(items);
  }
  get items(): FakeWorksheet[] {
    if (!this.itemsState) throw notLoaded("items");
    return this.itemsState.get();
  }
  getItem(name: string): FakeWorksheet {
    const s = this.ctx.excel.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeApiError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
    return new FakeWorksheet(this.ctx, s, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const s = this.ctx.excel.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new FakeWorksheet(this.ctx, s, false);
  }
  add(name: string): FakeWorksheet {
    if (this.ctx.excel.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw new FakeApiError("ItemAlreadyExists", `A sheet named ${name} exists`);
    return new FakeWorksheet(this.ctx, this.ctx.excel.addSheet(name), false);
  }
}

/** Resolves `isNullObject` at the next sync. */
class NullState implements Loadable {
  private known = false;
  constructor(private readonly isNull: boolean) {}
  resolve(): void {
    this.known = true;
  }
  fail(): void {}
  cells(): number {
    return 0;
  }
  get(): boolean {
    if (!this.known) throw notLoaded("isNullObject");
    return this.isNull;
  }
}

class FakeWorksheet {
  private readonly nullState: NullState;
  readonly freezePanes = { freezeRows: (n: number) => (this.model.freezeRows = n) };
  readonly pageLayout: Record<string, unknown>;

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheet | null,
    private readonly nameLoaded: boolean,
  ) {
    this.nullState = new NullState(sheet === null);
    ctx.queue(this.nullState);
    this.pageLayout = sheet ? recorder(sheet.pageLayout, "", { setPrintArea: "printArea", setPrintTitleRows: "printTitleRows" }) : {};
  }

  get model(): FakeSheet {
    if (!this.sheet) throw new FakeApiError("InvalidOperation", "The object is a null object");
    return this.sheet;
  }
  get isNullObject(): boolean {
    return this.nullState.get();
  }
  get name(): string {
    if (!this.nameLoaded) throw notLoaded("name");
    return this.model.name;
  }
  set name(v: string) {
    if (this.ctx.excel.sheets.some((x) => x !== this.sheet && x.name.toLowerCase() === v.toLowerCase())) throw new FakeApiError("ItemAlreadyExists", v);
    this.model.name = v;
  }
  set visibility(v: string) {
    this.model.visibility = v;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("the fake models values-only used ranges");
    const u = this.model.usedRange();
    return u ? new FakeRange(this.ctx, this.model, u.top, u.left, u.bottom - u.top + 1, u.right - u.left + 1) : FakeRange.nullRange(this.ctx, this.model);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.model, row, col, rows, cols);
  }
  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.model, 0, 0, MAX_ROWS, 16384);
    const r = parseAddress(address);
    return new FakeRange(this.ctx, this.model, r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  }
  activate(): void {
    this.model.activated++;
  }
  delete(): void {
    const excel = this.ctx.excel;
    excel.sheets = excel.sheets.filter((s) => s !== this.sheet);
    for (const n of excel.names) if (n.sheet === this.sheet) n.sheet = null;
    if (excel.enableEvents) for (const h of [...excel.handlers.deleted]) void h({});
  }
}

/** An object whose property writes are recorded into `into` (nested objects get dotted keys). */
function recorder(into: Record<string, unknown>, prefix: string, methods: Record<string, string> = {}): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_t, prop: string) {
      if (prop in methods) return (v: unknown) => (into[prefix + methods[prop]] = v);
      return recorder(into, `${prefix}${prop}.`);
    },
    set(_t, prop: string, value: unknown) {
      into[prefix + prop] = value;
      return true;
    },
  });
}

export function parseAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref);
  if (!m) {
    const col = /^([A-Z]+):([A-Z]+)$/i.exec(ref);
    if (col) return { top: 0, left: colIndex(col[1]), bottom: MAX_ROWS - 1, right: colIndex(col[2]) };
    throw new FakeApiError("InvalidArgument", `bad address ${address}`);
  }
  const top = Number(m[2]) - 1;
  const left = colIndex(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? colIndex(m[3]) : left };
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** What Excel stores for an input typed or assigned to Range.values. */
export function excelStores(input: unknown): { value: unknown; formula?: string; quotePrefix?: boolean } {
  if (typeof input !== "string") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (/^[+-]?\d+(\.\d+)?$/.test(input)) return { value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { value: input.toLowerCase() === "true" };
  if (/^[=+\-@]/.test(input)) return { value: "#FORMULA", formula: input };
  return { value: input };
}

class FakeRange implements Loadable {
  private want = new Set<string>();
  private got: Record<string, unknown> | null = null;
  private readonly nullState: NullState;
  readonly format: Record<string, unknown>;

  static nullRange(ctx: FakeContext, sheet: FakeSheet): FakeRange {
    return new FakeRange(ctx, sheet, 0, 0, 0, 0, true);
  }

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
    private readonly isNull = false,
  ) {
    if (!isNull && (rows < 1 || cols < 1 || top < 0 || left < 0)) throw new FakeApiError("InvalidArgument", `bad range ${top},${left} ${rows}x${cols}`);
    this.nullState = new NullState(isNull);
    ctx.queue(this.nullState);
    this.format = this.makeFormat();
  }

  get isNullObject(): boolean {
    return this.nullState.get();
  }

  private forEachCell(fn: (r: number, c: number) => void): void {
    for (let r = this.top; r < this.top + this.rows; r++) for (let c = this.left; c < this.left + this.cols; c++) fn(r, c);
  }

  private common(read: (r: number, c: number) => unknown): unknown {
    let first: unknown;
    let seen = false;
    let mixed = false;
    this.forEachCell((r, c) => {
      const v = read(r, c);
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) mixed = true;
    });
    return mixed ? null : first;
  }

  private makeFormat(): Record<string, unknown> {
    const sheet = this.sheet;
    const setAll = (key: string, v: unknown): void => this.forEachCell((r, c) => (sheet.fmt(r, c)[key] = v));
    const loadable = (prefix: string, readers: Record<string, (r: number, c: number) => unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => {
      const loaded: Record<string, unknown> = {};
      let ready = false;
      const target: Record<string, unknown> = {
        ...extra,
        load: (props: string) => {
          this.ctx.queue({
            resolve: () => {
              for (const p of props.split(",").map((s) => s.trim())) loaded[p] = this.common(readers[p] ?? ((r, c) => sheet.fmt(r, c)[prefix + p]));
              ready = true;
            },
            fail: () => undefined,
            cells: () => 0,
          });
        },
      };
      return new Proxy(target, {
        get(t, prop: string) {
          if (prop in t) return t[prop];
          if (!ready || !(prop in loaded)) throw notLoaded(prefix + prop);
          return loaded[prop];
        },
        set(_t, prop: string, v: unknown) {
          setAll(prefix + prop, v);
          return true;
        },
      });
    };
    const font = loadable("font.", { name: (r, c) => sheet.fontName(r, c) });
    const fill = loadable(
      "fill.",
      {
        color: (r, c) => (sheet.fmt(r, c)["fill.color"] as string | undefined) ?? "#FFFFFF",
        pattern: (r, c) => (sheet.fmt(r, c)["fill.color"] === undefined ? "None" : "Solid"),
      },
      { clear: () => this.forEachCell((r, c) => delete sheet.fmt(r, c)["fill.color"]) },
    );
    const borders = {
      getItem: (edge: string) => {
        const rec: Record<string, unknown> = {};
        return new Proxy(rec, {
          set: (_t, prop: string, v: unknown) => {
            setAll(`border.${edge}.${prop}`, v);
            return true;
          },
        });
      },
    };
    const fmt: Record<string, unknown> = { font, fill, borders };
    return new Proxy(fmt, {
      get: (t, prop: string) => t[prop],
      set: (_t, prop: string, v: unknown) => {
        if (prop === "columnWidth") for (let c = this.left; c < this.left + this.cols; c++) sheet.columnWidths.set(c, v as number);
        else if (prop === "rowHeight") for (let r = this.top; r < this.top + this.rows; r++) sheet.rowHeights.set(r, v as number);
        else setAll(prop, v);
        return true;
      },
    });
  }

  load(props: string | string[]): this {
    for (const p of (Array.isArray(props) ? props : props.split(","))) this.want.add(p.trim());
    if (this.want.has("values")) {
      if (this.rows >= MAX_ROWS) throw new FakeApiError("InvalidArgument", "the add-in read a whole column");
      if (this.rows * this.cols > 5_000_000) throw new FakeApiError("RangeExceedsLimit", "over 5,000,000 cells in one read");
    }
    this.ctx.queue(this);
    return this;
  }

  cells(): number {
    return this.want.has("values") ? this.rows * this.cols : 0;
  }

  fail(): void {
    this.want.clear();
  }

  resolve(): void {
    if (this.isNull) return;
    const got: Record<string, unknown> = { ...(this.got ?? {}) };
    for (const p of this.want) {
      if (p === "values") {
        const out: unknown[][] = [];
        for (let r = this.top; r < this.top + this.rows; r++) {
          const row: unknown[] = [];
          for (let c = this.left; c < this.left + this.cols; c++) row.push(this.sheet.value(r, c) ?? "");
          out.push(row);
        }
        got.values = out;
      } else if (p === "rowIndex") got.rowIndex = this.top;
      else if (p === "columnIndex") got.columnIndex = this.left;
      else if (p === "rowCount") got.rowCount = this.rows;
      else if (p === "columnCount") got.columnCount = this.cols;
      else if (p === "address") got.address = `${quoteSheet(this.sheet.name)}!${this.a1()}`;
      else throw new Error(`the fake cannot load ${p}`);
    }
    this.got = got;
  }

  private a1(): string {
    const a = `${colLetters(this.left)}${this.top + 1}`;
    return this.rows === 1 && this.cols === 1 ? a : `${a}:${colLetters(this.left + this.cols - 1)}${this.top + this.rows}`;
  }

  private read(p: string): unknown {
    if (!this.got || !(p in this.got)) throw notLoaded(p);
    return this.got[p];
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get address(): string {
    return this.read("address") as string;
  }

  private writeGrid(grid: unknown[][], what: string): void {
    if (grid.length !== this.rows || grid.some((r) => r.length !== this.cols)) throw new FakeApiError("InvalidArgument", `${what}: ${grid.length}x${grid[0]?.length} into ${this.rows}x${this.cols}`);
  }

  set values(grid: unknown[][]) {
    this.writeGrid(grid, "values");
    grid.forEach((row, i) =>
      row.forEach((input, j) => {
        const r = this.top + i;
        const c = this.left + j;
        const k = `${r},${c}`;
        const textFormat = this.sheet.numberFormats.get(k) === "@";
        const stored = textFormat && typeof input === "string" ? { value: input } : excelStores(input);
        this.sheet.setValue(r, c, stored.value === "" ? undefined : stored.value);
        if (stored.formula) this.sheet.formulas.set(k, stored.formula);
        else this.sheet.formulas.delete(k);
        if (stored.quotePrefix) this.sheet.quotePrefix.add(k);
        else this.sheet.quotePrefix.delete(k);
      }),
    );
  }
  set formulas(grid: unknown[][]) {
    this.values = grid;
  }
  set numberFormat(grid: string[][]) {
    this.writeGrid(grid, "numberFormat");
    grid.forEach((row, i) => row.forEach((nf, j) => this.sheet.numberFormats.set(`${this.top + i},${this.left + j}`, nf)));
  }

  merge(): void {
    this.sheet.merges.push({ top: this.top, left: this.left, bottom: this.top + this.rows - 1, right: this.left + this.cols - 1 });
  }
  select(): void {
    this.sheet.selected = this.a1();
  }
  clear(): void {
    this.forEachUsedCell((r, c) => {
      this.sheet.setValue(r, c, undefined);
      this.sheet.formats.delete(`${r},${c}`);
    });
  }
  private forEachUsedCell(fn: (r: number, c: number) => void): void {
    const bottom = Math.min(this.top + this.rows, this.sheet.values.length);
    for (let r = this.top; r < bottom; r++) {
      const row = this.sheet.values[r];
      for (let c = this.left; c < Math.min(this.left + this.cols, row.length); c++) fn(r, c);
    }
  }
  getColumn(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.top, this.left + i, this.rows, 1);
  }
  getMergedAreasOrNullObject(): { load(p: string): void; isNullObject: boolean; address: string } {
    const inside = this.sheet.merges.filter((m) => m.bottom >= this.top && m.top < this.top + this.rows && m.right >= this.left && m.left < this.left + this.cols);
    let loaded = false;
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      load() {
        ctx.queue({ resolve: () => (loaded = true), fail: () => undefined, cells: () => 0 });
      },
      get isNullObject() {
        if (!loaded) throw notLoaded("isNullObject");
        return inside.length === 0;
      },
      get address() {
        if (!loaded) throw notLoaded("address");
        return inside.map((m) => `${quoteSheet(sheet.name)}!${colLetters(m.left)}${m.top + 1}:${colLetters(m.right)}${m.bottom + 1}`).join(", ");
      },
    };
  }
  getCellProperties(_opts: unknown): { value: Array<Array<{ format: { font: { name: string } } }>> } {
    let result: Array<Array<{ format: { font: { name: string } } }>> | null = null;
    const rows = this.rows;
    const cols = this.cols;
    this.ctx.queue({
      resolve: () => {
        result = [];
        for (let r = this.top; r < this.top + rows; r++) {
          const row = [];
          for (let c = this.left; c < this.left + cols; c++) row.push({ format: { font: { name: this.sheet.fontName(r, c) } } });
          result.push(row);
        }
      },
      fail: () => undefined,
      cells: () => rows * cols,
    });
    return {
      get value() {
        if (!result) throw notLoaded("value");
        return result;
      },
    };
  }
  get dataValidation(): { clear(): void; rule: unknown } {
    const sheet = this.sheet;
    const address = this.a1();
    return {
      clear: () => (sheet.validations = sheet.validations.filter((v) => v.address !== address)),
      set rule(rule: unknown) {
        const list = (rule as { list?: { source?: unknown } }).list;
        const source = list?.source instanceof FakeRange ? `=${quoteSheet(list.source.sheet.name)}!${list.source.a1()}` : list?.source;
        sheet.validations.push({ address, rule: { ...(rule as object), list: { ...list, source } } });
      },
      get rule(): unknown {
        throw notLoaded("rule");
      },
    };
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

class FakeNames {
  private itemsState: Items<{ name: string; formula: string; delete(): void }> | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(props: string): void {
    if (!/items/.test(props)) return;
    const excel = this.ctx.excel;
    const items = new Items(() =>
      excel.names.map((n) => ({
        name: n.name,
        formula: n.sheet && excel.sheets.includes(n.sheet) ? `=${quoteSheet(n.sheet.name)}!${n.cell}` : "=#REF!",
        delete: () => (excel.names = excel.names.filter((x) => x !== n)),
      })),
    );
    this.itemsState = items;
    this.ctx.queue(items);
  }
  get items(): Array<{ name: string; formula: string }> {
    if (!this.itemsState) throw notLoaded("items");
    return this.itemsState.get();
  }
  add(name: string, range: FakeRange): void {
    const excel = this.ctx.excel;
    if (excel.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) throw new FakeApiError("ItemAlreadyExists", name);
    const sheet = (range as unknown as { sheet: FakeSheet }).sheet;
    excel.names.push({ name, sheet, cell: `$${colLetters(range.left)}$${range.top + 1}` });
  }
  getItem(name: string): { delete(): void } {
    const excel = this.ctx.excel;
    const n = excel.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
    if (!n) throw new FakeApiError("ItemNotFound", name);
    return { delete: () => (excel.names = excel.names.filter((x) => x !== n)) };
  }
}

class FakeSettings {
  readonly onSettingsChanged = {
    add: (h: Handler) => {
      this.ctx.excel.handlers.settings.add(h);
      return { remove: () => this.ctx.excel.handlers.settings.delete(h), context: this.ctx };
    },
  };
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): void {
    this.ctx.excel.settings.set(key, value);
  }
  getItem(key: string): { delete(): void } {
    if (!this.ctx.excel.settings.has(key)) throw new FakeApiError("ItemNotFound", key);
    return { delete: () => this.ctx.excel.settings.delete(key) };
  }
  getItemOrNullObject(key: string): { load(p: string): void; isNullObject: boolean; value: unknown; delete(): void } {
    const excel = this.ctx.excel;
    const state = new NullState(!excel.settings.has(key));
    this.ctx.queue(state);
    let value: unknown;
    let loaded = false;
    const ctx = this.ctx;
    return {
      load() {
        ctx.queue({ resolve: () => ((value = excel.settings.get(key)), (loaded = true)), fail: () => undefined, cells: () => 0 });
      },
      get isNullObject() {
        return state.get();
      },
      get value() {
        if (!loaded) throw notLoaded("value");
        return value;
      },
      delete: () => excel.settings.delete(key),
    };
  }
}
