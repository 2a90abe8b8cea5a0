/**
 * Builders of tracking data for tests: realistic defaults, every field overridable, and the raw
 * cells kept consistent with the parsed values unless a test gives its own raw cells (to model
 * garbage, Excel errors or blanks).
 */
import type { CellValue } from "../../src/core/snapshot";
import type {
  Activity,
  ActivityStatus,
  DateSpan,
  Field,
  LegacyCell,
  TotalRow,
  TrackingData,
  TrackingTable,
} from "../../src/core/read/types";
import { dayOf, endOfMonth, viDateOf, yearOf, type Day } from "../../src/core/time/days";

/** A usual layout: Mã, Nội dung, Thời gian, Đơn vị, Trạng thái, Tổng số, Nữ, Nam, DTTS, Kinh phí, Văn bản, Ghi chú. */
export const STANDARD_COLUMNS: Readonly<Partial<Record<Field, number>>> = {
  taskId: 1,
  activity: 2,
  date: 3,
  unit: 4,
  status: 5,
  participants: 6,
  female: 7,
  male: 8,
  ethnicMinority: 9,
  budget: 10,
  evidence: 11,
  note: 12,
};

export const DEFAULT_SHEET = "Theo dõi";
export const DEFAULT_HEADER_ROW = 4;

/** Columns of the standard layout without the given fields. */
export function columnsWithout(...fields: Field[]): Partial<Record<Field, number>> {
  const c: Partial<Record<Field, number>> = { ...STANDARD_COLUMNS };
  for (const f of fields) delete c[f];
  return c;
}

export const daySpan = (y: number, m: number, d: number): DateSpan => ({ start: dayOf(y, m, d), end: dayOf(y, m, d), precision: "day" });
export const monthSpan = (y: number, m: number): DateSpan => ({ start: dayOf(y, m, 1), end: endOfMonth(y, m), precision: "month" });
export const quarterSpan = (y: number, q: number): DateSpan => ({
  start: dayOf(y, q * 3 - 2, 1),
  end: endOfMonth(y, q * 3),
  precision: "quarter",
});
export const yearSpan = (y: number): DateSpan => ({ start: dayOf(y, 1, 1), end: dayOf(y, 12, 31), precision: "year" });
export const rangeSpan = (from: Day, to: Day): DateSpan => ({ start: from, end: to, precision: "range" });

const STATUS_TEXT: Record<ActivityStatus, string> = {
  completed: "Hoàn thành",
  "in-progress": "Đang thực hiện",
  "not-started": "Chưa thực hiện",
  cancelled: "Hủy",
};

function dateText(d: DateSpan): string {
  return d.precision === "day" ? viDateOf(d.start) : `${viDateOf(d.start)} - ${viDateOf(d.end)}`;
}

/** The cell a parsed value would have been read from. */
function rawFor(field: Field, a: Activity): CellValue {
  switch (field) {
    case "taskId":
      return a.unknownTaskId ?? a.taskId;
    case "activity":
      return a.activity;
    case "date":
      return a.date ? dateText(a.date) : null;
    case "year":
      return a.year;
    case "unit":
      return a.unit;
    case "status":
      return a.status ? STATUS_TEXT[a.status] : null;
    case "participants":
    case "female":
    case "male":
    case "ethnicMinority":
    case "budget":
      return a[field];
    case "evidence":
      return a.evidence;
    default:
      return null;
  }
}

export type ActivityOverrides = Partial<Activity>;

/**
 * An activity of task III.1.1 done on 15/11/2023 by Phòng Nghiệp vụ, in the standard layout, with
 * the people counts blank. Overrides replace fields; `raw` overrides only the cells it names.
 */
