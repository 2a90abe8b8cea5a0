import type { WorkbookSnapshot } from "../core/snapshot";
import { MAIN_RELS, type PackageView } from "./package-view";
import { readSharedStrings, type SharedString } from "./shared-strings";
import { readSheetXml } from "./sheet-xml";
import { readWorkbookLayout, StyleTable } from "./workbook-parts";
import { UnsupportedXml } from "./xml-scanner";

/**
 * .xlsx -> WorkbookSnapshot without exceljs's full load: the sheets and shared strings are read
 * straight from their XML (several times faster, a fraction of the memory), the small parts with
 * exceljs's own parsers. The result is the one the full load gives (tests compare both); a
 * workbook shaped in a way this reader leaves to exceljs throws UnsupportedXml (or whatever a
 * damaged part causes), and the caller then reads it with exceljs. A workbook that is damaged
 * beyond doubt (a missing sheet part, a row beyond Excel's last) throws XlsxReadError, and a zip
 * bomb OversizedPart: neither is worth a second try.
 */
export async function readDirect(view: PackageView, workbookXml: string, declaredDate1904: boolean): Promise<WorkbookSnapshot> {
  // exceljs keeps the last of two entries of one name; not worth copying.
  if (view.duplicates.length > 0) throw new UnsupportedXml(`two parts named ${view.duplicates[0]}`);
  const partText = (name: string): string | undefined => {
    const content = view.text(name);
    if (content === null) throw new UnsupportedXml(`unreadable part ${name}`);
    return content;
  };

  const layout = await readWorkbookLayout(workbookXml, partText(MAIN_RELS), view.names);
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
