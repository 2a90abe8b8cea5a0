import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import { XLSX_READ_MESSAGES, type XlsxReadParams, type XlsxReadReason } from "./xlsx-messages";

export type XlsxReadErrorCode = "not-found" | "not-xlsx" | "encrypted" | "unreadable";

const CODE_OF: Record<XlsxReadReason, XlsxReadErrorCode> = {
  notFound: "not-found",
  isDirectory: "not-found",
  noPermission: "unreadable",
  ioError: "unreadable",
  emptyFile: "not-xlsx",
  lockFile: "not-xlsx",
  legacyXls: "not-xlsx",
  textFile: "not-xlsx",
  otherZip: "not-xlsx",
  odsFile: "not-xlsx",
  xlsbFile: "not-xlsx",
  notXlsx: "not-xlsx",
  encrypted: "encrypted",
  contentUnreadable: "unreadable",
  partTooLarge: "unreadable",
  rowOutOfRange: "unreadable",
  missingSheetPart: "unreadable",
};

/**
 * A workbook that cannot be read, with a message that says what to do about it (Vietnamese by
 * default). `code` is for programs; `reason` picks the exact message; `cause` keeps the
 * underlying error for debugging, never shown to users.
 */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  readonly reason: XlsxReadReason;
  private readonly params: unknown;

  constructor(reason: XlsxReadReason, params?: XlsxReadParams[XlsxReadReason], cause?: unknown) {
    super(messageOf(reason, params, DEFAULT_LOCALE), cause === undefined ? undefined : { cause });
    this.name = "XlsxReadError";
    this.code = CODE_OF[reason];
    this.reason = reason;
    this.params = params;
  }

  /** The message in the given language. */
  messageIn(locale: Locale): string {
    return messageOf(this.reason, this.params, locale);
  }
}

function messageOf(reason: XlsxReadReason, params: unknown, locale: Locale): string {
  const fn = XLSX_READ_MESSAGES[locale][reason] as (p: unknown) => string;
  return fn(params);
}
