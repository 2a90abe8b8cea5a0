import { snapshotOfRows } from "../../src/core/functions/data-range";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { dayOf } from "../../src/core/time/days";
import type { SettingKey } from "../../src/excel/workbook-service";
import { useFunctionStore } from "../../src/functions/function-runtime";
import * as BDG from "../../src/functions/functions";
import { TrackingStore, type TrackingSource } from "../../src/functions/tracking-store";
import { rangeOf, ROWS, type Row } from "./table-builder";

/**
 * The zero-argument path: =BDG.PROGRESS() and friends answer from the workbook's own tables, read
 * once for every cell, and show new results after the sheets change — without F9.
 */

class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
});

/** A workbook as the functions see it: one tracking sheet, settings, change events; reads counted. */
class FakeWorkbook implements TrackingSource {
  rows: Row[] = ROWS.map((r) => [...r] as Row);
  settings = new Map<SettingKey, string>();
  failNext = false;
  private dataListeners = new Set<() => void>();
  private settingListeners = new Set<() => void>();
  /** Resolves the read in progress (when reads are held). */
  hold: Array<() => void> | null = null;

  async readSnapshot(): Promise<WorkbookSnapshot> {
    if (this.hold) await new Promise<void>((resolve) => this.hold?.push(resolve));
    if (this.failNext) {
      this.failNext = false;
      throw new Error("mất kết nối");
    }
    return snapshotOfRows(rangeOf(this.rows), "Theo dõi");
  }
  async loadSetting(key: SettingKey): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }
  async onDataChanged(l: () => void): Promise<() => void> {
    this.dataListeners.add(l);
    return () => this.dataListeners.delete(l);
  }
  async onSettingsChanged(l: () => void): Promise<() => void> {
    this.settingListeners.add(l);
    return () => this.settingListeners.delete(l);
  }
  /** The user edits row i (0-based among ROWS), column j. */
  edit(i: number, j: number, v: string | number): void {
    this.rows[i][j] = v;
    for (const l of this.dataListeners) l();
  }
  setSetting(key: SettingKey, v: string): void {
    this.settings.set(key, v);
    for (const l of this.settingListeners) l();
  }
}

/** Timers the test runs by hand (the store's debounce). */
class Timers {
  private queue: Array<() => void> = [];
  set = (fn: () => void): unknown => {
    this.queue.push(fn);
    return fn;
  };
  clear = (h: unknown): void => {
    this.queue = this.queue.filter((f) => f !== h);
  };
  run(): void {
    const q = this.queue;
    this.queue = [];
    q.forEach((f) => f());
  }
}

interface Cell<T> {
  invocation: CustomFunctions.StreamingInvocation<T>;
  results: Array<T | CustomFunctions.Error>;
  last(): T | CustomFunctions.Error | undefined;
  cancel(): void;
}

