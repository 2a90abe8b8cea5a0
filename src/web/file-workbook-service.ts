import { LIST_SHEET_TEXT } from "../core/i18n/table-messages";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import type { SheetSpec } from "../core/report/sheet-spec";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { Issue } from "../core/validate/issue";
import type { ClearMarksResult, MarkResult, ProgressFn, SettingKey, TemplateLists, WorkbookService, WriteReportResult } from "../excel/workbook-service";
import { ownSheetNames } from "../core/report/form-signature";
import { clearedCopy, markedCopy, reportCopy, templateCopy } from "./copy-writer";
import { webMessages } from "./messages";
import { readOfficeSettings, unzipWebExtensions, type OfficeSettings } from "./office-settings";
import { readWorkbookInPage, type LoadExcelJs } from "./read-in-page";

/**
 * The WorkbookService of the page: a workbook file the user chose, read once when it is opened.
 * The original bytes are never changed; what the add-in does to the open workbook (marks, report
 * sheets, a template) the page does to a copy and hands it back through `download`. Selecting a
 * cell shows it in context (`showCell`), as there is no Excel to select it in.
 */

export interface FileServiceOptions {
  /** Hands a finished copy to the user (a download in the page). */
  download: (fileName: string, bytes: Uint8Array) => void;
  /** Shows a cell of a sheet in context. */
  showCell: (sheet: string, cell: string) => void;
  /** Loads the full exceljs (a separate chunk in the page). */
  loadExcelJs: LoadExcelJs;
  /** The language of the service's own messages. */
  locale?: () => Locale;
}

const CELL = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}$/i;

/** "Theo dõi.xlsx" -> "Theo dõi". */
export function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "") || "so-tinh";
}

/** The name of the report copy: `<original name>-bao-cao-<year or period>.xlsx`, as `bdg report` names it. */
export function reportFileName(fileName: string, specs: readonly SheetSpec[]): string {
  const year = specs.find((s) => s.year !== null)?.year ?? null;
  const period = year !== null ? String(year) : (/(\d{4}\s*[-–]\s*\d{4})\s*$/.exec(specs[0]?.name ?? "")?.[1].replace(/\s|–/g, (c) => (c === "–" ? "-" : "")) ?? "ca-ky");
  return `${baseName(fileName)}-bao-cao-${period}.xlsx`;
}

export class FileWorkbookService implements WorkbookService {
  readonly fileName: string;
  readonly snapshot: WorkbookSnapshot;
  private readonly original: Uint8Array;
  private readonly settings: OfficeSettings;
  private readonly opts: FileServiceOptions;

  private constructor(fileName: string, original: Uint8Array, snapshot: WorkbookSnapshot, settings: OfficeSettings, opts: FileServiceOptions) {
    this.fileName = fileName;
    this.original = original;
    this.snapshot = snapshot;
    this.settings = settings;
    this.opts = opts;
  }

  /** Read a chosen file; throws XlsxReadError (with the command line's messages) when it is not a readable workbook. */
  static async open(fileName: string, bytes: Uint8Array, opts: FileServiceOptions): Promise<FileWorkbookService> {
    const snapshot = await readWorkbookInPage(bytes, opts.loadExcelJs);
    let settings: OfficeSettings;
    try {
      settings = readOfficeSettings(unzipWebExtensions(bytes));
    } catch {
      // The sheets were readable; damaged add-in settings are left behind, as the add-in would.
      settings = new Map();
    }
    return new FileWorkbookService(fileName, bytes, snapshot, settings, opts);
  }

  private get locale(): Locale {
    return this.opts.locale?.() ?? DEFAULT_LOCALE;
  }

  async readSnapshot(onProgress?: ProgressFn): Promise<WorkbookSnapshot> {
    onProgress?.(1);
    return this.snapshot;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const m = webMessages(this.locale);
    if (!this.snapshot.sheets.some((s) => s.name === sheet)) throw new Error(m.noSheet(sheet));
    const first = cell.split(":")[0];
    if (!CELL.test(first)) throw new Error(m.badCell(sheet, cell));
    this.opts.showCell(sheet, first.replace(/\$/g, "").toUpperCase());
  }

  async markIssues(issues: readonly Issue[]): Promise<MarkResult> {
    const lib = await this.opts.loadExcelJs();
    const copy = await markedCopy(lib, this.original, issues, this.settings);
    this.opts.download(`${baseName(this.fileName)}-danh-dau.xlsx`, copy.bytes);
    return { marked: copy.cells, notes: [] };
  }

  async clearMarks(): Promise<ClearMarksResult> {
    const lib = await this.opts.loadExcelJs();
    const copy = await clearedCopy(lib, this.original, this.settings);
    if (copy.bytes) this.opts.download(`${baseName(this.fileName)}-bo-danh-dau.xlsx`, copy.bytes);
    return { restored: copy.cells, notes: [] };
  }

  async existingReportSheets(names: readonly string[]): Promise<string[]> {
    // A copy is a new file: nothing in the original is replaced, but the copy replaces the
    // add-in's own report sheets of the same names, as the add-in does; say so first.
    const owned = ownSheetNames(this.snapshot.sheets);
    return names.filter((n) => owned.has(n));
  }

  async writeReports(specs: readonly SheetSpec[], onProgress?: ProgressFn): Promise<WriteReportResult> {
    onProgress?.(0.1);
    await this.opts.loadExcelJs();
    onProgress?.(0.4);
    const { bytes, result } = await reportCopy(this.original, specs, this.settings, ownSheetNames(this.snapshot.sheets));
    onProgress?.(1);
    this.opts.download(reportFileName(this.fileName, specs), bytes);
    return result;
  }

  async insertTrackingTemplate(spec: SheetSpec, lists: TemplateLists): Promise<string> {
    const lib = await this.opts.loadExcelJs();
    const copy = await templateCopy(lib, this.original, spec, lists, LIST_SHEET_TEXT[this.locale], this.settings);
    this.opts.download(`${baseName(this.fileName)}-mau-theo-doi.xlsx`, copy.bytes);
    return copy.sheet;
  }

  async loadSetting(key: SettingKey): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  /** Kept with the open file and written into every copy the page makes of it. */
  async saveSetting(key: SettingKey, value: string | null): Promise<void> {
    if (value === null) this.settings.delete(key);
    else this.settings.set(key, value);
  }

  /** A chosen file does not change while it is open. */
  async onDataChanged(): Promise<() => void> {
    return () => undefined;
  }
}
