import type { WorkbookSnapshot } from "../core/snapshot";
import type { Locale } from "../core/i18n/locale";
import { readWorkbookFile, XlsxReadError } from "../xlsx/read-workbook";
import { CliFailure } from "./context";

/** Read one .xlsx, turning every read failure into a one-line reason (exit status 2). */
export async function loadWorkbook(file: string, locale: Locale): Promise<WorkbookSnapshot> {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliFailure(`${file}: ${e.messageIn(locale)}`);
    throw new CliFailure(`${file}: ${(e as Error).message}`);
  }
}