export function activity(over: ActivityOverrides = {}): Activity {
  const columns = over.columns ?? { ...STANDARD_COLUMNS };
  const date = over.date === undefined ? daySpan(2023, 11, 15) : over.date;
  const a: Activity = {
    sheet: DEFAULT_SHEET,
    row: DEFAULT_HEADER_ROW + 2,
    taskSource: "column",
    taskConfidence: 1,
    unknownTaskId: null,
    activity: "Cử công chức tham gia lớp bồi dưỡng kiến thức về bình đẳng giới",
    unit: "Phòng Nghiệp vụ",
    status: columns.status !== undefined ? "completed" : null,
    participants: null,
    female: null,
    male: null,
    ethnicMinority: null,
    budget: null,
    evidence: null,
    hasStatusColumn: columns.status !== undefined,
    ...over,
    taskId: over.taskId === undefined ? "III.1.1" : over.taskId,
    date,
    year: over.year === undefined ? (date ? yearOf(date.start) : null) : over.year,
    columns,
    raw: {},
  };
  const raw: Partial<Record<Field, CellValue>> = {};
  for (const f of Object.keys(columns) as Field[]) raw[f] = rawFor(f, a);
  a.raw = { ...raw, ...(over.raw ?? {}) };
  return a;
}

export interface TotalOverrides extends Partial<TotalRow> {
  raw?: Partial<Record<Field, CellValue>>;
}

export interface TableOptions {
  sheet?: string;
  headerRow?: number;
  columns?: Partial<Record<Field, number>>;
  /** Overrides of each data row; rows are numbered from the first data row unless given. */
  rows?: ActivityOverrides[];
  /** Total rows; by default one after the last data row covering all of them. */
  totals?: TotalOverrides[];
  budgetScale?: number;
}

/** A one-row-header table on a sheet, its activities built with activity() in its layout. */
export function table(opts: TableOptions = {}): TrackingTable {
  const sheet = opts.sheet ?? DEFAULT_SHEET;
  const headerRow = opts.headerRow ?? DEFAULT_HEADER_ROW;
  const columns = opts.columns ?? { ...STANDARD_COLUMNS };
  const firstDataRow = headerRow + 1;
  const activities = (opts.rows ?? []).map((r, i) => activity({ sheet, row: firstDataRow + i, columns, ...r }));
  const lastActivityRow = activities.reduce((m, a) => Math.max(m, a.row), firstDataRow - 1);
  const totals: TotalRow[] = (opts.totals ?? []).map((t, i) => ({
    sheet,
    row: lastActivityRow + 1 + i,
    columns,
    from: 0,
    to: activities.length,
    ...t,
    raw: { activity: "Tổng cộng", ...(t.raw ?? {}) },
  }));
  const lastRow = Math.max(lastActivityRow, ...totals.map((t) => t.row));
  const headers: Partial<Record<Field, string>> = {};
  for (const f of Object.keys(columns) as Field[]) headers[f] = f;
  return {
    sheet,
    headerRow,
    headerRows: 1,
    firstDataRow,
    lastRow,
    columns,
    headers,
    budgetScale: opts.budgetScale ?? 1,
    activities,
    totals,
    hasStatusColumn: columns.status !== undefined,
  };
}

/** Tracking data of some tables (and legacy cells), activities in sheet then row order. */
export function data(tables: TrackingTable[], legacyCells: LegacyCell[] = []): TrackingData {
  const sheetsRead: string[] = [];
  for (const t of tables) if (!sheetsRead.includes(t.sheet)) sheetsRead.push(t.sheet);
  const activities = tables.flatMap((t) => t.activities);
  const order = new Map(sheetsRead.map((s, i) => [s, i]));
  activities.sort((x, y) => (order.get(x.sheet) ?? 0) - (order.get(y.sheet) ?? 0) || x.row - y.row);
  return { tables, legacyCells, activities, sheetsRead };
}

/** Shorthand: one standard table with these rows. */
export function dataOf(rows: ActivityOverrides[], opts: Omit<TableOptions, "rows"> = {}): TrackingData {
  return data([table({ ...opts, rows })]);
}