function cell<T>(): Cell<T> {
  const results: Array<T | CustomFunctions.Error> = [];
  const invocation = { setResult: (v: T | CustomFunctions.Error) => results.push(v) } as CustomFunctions.StreamingInvocation<T>;
  return { invocation, results, last: () => results[results.length - 1], cancel: () => invocation.onCanceled?.() };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

let book: FakeWorkbook;
let timers: Timers;
let store: TrackingStore;

beforeEach(() => {
  book = new FakeWorkbook();
  timers = new Timers();
  store = new TrackingStore(() => book, { today: () => dayOf(2023, 12, 31), setTimer: timers.set, clearTimer: timers.clear, debounceMs: 300 });
  useFunctionStore(store);
});

describe("functions without a data range", () => {
  it("read the workbook once for a thousand cells", async () => {
    const cells = Array.from({ length: 1000 }, () => cell<number | string>());
    for (const c of cells) BDG.progress(null as unknown as string, null, null as unknown as unknown[][], c.invocation);
    await settle();
    expect(store.stats.reads).toBe(1);
    for (const c of cells) expect(c.last()).toBeCloseTo(3 / 26, 12);
    // A cell entered later gets the value read already, without another read.
    const later = cell<number>();
    BDG.count("II.1", null, null as unknown as unknown[][], later.invocation);
    await settle();
    expect(later.last()).toBe(2);
    expect(store.stats.reads).toBe(1);
  });

  it("show new results after an edit, with one more read for all cells", async () => {
    const progress = cell<number | string>();
    const status = cell<string>();
    const count = cell<number>();
    BDG.progress(null as unknown as string, null, null as unknown as unknown[][], progress.invocation);
    BDG.status("III.1.3", 2023, null as unknown as unknown[][], status.invocation);
    BDG.count("III.1", 2023, null as unknown as unknown[][], count.invocation);
    await settle();
    expect(status.last()).toBe("Đang thực hiện");
    expect(count.last()).toBe(1);

    book.edit(4, 4, "Hoàn thành"); // III.1.3, 2023: now completed
    book.edit(4, 1, "Lồng ghép vào kế hoạch công tác năm 2023");
    await settle();
    // Nothing read until the edits stop for the debounce time.
    expect(store.stats.reads).toBe(1);
    timers.run();
    await settle();
    expect(store.stats.reads).toBe(2);
    expect(status.last()).toBe("Hoàn thành");
    expect(progress.last()).toBeCloseTo(4 / 26, 12);
    expect(count.last()).toBe(1);
  });

  it("stop receiving results once Excel cancels the call", async () => {
    const c = cell<number>();
    BDG.count(null as unknown as string, null, null as unknown as unknown[][], c.invocation);
    await settle();
    c.cancel();
    expect(store.subscribers).toBe(0);
    book.edit(0, 4, "Hủy");
    timers.run();
    await settle();
    expect(c.results).toHaveLength(1);
    // With nobody listening, the change is not read until asked.
    expect(store.stats.reads).toBe(1);
  });

  it("read again, once, when the sheets change while being read", async () => {
    book.hold = [];
    const c = cell<number>();
    BDG.count(null as unknown as string, null, null as unknown as unknown[][], c.invocation);
    await settle();
    book.edit(5, 4, "Hoàn thành"); // the cancelled row counts again
    timers.run();
    const release = book.hold;
    book.hold = null;
    release.forEach((r) => r());
    await settle();
    expect(store.stats.reads).toBe(2);
    expect(c.results).toEqual([6]);
  });

  it("give #N/A with a message when the workbook has no tracking table, and when it cannot be read", async () => {
    book.rows = [];
    const empty = new FakeWorkbook();
    empty.readSnapshot = async () => ({ sheets: [{ name: "Sheet1", values: [["Họ tên", "Điện thoại"]], merges: [] }] });
    useFunctionStore(new TrackingStore(() => empty, { today: () => dayOf(2023, 12, 31), setTimer: timers.set, clearTimer: timers.clear }));
    const c = cell<number>();
    BDG.count(null as unknown as string, null, null as unknown as unknown[][], c.invocation);
    await settle();
    expect(c.last()).toEqual(new ExcelError("#N/A", expect.stringContaining("Không tìm thấy bảng theo dõi nào trong sổ làm việc")));

    useFunctionStore(store);
    book = Object.assign(book, { rows: ROWS.map((r) => [...r] as Row) });
    book.failNext = true;
    const d = cell<number>();
    BDG.count(null as unknown as string, null, null as unknown as unknown[][], d.invocation);
    await settle();
    expect(d.last()).toEqual(new ExcelError("#N/A", "Không đọc được sổ làm việc: mất kết nối"));
    // The next change reads again, and the cell recovers.
    book.edit(0, 1, "Quán triệt kế hoạch");
    timers.run();
    await settle();
    expect(d.last()).toBe(5);
  });

  it("follow the workbook's settings: its language", async () => {
    const c = cell<string>();
    BDG.status("II.1", 2021, null as unknown as unknown[][], c.invocation);
    await settle();
    expect(c.last()).toBe("Quá hạn");
    book.setSetting("bdg.locale", "en");
    timers.run();
    await settle();
    expect(c.last()).toBe("Overdue");
  });
});

describe("functions with a data range, and errors", () => {
  it("answer from the range alone, without reading the workbook", async () => {
    const c = cell<number>();
    BDG.participants(null as unknown as string, 2023, "nữ", rangeOf(), c.invocation);
    await settle();
    expect(c.results).toEqual([72]);
    expect(store.stats.reads).toBe(0);
  });

  it("turn core errors into Excel errors with their Vietnamese message", async () => {
    const c = cell<number | string>();
    BDG.progress("IX.1", null, null as unknown as unknown[][], c.invocation);
    await settle();
    const e = c.last() as unknown as ExcelError;
    expect(e).toBeInstanceOf(ExcelError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^Không có nhiệm vụ “IX.1”/);
  });

  it("plan functions resolve their value or reject with the Excel error", async () => {
    await expect(BDG.task("II.1", "lead")).resolves.toBe("Lãnh đạo Ban");
    await expect(BDG.campaign("25/11/2024")).resolves.toBe("II.2.4");
    const t = await BDG.tasks(null as unknown as string);
    expect(t[0][0]).toBe("Mã");
    await expect(BDG.task("II.9", null as unknown as string)).rejects.toEqual(new ExcelError("#VALUE!", expect.stringContaining("II.9")));
    expect(store.stats.reads).toBe(0);
  });
});

describe("through the Office.js service on a fake Excel", () => {
  it("a user's edit in the sheet shows in =BDG.COUNT() cells, with one workbook read per change", async () => {
    const { FakeExcel } = await import("../excel/fake-excel");
    const { OfficeWorkbookService } = await import("../../src/excel/office-workbook-service");
    const excel = new FakeExcel();
    excel.addSheet("Theo dõi").put(0, 0, rangeOf().map((r) => r.map((v) => (v === "" ? undefined : v))));
    const svc = new OfficeWorkbookService({ host: excel.host() });
    const s = new TrackingStore(() => svc, { today: () => dayOf(2023, 12, 31), setTimer: timers.set, clearTimer: timers.clear });
    useFunctionStore(s);
    const cells = Array.from({ length: 50 }, () => cell<number>());
    for (const c of cells) BDG.count("II.1", null, null as unknown as unknown[][], c.invocation);
    await settle();
    expect(cells.map((c) => c.last())).toEqual(Array(50).fill(2));
    const syncsAfterFirstRead = excel.syncs;

    await excel.userEdit("Theo dõi", 3, 5, "Hủy"); // row 2 of the table (II.1, 2023) cancelled
    timers.run();
    await settle();
    expect(cells.map((c) => c.last())).toEqual(Array(50).fill(1));
    expect(s.stats.reads).toBe(2);
    // One read of the workbook for the change: the reader's three syncs.
    expect(excel.syncs - syncsAfterFirstRead).toBe(3);
  });

  it("BDG.CAMPAIGN reads a date serial in the workbook's own date system", async () => {
    const { FakeExcel } = await import("../excel/fake-excel");
    const { OfficeWorkbookService } = await import("../../src/excel/office-workbook-service");
    const { serialFromDay } = await import("../../src/core/time/days");
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    excel.date1904 = true;
    const svc = new OfficeWorkbookService({ host: excel.host() });
    useFunctionStore(new TrackingStore(() => svc, { today: () => dayOf(2023, 12, 31), setTimer: timers.set, clearTimer: timers.clear }));
    const serial = serialFromDay(dayOf(2023, 3, 1), true);
    await expect(BDG.campaign(serial)).resolves.toBe("II.2.1");
    // Read in the 1900 system the same number is 28/02/2019: no campaign.
    excel.date1904 = false;
    const svc1900 = new OfficeWorkbookService({ host: excel.host() });
    useFunctionStore(new TrackingStore(() => svc1900, { today: () => dayOf(2023, 12, 31), setTimer: timers.set, clearTimer: timers.clear }));
    await expect(BDG.campaign(serial)).resolves.toBe("");
  });
});
