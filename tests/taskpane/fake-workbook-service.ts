/**
 * A WorkbookService over a WorkbookSnapshot, for component tests and for the browser test's host
 * page (which loads this file transpiled as it is: it must keep no runtime imports). It behaves
 * like the workbook as far as the pane can tell: reading returns copies, marks remember the fill
 * they covered, report sheets are owned by the add-in, and every call is recorded for assertions.
 */
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import type { PlanSheetSpec } from "../../src/core/plan-sheet/plan-sheet-spec";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import type { Issue } from "../../src/core/validate/issue";
import type { ProgressFn, SettingKey, TemplateLists, WorkbookService, WriteReportResult } from "../../src/excel/workbook-service";

type Method = keyof WorkbookService;

export interface FakeOptions {
  /** Milliseconds each sheet takes to read (to test progress and Cancel). */
  readDelayMs?: number;
  settings?: Partial<Record<SettingKey, string>>;
}

export const MARK_FILL = "#FFC7CE";

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function abortError(): Error {
  const e = new Error("The operation was aborted.");
  e.name = "AbortError";
  return e;
}

function officeLikeError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string };
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FakeWorkbookService implements WorkbookService {
  book: WorkbookSnapshot;
  readonly settings = new Map<SettingKey, string>();
  /** Fill colour of cells by "Sheet!A1" (absent: no fill). */
  readonly fills = new Map<string, string>();
  /** Cells marked by markIssues, with the fill they had before (null: none). */
  readonly marks = new Map<string, string | null>();
  readonly selections: Array<{ sheet: string; cell: string }> = [];
  readonly written: SheetSpec[][] = [];
  readonly templates: Array<{ name: string; spec: SheetSpec; lists: TemplateLists }> = [];
  readonly calls: Method[] = [];
  activeSheet: string | null = null;
  private readonly failures = new Map<Method, unknown>();
  private readonly listeners = new Set<() => void>();
  private readonly options: FakeOptions;

  constructor(book: WorkbookSnapshot, options: FakeOptions = {}) {
    this.book = clone(book);
    this.options = options;
    for (const [k, v] of Object.entries(options.settings ?? {})) if (v !== undefined) this.settings.set(k as SettingKey, v);
    this.activeSheet = book.sheets[0]?.name ?? null;
  }

  /** The next call of `method` fails with this error. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  private enter(method: Method): void {
    this.calls.push(method);
    if (this.failures.has(method)) {
      const e = this.failures.get(method);
      this.failures.delete(method);
      throw e;
    }
  }

  sheet(name: string): SheetSnapshot | undefined {
    return this.book.sheets.find((s) => s.name === name);
  }

  /** A user edit: changes a cell and tells the listeners, as Excel's onChanged would. */
  editCell(sheet: string, row: number, col: number, value: CellValue): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    while (s.values.length < row) s.values.push([]);
    const r = s.values[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
    for (const l of this.listeners) l();
  }

  async readSnapshot(onProgress?: ProgressFn, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    this.enter("readSnapshot");
    const n = this.book.sheets.length;
    for (let i = 0; i < n; i++) {
      if (signal?.aborted) throw abortError();
      if (this.options.readDelayMs) await sleep(this.options.readDelayMs);
      if (signal?.aborted) throw abortError();
      onProgress?.((i + 1) / n);
    }
    return clone(this.book);
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.enter("selectCell");
    if (!this.sheet(sheet)) throw officeLikeError("ItemNotFound", "The requested resource doesn't exist.");
    this.selections.push({ sheet, cell });
    this.activeSheet = sheet;
  }

  async markIssues(issues: readonly Issue[]): Promise<{ marked: number; notes: string[] }> {
    this.enter("markIssues");
    const cells = new Set<string>();
    for (const i of issues) {
      if (i.sheet === undefined || i.cell === undefined || !this.sheet(i.sheet)) continue;
      const key = `${i.sheet}!${i.cell}`;
      cells.add(key);
      // A cell marked twice keeps the fill it had before the first mark.
      if (!this.marks.has(key)) this.marks.set(key, this.fills.get(key) ?? null);
      this.fills.set(key, MARK_FILL);
    }
    return { marked: cells.size, notes: [] };
  }

  async clearMarks(): Promise<{ restored: number; notes: string[] }> {
    this.enter("clearMarks");
    const n = this.marks.size;
    for (const [key, before] of this.marks) {
      if (before === null) this.fills.delete(key);
      else this.fills.set(key, before);
    }
    this.marks.clear();
    return { restored: n, notes: [] };
  }

  async existingReportSheets(names: readonly string[]): Promise<string[]> {
    this.enter("existingReportSheets");
    return names.filter((n) => this.sheet(n)?.ownedByAddin === true);
  }

  private static valuesOf(spec: SheetSpec): CellValue[][] {
    const values: CellValue[][] = [];
    for (const c of spec.cells) {
      while (values.length < c.row) values.push([]);
      const r = values[c.row - 1];
      while (r.length < c.col) r.push(null);
      const v = c.value;
      r[c.col - 1] = v !== null && typeof v === "object" ? (v.result ?? null) : v;
    }
    return values;
  }

  private freeName(wanted: string): string {
    let n = 2;
    let name = wanted;
    while (this.sheet(name)) name = `${wanted} (${n++})`;
    return name;
  }

  async writeReports(specs: readonly SheetSpec[], onProgress?: ProgressFn): Promise<WriteReportResult> {
    this.enter("writeReports");
    const result: WriteReportResult = { written: [], replaced: [], renamed: [] };
    specs.forEach((spec, i) => {
      const existing = this.sheet(spec.name);
      let name = spec.name;
      if (existing?.ownedByAddin) {
        this.book.sheets = this.book.sheets.filter((s) => s !== existing);
        result.replaced.push(name);
      } else if (existing) {
        name = this.freeName(spec.name);
        result.renamed.push({ wanted: spec.name, used: name });
      }
      this.book.sheets.push({ name, values: FakeWorkbookService.valuesOf(spec), merges: clone(spec.merges), ownedByAddin: true });
      result.written.push(name);
      onProgress?.((i + 1) / specs.length);
    });
    this.written.push([...specs]);
    if (result.written.length > 0) this.activeSheet = result.written[0];
    return result;
  }

  async insertTrackingTemplate(spec: SheetSpec, lists: TemplateLists): Promise<string> {
    this.enter("insertTrackingTemplate");
    const name = this.freeName(spec.name);
    this.book.sheets.push({ name, values: FakeWorkbookService.valuesOf(spec), merges: clone(spec.merges) });
    this.templates.push({ name, spec, lists });
    this.activeSheet = name;
    return name;
  }

  async insertPlanSheet(p: PlanSheetSpec): Promise<string> {
    this.enter("insertPlanSheet");
    const name = this.freeName(p.spec.name);
    this.book.sheets.push({ name, values: FakeWorkbookService.valuesOf(p.spec), merges: clone(p.spec.merges) });
    this.activeSheet = name;
    return name;
  }

  async loadSetting(key: SettingKey): Promise<string | null> {
    this.enter("loadSetting");
    return this.settings.get(key) ?? null;
  }

  async saveSetting(key: SettingKey, value: string | null): Promise<void> {
    this.enter("saveSetting");
    if (value === null) this.settings.delete(key);
    else this.settings.set(key, value);
  }

  async onDataChanged(listener: () => void): Promise<() => void> {
    this.enter("onDataChanged");
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
