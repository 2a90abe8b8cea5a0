import type { ListSheetTexts } from "../core/i18n/table-messages";
import { listNoteColumn } from "../core/report/form-signature";
import { planSheetWrites, type SheetWritePlan } from "../core/report/sheet-names";
import type { SheetSpec } from "../core/report/sheet-spec";
import type { ExcelHost } from "./excel-host";
import { excelMessages, ExcelUserError, quotedList } from "./excel-messages";
import { excelSheetName, freeSheetName, queueMark, queueUnmark, queueWorkbookSheets, type WorkbookSheets } from "./owned-marks";
import type { ProgressFn, TemplateLists, WriteReportResult } from "./workbook-service";
import { excelInput, queueFormats, queueValues, valueBlocks, type ValueBlock } from "./write-sheet-spec";

/** Bytes of values per request on Excel on the web: its cap is 5 MB, and commands add their own. */
export const WEB_REQUEST_BYTES = 4_000_000;

/**
 * Writing whole sheets into the open workbook, in a fixed number of syncs whatever the number
 * and size of the sheets. Report sheets are built under temporary names and only named, marked
 * and put in place of the earlier ones once complete, so a failure half-way leaves no
 * half-written report: the temporary sheets are deleted again. Calculation is suspended for each
 * write sync, and the add-in's own events are off while it writes (restored in `finally`), so
 * that its listeners do not take its writes for the user's edits.
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
  // Read before events go off: a failure here must not leave them off (nothing to restore yet).
  const info = await read();
  if (canToggleEvents) context.runtime.enableEvents = false;
  return { info, eventsWere };
}

async function end(context: Excel.RequestContext, host: ExcelHost, batch: Batch | null): Promise<void> {
  if (!batch || !host.supports("1.8")) return;
  context.runtime.enableEvents = batch.eventsWere;
  await context.sync();
}

function suspendCalculation(context: Excel.RequestContext, host: ExcelHost): void {
  if (host.supports("1.6")) context.application.suspendApiCalculationUntilNextSync();
}

/** Queue the blocks and sync: in one request on the desktop, in requests under the cap on the web. */
async function queueInRequests(context: Excel.RequestContext, host: ExcelHost, blocks: readonly ValueBlock[]): Promise<void> {
  const limit = host.onTheWeb ? WEB_REQUEST_BYTES : Number.POSITIVE_INFINITY;
  let bytes = 0;
  for (const b of blocks) {
    if (bytes > 0 && bytes + b.bytes > limit) {
      await context.sync();
      suspendCalculation(context, host);
      bytes = 0;
    }
    b.queue();
    bytes += b.bytes;
  }
  await context.sync();
}

/** The same plan as the .xlsx writer: own sheets of these names (or "name (n)") go, user sheets stay. */
function planFor(info: WorkbookSheets, wanted: readonly string[], ignore: ReadonlySet<string>): SheetWritePlan {
  const existing = info.names.filter((n) => !ignore.has(n)).map((name) => ({ name, owned: info.owned.has(name) }));
  return planSheetWrites(existing, wanted);
}

/** The add-in's earlier sheets that writing these report names would replace. */
export function sheetsToReplace(info: WorkbookSheets, names: readonly string[]): string[] {
  return planFor(info, names.map(excelSheetName), new Set()).remove;
}

/** Delete the sheets of these names still there (a failed write leaves none behind); their marks first. */
async function discardTemporary(context: Excel.RequestContext, temporary: ReadonlySet<string>): Promise<void> {
  if (temporary.size === 0) return;
  const read = queueWorkbookSheets(context);
  await context.sync();
  const info = await read();
  for (const name of info.names) {
    if (!temporary.has(name)) continue;
    queueUnmark(context, info, name);
    context.workbook.worksheets.getItem(name).delete();
  }
  await context.sync();
}

interface Built {
  sheet: Excel.Worksheet;
  spec: SheetSpec;
  temporary: string;
}

/** Queue: earlier own sheets deleted (marks first), the new ones named, marked, the first activated. */
function queuePutInPlace(context: Excel.RequestContext, info: WorkbookSheets, plan: SheetWritePlan, built: readonly Built[]): void {
  const sheets = context.workbook.worksheets;
  for (const old of plan.remove) {
    queueUnmark(context, info, old);
    sheets.getItem(old).delete();
  }
  built.forEach((b, i) => {
    b.sheet.name = plan.names[i].used;
    queueMark(context, b.sheet, info.takenNames);
  });
  built[0].sheet.activate();
}

/** The second try at naming: the sheets still under temporary names get names free now. */
async function putInPlaceAgain(
  context: Excel.RequestContext,
  info: WorkbookSheets,
  built: readonly Built[],
  plan: SheetWritePlan,
  wanted: readonly string[],
  temporary: ReadonlySet<string>,
): Promise<WriteReportResult> {
  const left = built.filter((b) => info.names.includes(b.temporary));
  const again = planFor(info, left.map((b) => wanted[built.indexOf(b)]), temporary);
  if (left.length > 0) {
    queuePutInPlace(context, info, again, left);
    await context.sync();
  }
  const names = built.map((b, i) => (left.includes(b) ? again.names[left.indexOf(b)] : plan.names[i]));
  const replaced = [...plan.remove.filter((n) => !info.names.includes(n)), ...again.remove];
  return { written: names.map((n) => n.used), replaced, renamed: names.filter((n) => n.used !== n.wanted) };
}

