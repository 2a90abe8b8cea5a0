/** Workbook-level proxies: the workbook, runtime, defined names, settings and functions. */
import { AfterSync, type FakeContext, Loaded, propList } from "./context";
import { FakeApiError } from "./errors";
import { MAX_COLS, MAX_ROWS, type FakeName, type Handler } from "./model";
import { FakeRange, quoteSheet } from "./range";
import { colLetters } from "./address";
import { FakeWorksheets } from "./worksheets";

export class FakeRuntime {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: FakeContext) {}
  load(props?: string): void {
    this.ctx.queue({ run: () => this.loaded.set("enableEvents", this.ctx.excel.enableEvents) });
    void props;
  }
  get enableEvents(): boolean {
    return this.loaded.get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this.ctx.act(() => (this.ctx.excel.enableEvents = v));
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly settings: FakeSettings;
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.settings = new FakeSettings(ctx);
    this.functions = { date: (y, m, d) => new FakeFunctionResult(ctx, () => excelDate(y, m, d, ctx.excel.date1904)) };
  }
}

function excelDate(y: number, m: number, d: number, date1904: boolean): number {
  const days = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return date1904 ? days + 24107 : days + 25569;
}

class FakeFunctionResult {
  private readonly loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly compute: () => number,
  ) {}
  load(): this {
    this.ctx.queue({ run: () => this.loaded.set("value", this.compute()) });
    return this;
  }
  get value(): number {
    return this.loaded.get("value");
  }
}

/** What a name refers to, as NamedItem.formula gives it. */
function formulaOf(ctx: FakeContext, n: FakeName): string {
  return n.sheet && ctx.excel.sheets.includes(n.sheet) ? `=${quoteSheet(n.sheet.name)}!${n.cell}` : "=#REF!";
}

class FakeNamedItem {
  private readonly loaded = new Loaded();
  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => FakeName,
  ) {}
  fill(props: string[]): void {
    const n = this.find();
    for (const p of props) {
      if (p === "name") this.loaded.set("name", n.name);
      else if (p === "formula") this.loaded.set("formula", formulaOf(this.ctx, n));
      else throw new Error(`the fake cannot load NamedItem.${p}`);
    }
  }
  get name(): string {
    return this.loaded.get("name");
  }
  get formula(): string {
    return this.loaded.get("formula");
  }
  delete(): void {
    this.ctx.act(() => {
      const n = this.find();
      this.ctx.excel.names = this.ctx.excel.names.filter((x) => x !== n);
    });
  }
}

class FakeNames {
  private items_: FakeNamedItem[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(props: string): void {
    const want = propList(props).filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.ctx.queue({
      run: () => {
        this.items_ = this.ctx.excel.names.map((n) => {
          const item = new FakeNamedItem(this.ctx, () => n);
          item.fill(want);
          return item;
        });
      },
    });
  }
  get items(): FakeNamedItem[] {
    if (!this.items_) throw new FakeApiError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.items_;
  }
  /** names.add(name, Range | formula string) (ExcelApi 1.4). */
  add(name: string, reference: FakeRange | string): void {
    this.ctx.act(() => {
      const excel = this.ctx.excel;
      if (!/^[A-Za-z_\\][\w.]*$/.test(name)) throw new FakeApiError("InvalidArgument", `bad name ${name}`);
      if (excel.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) throw new FakeApiError("ItemAlreadyExists", name);
      if (typeof reference === "string") {
        const m = /^='((?:[^']|'')+)'!(.+)$/.exec(reference) ?? /^=([^'!]+)!(.+)$/.exec(reference);
        const sheet = m ? excel.findSheet(m[1].replace(/''/g, "'")) : null;
        if (!m || !sheet) throw new FakeApiError("InvalidArgument", `bad reference ${reference}`);
        excel.names.push({ name, sheet, cell: m[2] });
        return;
      }
      const { sheet, box } = reference.resolved();
      const whole = box.top === 0 && box.left === 0 && box.bottom === MAX_ROWS - 1 && box.right === MAX_COLS - 1;
      const corner = (r: number, c: number): string => `$${colLetters(c)}$${r + 1}`;
      const single = box.top === box.bottom && box.left === box.right;
      const cell = whole ? `$1:$${MAX_ROWS}` : single ? corner(box.top, box.left) : `${corner(box.top, box.left)}:${corner(box.bottom, box.right)}`;
      excel.names.push({ name, sheet, cell });
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.excel.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
      if (!n) throw new FakeApiError("ItemNotFound", name);
      return n;
    });
  }
}

class FakeSetting {
  private readonly loaded = new Loaded();
  private readonly nullState: AfterSync<boolean>;
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
    orNull: boolean,
  ) {
    this.nullState = new AfterSync(ctx, () => !ctx.excel.settings.has(key), "isNullObject");
    if (!orNull) this.ctx.queue({ silent: true, run: () => this.present() });
  }
  private present(): void {
    if (!this.ctx.excel.settings.has(this.key)) throw new FakeApiError("ItemNotFound", this.key);
  }
  load(props?: string): void {
    void props;
    this.ctx.queue({ run: () => this.loaded.set("value", this.ctx.excel.settings.get(this.key)) });
  }
  get isNullObject(): boolean {
    return this.nullState.get();
  }
  get value(): unknown {
    return this.loaded.get("value");
  }
  delete(): void {
    this.ctx.act(() => {
      this.present();
      this.ctx.excel.settings.delete(this.key);
    });
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
  /** settings.add (ExcelApi 1.4): refused when all settings together would pass the size limit. */
  add(key: string, value: unknown): void {
    const bytes = key.length + JSON.stringify(value).length;
    this.ctx.act(() => {
      const excel = this.ctx.excel;
      const had = excel.settings.has(key);
      const before = excel.settings.get(key);
      excel.settings.set(key, value);
      if (excel.settingsBytes() > excel.maxSettingsBytes) {
        if (had) excel.settings.set(key, before);
        else excel.settings.delete(key);
        throw new FakeApiError("GeneralException", "The settings are too large.");
      }
    }, bytes);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }
}
