import type { PlanSheetSpec } from "../core/plan-sheet/plan-sheet-spec";
import type { ColumnOverride } from "../core/read/types";
import type { SheetSpec } from "../core/report/sheet-spec";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Issue } from "../core/validate/issue";

/** Progress of a long operation, 0..1, with a short label to show. */
export type ProgressFn = (done: number, label?: string) => void;

/** What writing reports did: the sheets written, and earlier report sheets of the same year replaced. */
export interface WriteReportResult {
  written: string[];
  replaced: string[];
  /** User sheets whose names clashed: kept, and the new sheet got another name. */
  renamed: Array<{ wanted: string; used: string }>;
}

/** What marking did: cells marked now, and notes for the user (protected sheets skipped, the cap reached). */
export interface MarkResult {
  marked: number;
  notes: string[];
}

/** What clearing marks did: fills restored, and notes (sheets whose records were kept). */
export interface ClearMarksResult {
  restored: number;
  notes: string[];
}

/**
 * Everything the task pane needs from the workbook, in one interface. The Office.js
 * implementation lives in src/excel; tests pass a fake. Components never touch `Excel`.
 */
export interface WorkbookService {
  /** Read every sheet into a snapshot (in row blocks; constant syncs per block). Cancellable. */
  readSnapshot(onProgress?: ProgressFn, signal?: AbortSignal): Promise<WorkbookSnapshot>;
  /** Select a cell and bring its sheet to the front. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Mark the cells of these issues (fill colour), remembering what was there so that clearMarks restores it. */
  markIssues(issues: readonly Issue[]): Promise<MarkResult>;
  /** Remove exactly the marks markIssues made, restoring the previous fills. */
  clearMarks(): Promise<ClearMarksResult>;
  /** The add-in's earlier report sheets that writing these sheet names would replace (as writeReports plans it). */
  existingReportSheets(names: readonly string[]): Promise<string[]>;
  /** Write report sheets (replacing only the add-in's own sheets of the same names) and activate the first. */
  writeReports(specs: readonly SheetSpec[], onProgress?: ProgressFn): Promise<WriteReportResult>;
  /** Insert a new, well-formed tracking sheet with dropdown lists; returns its name. */
  insertTrackingTemplate(spec: SheetSpec, lists: TemplateLists): Promise<string>;
  /** Insert the plan in use as an editable plan sheet; returns the sheet's name. Absent where no workbook is open for writing. */
  insertPlanSheet?(p: PlanSheetSpec): Promise<string>;
  /** Settings saved in the workbook (column mappings, organisation profile, a custom plan). */
  loadSetting(key: SettingKey): Promise<string | null>;
  saveSetting(key: SettingKey, value: string | null): Promise<void>;
  /** Called when a sheet's data changes (for fresh results); returns an unsubscribe function. */
  onDataChanged(listener: () => void): Promise<() => void>;
}

export type SettingKey = "bdg.columnOverrides" | "bdg.profile" | "bdg.plan" | "bdg.locale" | "bdg.years" | "bdg.taskChoices" | "bdg.acceptedIssues";

/** Dropdown lists of the tracking template: the column (1-based) and its allowed values. */
export interface TemplateLists {
  firstDataRow: number;
  lastDataRow: number;
  lists: Array<{ col: number; values: string[] }>;
}

export type { ColumnOverride };
