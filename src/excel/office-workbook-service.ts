import { LIST_SHEET_TEXT } from "../core/i18n/table-messages";
import type { PlanSheetSpec } from "../core/plan-sheet/plan-sheet-spec";
import { insertPlanSheet } from "./insert-plan-sheet";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import type { SheetSpec } from "../core/report/sheet-spec";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Issue } from "../core/validate/issue";
import { officeHost, type ExcelHost } from "./excel-host";
import { excelMessages } from "./excel-messages";
import { clearIssueMarks, markIssueCells } from "./issue-marks";
import { queueWorkbookSheets } from "./owned-marks";
import { readWorkbookSnapshot, type ReadOptions } from "./read-snapshot";
import type { ClearMarksResult, MarkResult, ProgressFn, SettingKey, TemplateLists, WorkbookService, WriteReportResult } from "./workbook-service";
import { insertTemplateSheet, sheetsToReplace, writeReportSheets } from "./write-sheets";

/**
 * The WorkbookService of the task pane and the functions, on the open workbook through Office.js.
 * Every method is one Excel.run with a fixed number of syncs. Requirement sets: docs/excel-api.md.
 */

// Every service of this page (the pane's, the functions') hears a setting saved through any of them.
const settingsListeners = new Set<() => void>();

function notifySettingsChanged(): void {
  for (const l of [...settingsListeners]) l();
}

export interface OfficeWorkbookServiceOptions {
  /** Defaults to Office.js (call inside Excel, after Office.onReady). */
  host?: ExcelHost;
  locale?: Locale;
  /** Tuning of the reader (block sizes). */
  read?: Pick<ReadOptions, "blockCells" | "webRequestCells">;
}

export class OfficeWorkbookService implements WorkbookService {
  private hostValue: ExcelHost | null;
  private readonly locale: Locale;
  private readonly readTuning: Pick<ReadOptions, "blockCells" | "webRequestCells">;

  constructor(opts: OfficeWorkbookServiceOptions = {}) {
    this.hostValue = opts.host ?? null;
    this.locale = opts.locale ?? DEFAULT_LOCALE;
    this.readTuning = opts.read ?? {};
  }

  private get host(): ExcelHost {
    this.hostValue ??= officeHost();
    return this.hostValue;
  }

  readSnapshot(onProgress?: ProgressFn, signal?: AbortSignal): Promise<WorkbookSnapshot> {
    return this.host.run((context) => readWorkbookSnapshot(context, this.host, { ...this.readTuning, onProgress, signal }));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    const m = excelMessages(this.locale);
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new Error(m.noSheet({ sheet }));
      if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(cell)) throw new Error(m.badCell({ sheet, cell }));
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  markIssues(issues: readonly Issue[]): Promise<MarkResult> {
    return this.host.run((context) => markIssueCells(context, this.host, issues, this.locale));
  }

  clearMarks(): Promise<ClearMarksResult> {
    return this.host.run((context) => clearIssueMarks(context, this.host, this.locale));
  }

  existingReportSheets(names: readonly string[]): Promise<string[]> {
    return this.host.run(async (context) => {
      const read = queueWorkbookSheets(context);
      await context.sync();
      return sheetsToReplace(await read(), names);
    });
  }

  writeReports(specs: readonly SheetSpec[], onProgress?: ProgressFn): Promise<WriteReportResult> {
    return this.host.run((context) => writeReportSheets(context, this.host, specs, onProgress, this.locale));
  }

  insertTrackingTemplate(spec: SheetSpec, lists: TemplateLists): Promise<string> {
    return this.host.run((context) => insertTemplateSheet(context, this.host, spec, lists, LIST_SHEET_TEXT[this.locale], this.locale));
  }

  insertPlanSheet(p: PlanSheetSpec): Promise<string> {
    return this.host.run((context) => insertPlanSheet(context, this.host, p));
  }

  loadSetting(key: SettingKey): Promise<string | null> {
    return this.host.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject(key);
      s.load("value");
      await context.sync();
      if (s.isNullObject || s.value === null || s.value === undefined) return null;
      return typeof s.value === "string" ? s.value : JSON.stringify(s.value);
    });
  }

  async saveSetting(key: SettingKey, value: string | null): Promise<void> {
    await this.host.run(async (context) => {
      const settings = context.workbook.settings;
      if (value !== null) {
        settings.add(key, value);
      } else {
        const s = settings.getItemOrNullObject(key);
        await context.sync();
        if (s.isNullObject) return;
        s.delete();
      }
      await context.sync();
    });
    notifySettingsChanged();
  }

  /** Cell edits anywhere in the workbook (ExcelApi 1.9), and sheets deleted (1.7). */
  onDataChanged(listener: () => void): Promise<() => void> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const handlers = [
        sheets.onChanged.add(async () => listener()),
        sheets.onDeleted.add(async () => listener()),
      ];
      await context.sync();
      return () => {
        for (const h of handlers) h.remove();
        void handlers[0].context.sync().catch(() => undefined);
      };
    });
  }

  /** Settings saved through any service of this page, or changed in the workbook by another instance (ExcelApi 1.4). */
  async onSettingsChanged(listener: () => void): Promise<() => void> {
    settingsListeners.add(listener);
    let handler: OfficeExtension.EventHandlerResult<Excel.SettingsChangedEventArgs> | null = null;
    try {
      handler = await this.host.run(async (context) => {
        const h = context.workbook.settings.onSettingsChanged.add(async () => listener());
        await context.sync();
        return h;
      });
    } catch {
      // The in-page notice is enough for this page's own changes.
    }
    return () => {
      settingsListeners.delete(listener);
      if (handler) {
        handler.remove();
        void handler.context.sync().catch(() => undefined);
      }
    };
  }

  /** Whether the workbook numbers dates from 1904 (for the functions' date arguments). */
  date1904(): Promise<boolean> {
    return this.host.run(async (context) => {
      const epoch = context.workbook.functions.date(1904, 1, 1);
      epoch.load("value");
      await context.sync();
      return epoch.value === 0;
    });
  }
}
