import type { WorkbookSnapshot } from "../core/snapshot";
import { readSharedStrings, type SharedString } from "./shared-strings";
import { readSheetXml } from "./sheet-xml";
import { readWorkbookLayout, StyleTable } from "./workbook-parts";
import { UnsupportedXml } from "./xml-scanner";
import { readZipEntry, type ZipEntry } from "./zip-entries";

/**
 * .xlsx -> WorkbookSnapshot without exceljs's full load: the sheets and shared strings are read
 * straight from their XML (several times faster, a fraction of the memory), the small parts with
 * exceljs's own parsers. The result is the one the full load gives (tests compare both); a
 * workbook shaped in a way this reader leaves to exceljs throws (UnsupportedXml, or whatever a
 * damaged part causes), and the caller then reads it with exceljs.
 */
export async function readDirect(bytes: Buffer, entries: readonly ZipEntry[], workbookXml: string, declaredDate1904: boolean): Promise<WorkbookSnapshot> {
  const parts = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue; // a folder
    // exceljs keeps the last of two entries of one name; not worth copying.
    if (parts.has(entry.name)) throw new UnsupportedXml(`two parts named ${entry.name}`);
    parts.set(entry.name, entry);
  }
  const partText = (name: string): string | undefined => {
    const entry = parts.get(name);
    if (!entry) return undefined;
    const content = readZipEntry(bytes, entry);
    if (!content) throw new UnsupportedXml(`unreadable part ${name}`);
    return content.toString("utf8");
  };

  const layout = await readWorkbookLayout(workbookXml, partText("xl/_rels/workbook.xml.rels"), [...parts.keys()]);
  // Without styles.xml exceljs fails on any styled row; such files are rare enough to leave to it.
  const stylesXml = partText("xl/styles.xml");
  if (stylesXml === undefined) throw new UnsupportedXml("no styles part");
  const styles = await StyleTable.read(stylesXml);
  const sharedXml = partText("xl/sharedStrings.xml");
  const sharedStrings: SharedString[] = sharedXml === undefined ? [] : readSharedStrings(sharedXml);

  const sheets = layout.sheets.map(({ name, part, ownedByAddin }) => {
    const xml = partText(part);
    if (xml === undefined) throw new UnsupportedXml(`missing ${part}`);
    return readSheetXml(xml, name, ownedByAddin, { sharedStrings, styles, exceljsDate1904: layout.exceljsDate1904 });
  });
  return { sheets, date1904: layout.exceljsDate1904 || declaredDate1904 };
}
