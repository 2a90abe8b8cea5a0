import type { WorkbookSnapshot } from "../core/snapshot";
import type { Locale } from "../core/i18n/locale";
import { readWorkbookFile, XlsxReadError } from "../xlsx/read-workbook";
import { CliFailure } from "./context";
import { CLI_MESSAGES } from "./messages";
import { scrubbedReason } from "./os-reason";

/** A workbook that cannot be read: the one line for stderr, and the code and message for `--json`. */
export class UnreadableWorkbook extends CliFailure {
  constructor(
    readonly file: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Read one .xlsx, turning every read failure into a one-line reason (exit status 2). */
export async function loadWorkbook(file: string, locale: Locale): Promise<WorkbookSnapshot> {
  try {
    return await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new UnreadableWorkbook(file, e.code, e.messageIn(locale));
    throw new UnreadableWorkbook(file, "unreadable", scrubbedReason(e, CLI_MESSAGES[locale]));
  }
}
