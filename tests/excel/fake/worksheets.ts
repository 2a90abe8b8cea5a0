/** Worksheets: the collection and one sheet (name, id, visibility, protection, ranges). */
import { AfterSync, type FakeContext, Loaded, propList } from "./context";
import { FakeApiError } from "./errors";
import { MAX_COLS, MAX_ROWS, type FakeSheet, type Handler } from "./model";
import { parseAddress } from "./address";
import { FakeRange } from "./range";
import { checkSheetName } from "./sheet-names";

/** An object whose property writes are queued, recorded into `into` at the sync (dotted keys). */
function recorder(ctx: FakeContext, sheet: () => FakeSheet, prefix: string, methods: Record<string, string> = {}): Record<string, unknown> {
  return new Proxy({} as Record<string, unknown>, {
    get(_t, prop: string) {
      if (prop in methods) return (v: unknown) => ctx.act(() => (sheet().pageLayout[prefix + methods[prop]] = v));
      return recorder(ctx, sheet, `${prefix}${prop}.`);
    },
    set(_t, prop: string, value: unknown) {
      ctx.act(() => (sheet().pageLayout[prefix + prop] = value));
      return true;
    },
  });
}

export class FakeWorksheet {
  private readonly loaded = new Loaded();
  private readonly protectionLoaded = new Loaded();
  private readonly nullState: AfterSync<boolean>;
  private cached: FakeSheet | null | undefined;
  readonly freezePanes = { freezeRows: (n: number) => this.ctx.act(() => (this.model.freezeRows = n)) };
  readonly pageLayout: Record<string, unknown>;
  /** Manual page breaks (ExcelApi 1.9): the address of the cell each break is above. */
  readonly horizontalPageBreaks = { add: (at: string) => this.ctx.act(() => this.model.pageBreaks.push(at)) };
  readonly protection: { load(p?: string): void; readonly protected: boolean; protect(): void; unprotect(): void };

  /** `find` gives the sheet when the first command using it runs (null: a null object). */
  constructor(
    private readonly ctx: FakeContext,
    private readonly find: () => FakeSheet | null,
  ) {
    this.nullState = new AfterSync(
      ctx,
      () => {
        try {
          return this.resolve() === null;
        } catch {
          return true;
        }
      },
      "isNullObject",
    );
    this.pageLayout = recorder(ctx, () => this.model, "", { setPrintArea: "printArea", setPrintTitleRows: "printTitleRows" });
    const loaded = this.protectionLoaded;
    this.protection = {
      load: () => ctx.queue({ run: () => loaded.set("protected", this.model.protected) }),
      get protected(): boolean {
        return loaded.get("protected");
      },
      protect: () => ctx.act(() => (this.model.protected = true)),
      unprotect: () => ctx.act(() => (this.model.protected = false)),
    };
  }

  private resolve(): FakeSheet | null {
    if (this.cached === undefined) this.cached = this.find();
    return this.cached;
  }

  /** The sheet, at the sync; a deleted sheet or a null object fails the command. */
  get model(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeApiError("InvalidOperation", "The object is a null object.");
    if (!this.ctx.excel.sheets.includes(s)) throw new FakeApiError("ItemNotFound", "The sheet has been deleted.");
    return s;
  }

  /** Fill loaded properties now (a collection's items are loaded at its sync). */
  fill(props: string[]): void {
    const s = this.model;
    for (const p of props) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "id") this.loaded.set("id", s.id);
      else if (p === "visibility") this.loaded.set("visibility", s.visibility);
      else if (p === "position") this.loaded.set("position", this.ctx.excel.sheets.indexOf(s));
      else if (p === "protection/protected") this.protectionLoaded.set("protected", s.protected);
      else throw new Error(`the fake cannot load Worksheet.${p}`);
    }
  }

  load(props: string): void {
    const want = propList(props);
    this.ctx.queue({ run: () => this.fill(want) });
  }
  get isNullObject(): boolean {
    return this.nullState.get();
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(v: string) {
    this.ctx.act(() => {
      const s = this.model;
      checkSheetName(v, this.ctx.excel.sheets.filter((x) => x !== s).map((x) => x.name));
      s.name = v;
    });
  }
  get id(): string {
    return this.loaded.get("id");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.act(() => {
      const s = this.model;
      if (v !== "Visible" && s.visibility === "Visible" && this.ctx.excel.visibleSheets().length === 1) {
        throw new FakeApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      s.visibility = v as FakeSheet["visibility"];
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error("the fake models values-only used ranges");
    return new FakeRange(this.ctx, () => this.model, () => this.model.usedRange(), true);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => this.model, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS || col + cols > MAX_COLS) throw new FakeApiError("InvalidArgument", `bad range ${row},${col} ${rows}x${cols}`);
      return { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.model, () => (address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } : parseAddress(address)));
  }
  activate(): void {
    this.ctx.act(() => {
      const s = this.model;
      if (s.visibility !== "Visible") throw new FakeApiError("InvalidOperation", "A hidden sheet cannot be activated.");
      s.activated++;
    });
  }
  delete(): void {
    this.ctx.act(() => {
      const excel = this.ctx.excel;
      const s = this.model;
      if (s.visibility === "Visible" && excel.visibleSheets().length === 1) throw new FakeApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      excel.sheets = excel.sheets.filter((x) => x !== s);
      for (const n of excel.names) if (n.sheet === s) n.sheet = null;
      if (excel.enableEvents) for (const h of [...excel.handlers.deleted]) void h({});
    });
  }
}

export class FakeWorksheets {
  private items_: FakeWorksheet[] | null = null;
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

  /** Only the properties asked for ("items/name,items/id") are loaded on the items. */
  load(props: string): void {
    const want = propList(props).filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.ctx.queue({
      run: () => {
        this.items_ = this.ctx.excel.sheets.map((s) => {
          const w = new FakeWorksheet(this.ctx, () => s);
          w.fill(want);
          return w;
        });
      },
    });
  }
  get items(): FakeWorksheet[] {
    if (!this.items_) throw new FakeApiError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.items_;
  }
  /** By name or id; a missing sheet fails the sync (ItemNotFound). */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.findSheet(key);
      if (!s) throw new FakeApiError("ItemNotFound", `The requested resource doesn't exist: ${key}`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.findSheet(key));
  }
  add(name: string): FakeWorksheet {
    let made: FakeSheet | null = null;
    this.ctx.act(() => {
      checkSheetName(name, this.ctx.excel.sheets.map((s) => s.name));
      made = this.ctx.excel.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!made) throw new FakeApiError("InvalidOperation", "The sheet was never added.");
      return made;
    });
  }
}
