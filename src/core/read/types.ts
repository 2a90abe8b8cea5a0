import type { CellValue, NumberFormatRun } from "../snapshot";
import type { Day } from "../time/days";
import type { SummaryTable } from "./summary-sheet";

/** The fields a tracking table can have (docs/design.md#tracking-fields). */
export const FIELDS = [
  "taskId",
  "activity",
  "date",
  "year",
  "unit",
  "partners",
  "status",
  "result",
  "participants",
  "female",
  "male",
  "ethnicMinority",
  "budget",
  "budgetSource",
  "evidence",
  "note",
] as const;
export type Field = (typeof FIELDS)[number];

export const COUNT_FIELDS = ["participants", "female", "male", "ethnicMinority"] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export const NUMBER_FIELDS = [...COUNT_FIELDS, "budget"] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export type ActivityStatus = "completed" | "in-progress" | "not-started" | "cancelled";

/** A date as written: a day, a range, a month, a quarter or a year, as the span of days it covers. */
export interface DateSpan {
  start: Day;
  end: Day;
  precision: "day" | "month" | "quarter" | "year" | "range";
}

/** Where a row's task came from, and how sure the reader is. */
export type TaskSource = "column" | "heading" | "guess" | "confirmed";

export interface Activity {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 1-based column of each field present in the table. */
  columns: Partial<Record<Field, number>>;
  /** The cells as read (text cleaned and converted from legacy encodings). */
  raw: Partial<Record<Field, CellValue>>;
  taskId: string | null;
  taskSource: TaskSource | null;
  /** 0..1; 1 for an id column or a heading. */
  taskConfidence: number;
  /** The id as written in the id column, when it names no task of the plan. */
  unknownTaskId: string | null;
  activity: string | null;
  date: DateSpan | null;
  /** The year from a year column, or from the date's start. */
  year: number | null;
  unit: string | null;
  status: ActivityStatus | null;
  participants: number | null;
  female: number | null;
  male: number | null;
  ethnicMinority: number | null;
  /** In triệu đồng. */
  budget: number | null;
  evidence: string | null;
  /**
   * Completed, taking the table's lack of a status column into account: with no status column an
   * activity dated on or before the as-of date counts as completed (decided at progress time).
   */
  hasStatusColumn: boolean;
  /** Only in data consolidated from several workbooks (src/core/consolidate): where the row came from. */
  source?: ActivitySource;
}

/** The workbook an activity of consolidated data came from, its sheet as written there, and its unit. */
export interface ActivitySource {
  /** The file's name as the user gave it. */
  file: string;
  /** Position of the file among those consolidated, 0-based. */
  fileIndex: number;
  /** The sheet's own name in that file (the consolidated row's `sheet` also names the file). */
  sheet: string;
  /** The unit the row is counted for (docs/consolidation.md). */
  unit: string;
}

/** A "Tổng cộng" row and the data rows above it that it sums. */
export interface TotalRow {
  sheet: string;
  row: number;
  columns: Partial<Record<Field, number>>;
  raw: Partial<Record<Field, CellValue>>;
  /** Index range [from, to) into the table's activities that this total covers. */
  from: number;
  to: number;
  /**
   * Indices into the table's totals of the subtotals that exactly cover [from, to): a year total
   * may be written as the sum of its quarters' totals rather than of the rows.
   */
  parts?: readonly number[];
}

/** A cell whose text was read through a legacy-encoding conversion. */
export interface LegacyCell {
  sheet: string;
  row: number;
  col: number;
  encoding: "tcvn3" | "vni";
  original: string;
  converted: string;
}

export interface TrackingTable {
  sheet: string;
  /** First header row (1-based). */
  headerRow: number;
  /** 1 or 2. */
  headerRows: number;
  firstDataRow: number;
  lastRow: number;
  columns: Partial<Record<Field, number>>;
  /** The header text of each mapped column, for display. */
  headers: Partial<Record<Field, string>>;
  /** Budget multiplier to triệu đồng read from the header: 1, 0.001 (nghìn đồng), 1e-6 (đồng). */
  budgetScale: number;
  activities: Activity[];
  totals: TotalRow[];
  hasStatusColumn: boolean;
  /** Rows that would be activities but are hidden: left out, kept for the totals Excel's SUM makes with them. */
  hiddenActivities?: Activity[];
}

/** The years a book covers, when it says so or the user set them: coverage and progress are for those years. */
export interface BookYears {
  from: number;
  to: number;
  /** Where it was read: a title row (with its sheet and text), the sheets' names by year, or the user's setting. */
  source: "title" | "sheets" | "override";
  sheet?: string;
  text?: string;
}

export interface TrackingData {
  /** Null or absent: the book says nothing, the plan's whole period applies. */
  bookYears?: BookYears | null;
  tables: TrackingTable[];
  legacyCells: LegacyCell[];
  /** Every activity of every table, in sheet and row order. */
  activities: Activity[];
  /** Sheets read (not skipped as the add-in's own). */
  sheetsRead: string[];
  /** The number formats of the sheets read that have some, by sheet name (messages quote numbers with them). */
  numberFormats?: Record<string, NumberFormatRun[]>;
  /** Summary tables (task × period figures aggregated from the tracking data): checked, never activities. */
  summaries?: SummaryTable[];
}

/** A user's confirmation (or correction) of one row's guessed task, saved in the workbook; null: no task. */
export interface TaskChoice {
  sheet: string;
  row: number;
  /** The activity's words when the choice was made: a row that no longer holds them is left alone. */
  text: string;
  taskId: string | null;
}

/** A user's correction of the mapping of one table, saved in the workbook. */
export interface ColumnOverride {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Field, number | null>>;
}
