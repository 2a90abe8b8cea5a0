import type { SheetSpec } from "../core/report/sheet-spec";
import type { ExcelHost } from "./excel-host";
import { freeSheetName, queueMark, queueUnmark, queueWorkbookSheets, type WorkbookSheets } from "./owned-marks";
import type { ProgressFn, TemplateLists, WriteReportResult } from "./workbook-service";
import { queueFormats, queueValues } from "./write-sheet-spec";

/**
 * Writing whole sheets into the open workbook, in a fixed number of syncs whatever the number
 * and size of the sheets: (1) what sheets and marks exist, (2) sheets added or replaced and every
 * value written, (3) every format, merge and print setting, and the first sheet activated.
 * Calculation is suspended for each write sync, and the add-in's own events are off while it
 * writes, so that its listeners do not take its writes for the user's edits.
 */

interface Batch {
  info: WorkbookSheets;
  eventsWere: boolean;
}

async function begin(context: Excel.RequestContext, host: ExcelHost): Promise<Batch> {
  const read = queueWorkbookSheets(context);
  const canToggleEvents = host.supports("1.8");
  if (canToggleEvents) context.runtime.load("enableEvents");
  await context.sync();
  const eventsWere = canToggleEvents ? context.runtime.enableEvents : true;
  if (canToggleEvents) context.runtime.enableEvents = false;
  return { info: read(), eventsWere };
}

async function end(context: Excel.RequestContext, host: ExcelHost, batch: Batch | null): Promise<void> {
  if (!batch || !host.supports("1.8")) return;
  context.runtime.enableEvents = batch.eventsWere;
  await context.sync();
}

function suspendCalculation(context: Excel.RequestContext, host: ExcelHost): void {
  if (host.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
}

/**
 * Write report sheets: a sheet of the same name that the add-in wrote is replaced; a user's sheet
 * of that name is kept and the report gets a free name. Every written sheet is marked as the
 * add-in's; the first is activated.
 */
export async function writeReportSheets(
  context: Excel.RequestContext,
  host: ExcelHost,
  specs: readonly SheetSpec[],
  onProgress: ProgressFn = () => undefined,
): Promise<WriteReportResult> {
  const result: WriteReportResult = { written: [], replaced: [], renamed: [] };
  if (specs.length === 0) return result;
  let batch: Batch | null = null;
  try {
    batch = await begin(context, host);
    onProgress(0.2);
    const { info } = batch;
    const taken = new Set(info.names);
    const sheets = context.workbook.worksheets;
    suspendCalculation(context, host);
    const written: Array<{ sheet: Excel.Worksheet; spec: SheetSpec }> = [];
    for (const spec of specs) {
      const exists = info.names.some((n) => n.toLowerCase() === spec.name.toLowerCase());
      const ours = exists && [...info.owned].some((n) => n.toLowerCase() === spec.name.toLowerCase());
      let name = spec.name;
      // Add under a temporary name first: the workbook never has no visible sheet.
      const sheet = sheets.add(freeSheetName(`~${spec.name}`, taken));
      if (ours) {
        const old = info.names.find((n) => n.toLowerCase() === spec.name.toLowerCase()) as string;
        queueUnmark(context, info, old);
        sheets.getItem(old).delete();
        taken.delete(old);
        result.replaced.push(old);
      } else if (exists) {
        name = freeSheetName(spec.name, taken);
        result.renamed.push({ wanted: spec.name, used: name });
      }
      taken.add(name);
      sheet.name = name;
      queueValues(sheet, spec);
      queueMark(context, sheet, info.takenNames);
      written.push({ sheet, spec });
      result.written.push(name);
    }
    await context.sync();
    onProgress(0.6);
    suspendCalculation(context, host);
    const pageLayout = host.supports("1.9");
    for (const w of written) queueFormats(w.sheet, w.spec, { pageLayout });
    written[0].sheet.activate();
    await context.sync();
    onProgress(1);
    return result;
  } finally {
    await end(context, host, batch);
  }
}

/**
 * Insert a tracking sheet (the user's, not marked) with dropdown lists. The lists' values go to a
 * hidden sheet the add-in owns ("Danh mục BĐG"), one column per list, because a list typed into
 * the rule itself is limited to 255 characters and cannot hold a comma; the rule points there.
 */
export async function insertTemplateSheet(
  context: Excel.RequestContext,
  host: ExcelHost,
  spec: SheetSpec,
  lists: TemplateLists,
  listSheetName: string,
): Promise<string> {
  let batch: Batch | null = null;
  try {
    batch = await begin(context, host);
    const { info } = batch;
    const taken = new Set(info.names);
    const sheets = context.workbook.worksheets;
    suspendCalculation(context, host);
    const name = freeSheetName(spec.name, taken);
    taken.add(name);
    const sheet = sheets.add(name);
    queueValues(sheet, spec);

    // The list sheet: ours is rewritten in place (earlier templates keep pointing at it).
    const existing = info.names.find((n) => n.toLowerCase() === listSheetName.toLowerCase());
    const ours = existing !== undefined && info.owned.has(existing);
    const listName = ours ? (existing as string) : freeSheetName(listSheetName, taken);
    let listSheet: Excel.Worksheet;
    if (ours) {
      listSheet = sheets.getItem(listName);
      listSheet.getRange().clear();
    } else {
      listSheet = sheets.add(listName);
      queueMark(context, listSheet, info.takenNames);
    }
    lists.lists.forEach((l, i) => {
      if (l.values.length === 0) return;
      const values = l.values.map((v) => [/^\p{L}/u.test(v) ? v : `'${v}`]);
      listSheet.getRangeByIndexes(0, i, values.length, 1).values = values;
    });
    await context.sync();

    suspendCalculation(context, host);
    queueFormats(sheet, spec, { pageLayout: host.supports("1.9") });
    if (host.supports("1.8")) {
      lists.lists.forEach((l, i) => {
        if (l.values.length === 0 || lists.lastDataRow < lists.firstDataRow) return;
        const target = sheet.getRangeByIndexes(lists.firstDataRow - 1, l.col - 1, lists.lastDataRow - lists.firstDataRow + 1, 1);
        target.dataValidation.clear();
        target.dataValidation.rule = { list: { inCellDropDown: true, source: listSheet.getRangeByIndexes(0, i, l.values.length, 1) } };
      });
    }
    if (!ours) listSheet.visibility = "Hidden";
    sheet.activate();
    await context.sync();
    return name;
  } finally {
    await end(context, host, batch);
  }
}