/**
 * Write report sheets: the add-in's own sheets of the same names are replaced; a user's sheet of
 * such a name is kept and the report gets a free name. Names are checked again just before the
 * sheets are named (a co-author may have added a sheet meanwhile); if naming still fails, the
 * names are read once more and the naming retried.
 */
export async function writeReportSheets(
  context: Excel.RequestContext,
  host: ExcelHost,
  specs: readonly SheetSpec[],
  onProgress: ProgressFn = () => undefined,
  locale?: Parameters<typeof excelMessages>[0],
): Promise<WriteReportResult> {
  if (specs.length === 0) return { written: [], replaced: [], renamed: [] };
  const wanted = specs.map((s) => excelSheetName(s.name));
  const temporary = new Set<string>();
  let batch: Batch | null = null;
  try {
    batch = await begin(context, host);
    onProgress(0.2);
    const first = planFor(batch.info, wanted, temporary);
    const locked = first.remove.filter((n) => batch?.info.sheets.find((s) => s.name === n)?.protected);
    if (locked.length > 0) throw new ExcelUserError(excelMessages(locale).protectedReports({ sheets: quotedList(locked) }));

    // Values, on sheets under temporary names; on the web in requests under its 5 MB.
    suspendCalculation(context, host);
    const taken = new Set(batch.info.names);
    const blocks: ValueBlock[] = [];
    const built: Built[] = specs.map((spec, i) => {
      const name = freeSheetName(`~${wanted[i]}`, taken);
      taken.add(name);
      temporary.add(name);
      const sheet = context.workbook.worksheets.add(name);
      blocks.push(...valueBlocks(sheet, spec));
      return { sheet, spec, temporary: name };
    });
    await queueInRequests(context, host, blocks);
    onProgress(0.5);

    // Formats, and the sheets and names as they are now.
    suspendCalculation(context, host);
    const pageLayout = host.supports("1.9");
    for (const b of built) queueFormats(b.sheet, b.spec, { pageLayout });
    let read = queueWorkbookSheets(context);
    await context.sync();
    onProgress(0.8);

    const now = await read();
    const plan = planFor(now, wanted, temporary);
    let result: WriteReportResult = { written: plan.names.map((n) => n.used), replaced: plan.remove, renamed: plan.names.filter((n) => n.used !== n.wanted) };
    try {
      queuePutInPlace(context, now, plan, built);
      await context.sync();
    } catch {
      // A sheet added by someone else since: read again and name what is still temporary.
      read = queueWorkbookSheets(context);
      await context.sync();
      result = await putInPlaceAgain(context, await read(), built, plan, wanted, temporary);
    }
    temporary.clear();
    onProgress(1);
    return result;
  } catch (e) {
    await discardTemporary(context, temporary).catch(() => undefined);
    throw e;
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
  listSheet: ListSheetTexts,
  locale?: Parameters<typeof excelMessages>[0],
): Promise<string> {
  let batch: Batch | null = null;
  const added = new Set<string>();
  try {
    batch = await begin(context, host);
    const { info } = batch;
    // The list sheet: ours is rewritten in place (earlier templates keep pointing at it).
    const existing = info.names.find((n) => n.toLowerCase() === listSheet.name.toLowerCase());
    const ours = existing !== undefined && info.owned.has(existing);
    if (ours && info.sheets.find((s) => s.name === existing)?.protected) throw new ExcelUserError(excelMessages(locale).protectedListSheet({ sheet: existing }));

    const taken = new Set(info.names);
    const sheets = context.workbook.worksheets;
    suspendCalculation(context, host);
    const name = freeSheetName(spec.name, taken);
    taken.add(name);
    added.add(name);
    const sheet = sheets.add(name);
    queueValues(sheet, spec);

    const listName = ours ? existing : freeSheetName(listSheet.name, taken);
    let listWs: Excel.Worksheet;
    if (ours) {
      listWs = sheets.getItem(listName);
      listWs.getRange().clear();
    } else {
      added.add(listName);
      listWs = sheets.add(listName);
      queueMark(context, listWs, info.takenNames);
    }
    lists.lists.forEach((l, i) => {
      if (l.values.length === 0) return;
      listWs.getRangeByIndexes(0, i, l.values.length, 1).values = l.values.map((v) => [excelInput(v)]);
    });
    // The note beside the lists: what tells this sheet from a user's that carries its mark.
    listWs.getRangeByIndexes(0, listNoteColumn(lists) - 1, 1, 1).values = [[excelInput(listSheet.note)]];
    await context.sync();

    suspendCalculation(context, host);
    queueFormats(sheet, spec, { pageLayout: host.supports("1.9") });
    if (host.supports("1.8")) {
      lists.lists.forEach((l, i) => {
        if (l.values.length === 0 || lists.lastDataRow < lists.firstDataRow) return;
        const target = sheet.getRangeByIndexes(lists.firstDataRow - 1, l.col - 1, lists.lastDataRow - lists.firstDataRow + 1, 1);
        target.dataValidation.clear();
        target.dataValidation.rule = { list: { inCellDropDown: true, source: listWs.getRangeByIndexes(0, i, l.values.length, 1) } };
      });
    }
    if (!ours) listWs.visibility = "Hidden";
    sheet.activate();
    await context.sync();
    return name;
  } catch (e) {
    // No half-made template or list sheet is left behind.
    await discardTemporary(context, added).catch(() => undefined);
    throw e;
  } finally {
    await end(context, host, batch);
  }
}
