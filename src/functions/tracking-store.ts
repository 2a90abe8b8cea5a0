import { analyzeWorkbook, type Analysis } from "../core/engine";
import { FunctionError } from "../core/functions/function-error";
import type { FunctionContext } from "../core/functions/types";
import { workbookSettings, type WorkbookSettings } from "../core/functions/workbook-settings";
import { functionMessages } from "../core/i18n/function-messages";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { PlanModel } from "../core/plan/model";
import { brokenPlanLines, planOfWorkbook } from "../core/plan-sheet/plan-of-workbook";
import { todayFrom, type Day } from "../core/time/days";
import type { SettingKey } from "../excel/workbook-service";

/**
 * The workbook's own tracking tables for the functions called without a `data` range: read once,
 * shared by every cell, and read again (once) after the sheets change.
 *
 * - Reading is single-flight: a thousand =BDG.PROGRESS() cells asking at once start one read.
 * - Change events mark the analysis stale; after a quiet moment (debounce) the store reads again
 *   and pushes the new analysis to every subscriber — the streaming functions, which set their
 *   cells' new results without F9.
 * - With no subscriber, a change only marks the analysis stale: nothing is read until asked.
 */

/** What the store needs of the workbook (OfficeWorkbookService in Excel, a fake in tests). */
export interface TrackingSource {
  readSnapshot(): Promise<WorkbookSnapshot>;
  loadSetting(key: SettingKey): Promise<string | null>;
  /** Called after the user changes cells; returns an unsubscribe function. */
  onDataChanged(listener: () => void): Promise<() => void>;
  /** Called after the saved settings (plan, column corrections, language) change. */
  onSettingsChanged?(listener: () => void): Promise<() => void>;
  /** The workbook's date system (a date serial passed to BDG.CAMPAIGN), read once. */
  date1904?(): Promise<boolean>;
}

/** The latest answer: the analysis of the workbook's tables, or why there is none. */
export interface StoreState {
  ctx: FunctionContext;
  analysis: Analysis | null;
  error: FunctionError | null;
  /** The plan of the workbook's plan sheet, when it has one that reads without a problem. */
  sheetPlan?: PlanModel;
}

export type StoreListener = (state: StoreState) => void;

export interface TrackingStoreOptions {
  /** Quiet time after the last change event before reading again. */
  debounceMs?: number;
  today?: () => Day;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface TrackingStoreStats {
  /** Workbook reads (readSnapshot calls). */
  reads: number;
  /** Reads of the saved settings. */
  settingsReads: number;
}

export class TrackingStore {
  readonly stats: TrackingStoreStats = { reads: 0, settingsReads: 0 };
  private readonly listeners = new Set<StoreListener>();
  private state: StoreState | null = null;
  private stale = true;
  private loading: Promise<StoreState> | null = null;
  private reloadWanted = false;
  private settings: Promise<WorkbookSettings> | null = null;
  private dateSystem: Promise<boolean> | null = null;
  private watched: TrackingSource | null = null;
  private timer: unknown = null;
  private readonly debounceMs: number;
  private readonly today: () => Day;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly sourceOf: () => TrackingSource | null,
    opts: TrackingStoreOptions = {},
  ) {
    this.debounceMs = opts.debounceMs ?? 400;
    this.today = opts.today ?? (() => todayFrom(new Date()));
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /**
   * The plan, day and language (for calls that pass a data range, and to check arguments). The
   * plan is the workbook's plan sheet's once the workbook has been read, else the saved one.
   */
  async context(): Promise<FunctionContext> {
    const source = this.sourceOf();
    const s = source ? await this.loadSettings(source) : workbookSettings({ plan: null, columnOverrides: null, locale: null });
    const plan = this.state?.sheetPlan ?? s.plan;
    return { plan, locale: s.locale, asOf: this.today(), date1904: source ? await this.loadDateSystem(source) : false };
  }

  /**
   * Receive the current state now (if there is one) and every new one. The first subscriber
   * starts the read. Returns the unsubscribe function.
   */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    if (this.state) listener(this.state);
    if (this.stale) void this.load();
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The current state, reading the workbook first if it changed since the last read. */
  current(): Promise<StoreState> {
    if (!this.stale && this.state) return Promise.resolve(this.state);
    return this.load();
  }

  /** Forget what was read (the sheets changed) and, after the quiet time, read again for the subscribers. */
  invalidate(what: "data" | "settings" = "data"): void {
    if (what === "settings") this.settings = null;
    this.stale = true;
    if (this.loading) this.reloadWanted = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (this.listeners.size > 0 && this.stale) void this.load();
    }, this.debounceMs);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  private load(): Promise<StoreState> {
    if (this.loading) return this.loading;
    this.reloadWanted = false;
    this.stale = false;
    const run = this.read().then((state) => {
      this.loading = null;
      if (this.reloadWanted) {
        // Changed while reading: what was read may already be old. Read again; deliver that.
        this.stale = true;
        return this.load();
      }
      this.state = state;
      for (const l of [...this.listeners]) l(state);
      return state;
    });
    this.loading = run;
    return run;
  }

