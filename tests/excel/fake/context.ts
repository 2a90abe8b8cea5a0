/**
 * The request context: every command is queued, and applied in order at context.sync(), as in
 * Office.js. A sync whose request or response is over the limits is refused whole; a command that
 * fails stops the batch there, the commands before it staying applied (the Office.js error
 * handling documentation: the error surfaces at the sync; earlier commands are not rolled back).
 */
import { FakeApiError, notLoaded } from "./errors";
import type { FakeExcel, SyncRecord } from "./model";
import { FakeRuntime, FakeWorkbook } from "./workbook";

export interface Op {
  run(): void;
  /** Bytes the command adds to the request (values written, settings…). */
  bytes?: number;
  /** Cells the command loads (for the response cap), known before it runs. */
  cells?: () => number;
  /** Bookkeeping only (resolving isNullObject): does not make Excel.run sync at its end. */
  silent?: boolean;
}

/** Requests carry a little JSON per command even with no data. */
const COMMAND_BYTES = 40;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly application = { suspendApiCalculationUntilNextSync: () => this.queue({ run: () => undefined, bytes: COMMAND_BYTES }, () => (this.calcSuspended = true)) };
  private pending: Op[] = [];
  calcSuspended = false;
  /** A cell changed while events were on: onChanged fires after the sync. */
  changedDuringSync = false;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  /** Queue a command; `now` runs at once (what the proxy records about itself). */
  queue(op: Op, now?: () => void): void {
    this.pending.push(op);
    now?.();
  }

  /** Queue a write: `run` applies it at the sync. */
  act(run: () => void, bytes = COMMAND_BYTES): void {
    this.pending.push({ run, bytes: bytes + COMMAND_BYTES });
  }

  hasPendingWork(): boolean {
    return this.pending.some((op) => !op.silent);
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const excel = this.excel;
    excel.beforeSync.get(excel.syncLog.length + 1)?.();
    const record: SyncRecord = {
      cells: batch.reduce((n, op) => n + (op.cells?.() ?? 0), 0),
      requestBytes: batch.reduce((n, op) => n + (op.bytes ?? 0), 0),
      calcSuspended: this.calcSuspended,
      eventsOn: false,
    };
    excel.syncLog.push(record);
    this.calcSuspended = false;
    const refuse = (e: FakeApiError): never => {
      record.error = e.code;
      throw e;
    };
    if (record.cells > excel.maxCellsPerSync) refuse(new FakeApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."));
    if (record.requestBytes > excel.maxRequestBytes) refuse(new FakeApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."));
    this.changedDuringSync = false;
    try {
      for (const op of batch) {
        try {
          op.run();
        } catch (e) {
          refuse(e instanceof FakeApiError ? e : new FakeApiError("GeneralException", String(e)));
        }
      }
    } finally {
      record.eventsOn = this.changedDuringSync;
      if (this.changedDuringSync) for (const h of [...excel.handlers.changed]) await h({ source: "Local" });
    }
  }
}

/** Properties of a proxy, readable once loaded and synced (PropertyNotLoaded before). */
export class Loaded {
  private values: Record<string, unknown> = {};
  has(p: string): boolean {
    return p in this.values;
  }
  set(p: string, v: unknown): void {
    this.values[p] = v;
  }
  get<T>(p: string): T {
    if (!(p in this.values)) throw notLoaded(p);
    return this.values[p] as T;
  }
}

/** "a, b/c" or ["a"] -> property names. */
export function propList(props: string | string[] | undefined): string[] {
  if (props === undefined) return [];
  return (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A value a proxy will know after the next sync (isNullObject). */
export class AfterSync<T> {
  private known = false;
  private v: T | undefined;
  constructor(
    ctx: FakeContext,
    compute: () => T,
    private readonly what: string,
  ) {
    ctx.queue({
      silent: true,
      run: () => {
        this.v = compute();
        this.known = true;
      },
    });
  }
  get(): T {
    if (!this.known) throw notLoaded(this.what);
    return this.v as T;
  }
}
