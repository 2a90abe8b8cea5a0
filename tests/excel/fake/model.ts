/**
 * The workbook the fake Excel holds: sheets with their cells, formats and protection, defined
 * names, settings, and the limits Excel on the web sets on a request.
 */
import type { ExcelHost } from "../../../src/excel/excel-host";
import { FakeContext } from "./context";
import { colLetters, parseAddress } from "./address";
import { FakeApiError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type FormatRecord = Record<string, unknown>;
export type Box = { top: number; left: number; bottom: number; right: number };

let nextSheetId = 1;

export class FakeSheet {
  /** Stays the same when the sheet is renamed (Worksheet.id). */
  readonly id = `{FAKE-SHEET-${nextSheetId++}}`;
  /** values[r][c], 0-based; rows may be ragged; undefined is blank. */
  values: unknown[][] = [];
  formulas = new Map<string, string>();
  quotePrefix = new Set<string>();
  /** Cells whose input Excel converted (a date, a number…): the text they show. */
  shown = new Map<string, string>();
  formats = new Map<string, FormatRecord>();
  numberFormats = new Map<string, string>();
  merges: Box[] = [];
  columnWidths = new Map<number, number>();
  /** Hidden rows and columns (0-based), as the user hid them (Home > Format > Hide). */
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  rowHeights = new Map<number, number>();
  freezeRows = 0;
  pageLayout: Record<string, unknown> = {};
  /** Manual horizontal page breaks, as added (the cell each is above). */
  pageBreaks: string[] = [];
  validations: Array<{ address: string; rule: unknown }> = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Worksheet protection: cells and formats cannot be changed while it is on. */
  protected = false;
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
  usedRange(): Box | null {
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

  /** Refuse a change of cells or formats while the sheet is protected (Excel: AccessDenied). */
  assertEditable(): void {
    if (this.protected) throw new FakeApiError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${this.name}).`);
  }
}

/** A defined name: a range of a sheet (null once the sheet is deleted: #REF!). */
export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  cell: string;
}

export type Handler = (args: unknown) => Promise<unknown> | void;

export interface FakeExcelOptions {
  /** Syncs loading more cells than this are refused as too large (a response cap). */
  maxCellsPerSync?: number;
  /** Bytes a request may carry (Excel on the web: 5 MB). */
  maxRequestBytes?: number;
  /** Bytes all settings may take together. */
  maxSettingsBytes?: number;
  supported?: string;
  onTheWeb?: boolean;
}

export const WEB_PAYLOAD_BYTES = 5 * 1024 * 1024;
export const SETTINGS_BYTES = 2 * 1024 * 1024;

export interface SyncRecord {
  /** Cells the sync loaded. */
  cells: number;
  /** Bytes of the request (the values, formats and settings it writes). */
  requestBytes: number;
  calcSuspended: boolean;
  /** Cells changed with events on: the add-in's own listeners heard its writes. */
  eventsOn: boolean;
  /** The error it was refused with, if any. */
  error?: string;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  settings = new Map<string, unknown>();
  date1904 = false;
  enableEvents = true;
  /** Every context.sync(), with what it carried. */
  syncLog: SyncRecord[] = [];
  handlers = { changed: new Set<Handler>(), deleted: new Set<Handler>(), settings: new Set<Handler>() };
  readonly maxCellsPerSync: number;
  readonly maxRequestBytes: number;
  readonly maxSettingsBytes: number;
  readonly supportedVersion: string;
  readonly onTheWeb: boolean;
  /** When set, the cell edit that brings it to 0 fails (a failure injected in the middle of a batch). */
  editsBeforeFailure: number | null = null;
  /** Runs before the n-th sync (1-based) is applied: a co-author's edit, a failure to inject. */
  beforeSync = new Map<number, () => void>();

  constructor(opts: FakeExcelOptions = {}) {
    this.onTheWeb = opts.onTheWeb ?? false;
    this.maxCellsPerSync = opts.maxCellsPerSync ?? Infinity;
    this.maxRequestBytes = opts.maxRequestBytes ?? (this.onTheWeb ? WEB_PAYLOAD_BYTES : Infinity);
    this.maxSettingsBytes = opts.maxSettingsBytes ?? SETTINGS_BYTES;
    this.supportedVersion = opts.supported ?? "1.13";
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

  findSheet(nameOrId: string): FakeSheet | null {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((x) => x.id === nameOrId || x.name.toLowerCase() === lower) ?? null;
  }

  /** Mark a sheet the way the add-in does: a BDG_REPORT_<n> name on A1:J50 (earlier versions: on A1). */
  markOwned(sheet: string, name = `BDG_REPORT_${this.names.length + 1}`, cell = "$A$1:$J$50"): void {
    this.names.push({ name, sheet: this.sheet(sheet), cell });
  }

  /** The user edits a cell: the change events fire (unless the add-in turned its events off). */
  async userEdit(sheet: string, row: number, col: number, value: unknown): Promise<void> {
    this.sheet(sheet).setValue(row, col, value);
    if (!this.enableEvents) return;
    for (const h of [...this.handlers.changed]) await h({ worksheetId: sheet, address: "A1" });
  }

  /** The user deletes a row (0-based): cells move up; names shrink, move up, or break (#REF!). */
  deleteRow(sheet: string, row: number): void {
    const s = this.sheet(sheet);
    s.values.splice(row, 1);
    this.adjustNames(s, (b) => shrink(b, row, "top", "bottom"));
  }

  /** The user deletes a column (0-based): cells move left; names shrink, move left, or break. */
  deleteColumn(sheet: string, col: number): void {
    const s = this.sheet(sheet);
    for (const r of s.values) r.splice(col, 1);
    this.adjustNames(s, (b) => shrink(b, col, "left", "right"));
  }

  /**
   * The user cuts a block and pastes it elsewhere: the cells move, and so does every name whose
   * whole reference lies inside the block (a name on a larger block stays where it was).
   */
  cutPaste(from: string, cut: Box, to: string, row: number, col: number): void {
    const src = this.sheet(from);
    const dst = this.sheet(to);
    for (let r = cut.top; r <= cut.bottom; r++) {
      for (let c = cut.left; c <= cut.right; c++) {
        dst.setValue(row + r - cut.top, col + c - cut.left, src.value(r, c));
        src.setValue(r, c, undefined);
      }
    }
    for (const n of this.names) {
      if (n.sheet !== src) continue;
      const b = parseAddress(n.cell);
      if (b.top < cut.top || b.bottom > cut.bottom || b.left < cut.left || b.right > cut.right) continue;
      n.sheet = dst;
      n.cell = refOf({ top: b.top - cut.top + row, bottom: b.bottom - cut.top + row, left: b.left - cut.left + col, right: b.right - cut.left + col });
    }
  }

  private adjustNames(s: FakeSheet, change: (b: Box) => Box | null): void {
    for (const n of this.names) {
      if (n.sheet !== s) continue;
      const b = change(parseAddress(n.cell));
      if (b === null) n.sheet = null;
      else n.cell = refOf(b);
    }
  }

  host(): ExcelHost {
    return {
      // Excel.run sends what the batch left queued when it returns.
      run: async (batch) => {
        const ctx = new FakeContext(this);
        const result = await batch(ctx as unknown as Excel.RequestContext);
        if (ctx.hasPendingWork()) await ctx.sync();
        return result;
      },
      supports: (v) => versionAtMost(v, this.supportedVersion),
      onTheWeb: this.onTheWeb,
    };
  }

  /** Whether the fake host supports an ExcelApi version (as host().supports). */
  supportsVersion(v: string): boolean {
    return versionAtMost(v, this.supportedVersion);
  }

  settingsBytes(): number {
    let n = 0;
    for (const [k, v] of this.settings) n += k.length + JSON.stringify(v).length;
    return n;
  }

  visibleSheets(): FakeSheet[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }
}

/** A reference after deleting line `at` (a row or a column): null when every line of it went. */
function shrink(b: Box, at: number, first: "top" | "left", last: "bottom" | "right"): Box | null {
  if (at > b[last]) return b;
  if (at < b[first]) return { ...b, [first]: b[first] - 1, [last]: b[last] - 1 };
  if (b[first] === b[last]) return null;
  return { ...b, [last]: b[last] - 1 };
}

function refOf(b: Box): string {
  const corner = (r: number, c: number): string => `$${colLetters(c)}$${r + 1}`;
  return b.top === b.bottom && b.left === b.right ? corner(b.top, b.left) : `${corner(b.top, b.left)}:${corner(b.bottom, b.right)}`;
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = v.split(".").map(Number);
  const [c, d] = max.split(".").map(Number);
  return a < c || (a === c && b <= d);
}