  private async read(): Promise<StoreState> {
    const source = this.sourceOf();
    if (!source) {
      const ctx = await this.context();
      return { ctx, analysis: null, error: new FunctionError("#N/A", functionMessages(ctx.locale).noExcel({})) };
    }
    this.watch(source);
    let settings: WorkbookSettings;
    let snapshot: WorkbookSnapshot;
    try {
      settings = await this.loadSettings(source);
      this.stats.reads++;
      snapshot = await source.readSnapshot();
    } catch (e) {
      const ctx = await this.context().catch(() => null);
      const locale = ctx?.locale ?? "vi";
      const fallback = ctx ?? { ...workbookSettings({ plan: null, columnOverrides: null, locale: null }), asOf: this.today(), date1904: false };
      // A failed read is retried at the next change or call, not kept as the answer.
      this.stale = true;
      return { ctx: fallback, analysis: null, error: new FunctionError("#N/A", functionMessages(locale).readFailed({ detail: errorText(e) })) };
    }
    // The workbook's own plan sheet comes before the saved plan; a broken one answers every call with its problems.
    const sheet = planOfWorkbook(snapshot, settings.locale);
    const plan = sheet?.plan ?? settings.plan;
    const ctx: FunctionContext = { plan, locale: settings.locale, asOf: this.today(), date1904: snapshot.date1904 === true };
    if (sheet && sheet.plan === null) return { ctx, analysis: null, error: new FunctionError("#N/A", brokenPlanLines(sheet, settings.locale).join(" ")) };
    const analysis = analyzeWorkbook(snapshot, plan, { asOf: ctx.asOf, locale: ctx.locale, overrides: settings.overrides });
    return { ctx, analysis, error: null, ...(sheet?.plan ? { sheetPlan: sheet.plan } : {}) };
  }

  private loadSettings(source: TrackingSource): Promise<WorkbookSettings> {
    if (!this.settings) {
      this.stats.settingsReads++;
      const read = Promise.all([source.loadSetting("bdg.plan"), source.loadSetting("bdg.columnOverrides"), source.loadSetting("bdg.locale")]).then(
        ([plan, columnOverrides, locale]) => workbookSettings({ plan, columnOverrides, locale }),
      );
      this.settings = read;
      // A failed read is tried again next time rather than remembered.
      read.catch(() => {
        if (this.settings === read) this.settings = null;
      });
    }
    return this.settings;
  }

  private loadDateSystem(source: TrackingSource): Promise<boolean> {
    if (this.state) return Promise.resolve(this.state.ctx.date1904);
    if (!source.date1904) return Promise.resolve(false);
    this.dateSystem ??= source.date1904().catch(() => false);
    return this.dateSystem;
  }

  /** Listen to the workbook's changes once per source. Without events, results refresh on recalculation only. */
  private watch(source: TrackingSource): void {
    if (this.watched === source) return;
    this.watched = source;
    source.onDataChanged(() => this.invalidate("data")).catch(() => undefined);
    source.onSettingsChanged?.(() => this.invalidate("settings")).catch(() => undefined);
  }
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}
