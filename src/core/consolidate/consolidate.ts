/**
 * Several workbooks as one body of activities (docs/consolidation.md). Each file is read and
 * checked on its own, as always; the consolidated data then holds every file's activities, each
 * copy naming its file in its sheet ("[van-phong.xlsx]Theo dõi", the way Excel names another
 * workbook's sheet) and carrying its source: file, sheet and unit. Row issues keep their place
 * (relabelled the same way); what only makes sense over the whole — the plan's coverage, and the
 * same activity recorded in two files — is checked again on the consolidated data. The figures
 * then follow the one counting rule (src/core/progress/counting.ts), so an activity two units
 * both recorded is counted once.
 */
import { progressFigures, type Analysis, type AnalysisOptions } from "../engine";
import { DEFAULT_LOCALE } from "../i18n/locale";
import type { PlanModel } from "../plan/model";
import { obligationStatuses } from "../progress";
import type { Activity, BookYears, TrackingData, TrackingTable } from "../read/types";
import type { WorkbookSnapshot } from "../snapshot";
import { COVERAGE_RULES } from "../validate/coverage";
import { ruleDescriptor, type Issue } from "../validate/issue";
import { sortIssues, summarize, validateTracking } from "../validate/validate";
import { FILE_RULES } from "./file-rules";
import { titleUnitOf, unitDisplayName, unitFromFileName, type UnitSource } from "./source-unit";

/** One workbook to consolidate: its name as the user gave it, its snapshot and its own analysis. */
export interface SourceWorkbook {
  file: string;
  book: WorkbookSnapshot;
  analysis: Analysis;
  /** The user's correction of the file's unit (`--unit FILE=NAME`, the pane's field). */
  unit?: string;
}

/** What the consolidation made of one file. */
export interface ConsolidatedFile {
  file: string;
  /** The file as consolidated sheets name it: its base name, or the whole name when two share one. */
  label: string;
  analysis: Analysis;
  /** The file's unit: rows with a unit of their own (a unit column) keep theirs, unless corrected. */
  unit: string;
  unitSource: UnitSource;
  /** Some table of the file has a unit column. */
  unitColumn: boolean;
}

/** The consolidated analysis: the same shape as one workbook's, plus the files it came from. */
export interface Consolidation extends Analysis {
  files: ConsolidatedFile[];
}

/** The sheet name of a consolidated row: "[file]sheet". */
export const consolidatedSheet = (label: string, sheet: string): string => `[${label}]${sheet}`;

function labelsOf(files: readonly string[]): string[] {
  const base = files.map((f) => f.split(/[\\/]/).pop() ?? f);
  return base.map((b, i) => (base.filter((x) => x.toLowerCase() === b.toLowerCase()).length > 1 ? (files[i] ?? b) : b));
}

/** A file's unit: the user's, else its title rows', else its name's. */
export function fileUnitOf(src: Pick<SourceWorkbook, "file" | "book" | "unit" | "analysis">, plan: PlanModel): { unit: string; source: UnitSource } {
  const given = src.unit?.trim();
  if (given) return { unit: given, source: "override" };
  const titled = titleUnitOf(src.book, src.analysis.data.tables, plan);
  if (titled !== null) return { unit: titled, source: "title" };
  return { unit: unitDisplayName(unitFromFileName(src.file), plan), source: "file" };
}

/** The years the files together track: null (the whole period) when any file says nothing. */
function unionOfYears(all: readonly TrackingData[]): BookYears | null {
  let from = Infinity;
  let to = -Infinity;
  for (const d of all) {
    if (!d.bookYears) return null;
    from = Math.min(from, d.bookYears.from);
    to = Math.max(to, d.bookYears.to);
  }
  return from === Infinity ? null : { from, to, source: "sheets" };
}

const isCoverage = (i: Issue): boolean => ruleDescriptor(i.rule).family === "coverage";

/**
 * The files as one: every file's row issues relabelled, the plan's coverage and the duplicates
 * across files checked on the whole, issues sorted in file then sheet and row order.
 */
export function consolidate(sources: readonly SourceWorkbook[], plan: PlanModel, opts: AnalysisOptions): Consolidation {
  const labels = labelsOf(sources.map((s) => s.file));
  const files: ConsolidatedFile[] = [];
  const tables: TrackingTable[] = [];
  const legacyCells: TrackingData["legacyCells"] = [];
  const sheetsRead: string[] = [];
  const fileIssues: Issue[] = [];
  sources.forEach((src, fileIndex) => {
    const label = labels[fileIndex] ?? src.file;
    const data = src.analysis.data;
    const { unit, source } = fileUnitOf(src, plan);
    const relabel = (sheet: string): string => consolidatedSheet(label, sheet);
    files.push({ file: src.file, label, analysis: src.analysis, unit, unitSource: source, unitColumn: data.tables.some((t) => t.columns.unit !== undefined) });
    const rowUnit = (a: Activity): string => {
      if (source === "override" || a.unit === null || a.unit.trim() === "") return unit;
      return unitDisplayName(a.unit, plan);
    };
    for (const t of data.tables) {
      const activities = t.activities.map((a): Activity => {
        const unitOfRow = rowUnit(a);
        // A row with no unit of its own is the file's unit's (as if its unit column said so).
        const unitCell = a.unit === null || a.unit.trim() === "" ? unitOfRow : a.unit;
        return { ...a, sheet: relabel(a.sheet), unit: unitCell, source: { file: src.file, fileIndex, sheet: a.sheet, unit: unitOfRow } };
      });
      tables.push({ ...t, sheet: relabel(t.sheet), activities, totals: t.totals.map((x) => ({ ...x, sheet: relabel(x.sheet) })) });
    }
    for (const c of data.legacyCells) legacyCells.push({ ...c, sheet: relabel(c.sheet) });
    for (const s of data.sheetsRead) sheetsRead.push(relabel(s));
    for (const i of src.analysis.issues) {
      if (isCoverage(i)) continue;
      fileIssues.push(i.sheet === undefined ? i : { ...i, sheet: relabel(i.sheet) });
    }
  });
  const bookYears = unionOfYears(sources.map((s) => s.analysis.data));
  const data: TrackingData = { tables, legacyCells, sheetsRead, activities: tables.flatMap((t) => t.activities), ...(bookYears ? { bookYears } : {}) };
  const statuses = obligationStatuses(data, plan, opts.asOf);
  const whole = validateTracking(data, plan, { asOf: opts.asOf, locale: opts.locale ?? DEFAULT_LOCALE, statuses, rules: [...FILE_RULES, ...COVERAGE_RULES] });
  const issues = sortIssues([...fileIssues, ...whole.issues], sheetsRead);
  return {
    files,
    data,
    issues,
    notes: whole.notes,
    summary: summarize(issues),
    statuses,
    progress: progressFigures(statuses, plan, opts.asOf),
  };
}

/** Two inputs that are the same file (the same name given twice): their positions, or null. */
export function repeatedFile(files: readonly string[], same: (a: string, b: string) => boolean = (a, b) => a === b): [number, number] | null {
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const a = files[i];
      const b = files[j];
      if (a !== undefined && b !== undefined && same(a, b)) return [i, j];
    }
  }
  return null;
}
