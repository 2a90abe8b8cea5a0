/**
 * Whether a sheet still looks like one of the add-in's forms (BC, B01–B03, KT), from its own
 * cells. A sheet's mark (src/core/owned-sheet-mark.ts) says the add-in wrote it, but a mark can be
 * wrong: a user may have typed their own table over a report sheet, or moved the marked block.
 * A sheet that carries the mark but fails this check is treated as the user's: read, checked and
 * never replaced.
 *
 * The signatures are the forms' fixed texts, taken from the message catalogues the builders
 * write them from, in every locale: the national line, the motto and the "BÁO CÁO" title of BC;
 * the label ("Biểu 01") and the title of a table; the title and the introduction of KT; the note
 * of the dropdown-list sheet. Each form carries at least two of them in different rows, so
 * deleting a row or a column of the header still leaves one.
 */
import { B04_TEXT } from "../i18n/b04-messages";
import { BC_TEXT } from "../i18n/report-messages";
import { CHECK_SHEET_TEXT, LIST_SHEET_TEXT, TABLE_TEXT } from "../i18n/table-messages";
import type { Locale } from "../i18n/locale";
import type { CellValue } from "../snapshot";

/** How much of the sheet is looked at: the header of every form fits, with rows to spare. */
export const SIGNATURE_ROWS = 20;
export const SIGNATURE_COLS = 12;
/** The block an adapter reads to run the check (A1 notation). */
export const SIGNATURE_ADDRESS = "A1:L20";

const LOCALES: readonly Locale[] = ["vi", "en"];

function normalise(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toUpperCase();
}

/** The fixed start of a title whose end varies (year, period): what two instances share. */
function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return normalise(a.slice(0, i));
}

interface Signatures {
  /** Texts a cell must equal. */
  whole: Set<string>;
  /** Texts a cell must start with. */
  starts: string[];
}

function buildSignatures(): Signatures {
  const whole = new Set<string>([normalise(BC_TEXT.national), normalise(BC_TEXT.motto)]);
  // BC's title cell is "BÁO CÁO" with the subject on its next line; "BÁO CÁO" alone is too common.
  const bcTitle = (year: number | null, from: number, to: number): string => `${BC_TEXT.title}\n${BC_TEXT.subject({ year, from, to })}`;
  const starts: string[] = [commonPrefix(bcTitle(2024, 2021, 2025), bcTitle(2023, 2021, 2025)), commonPrefix(bcTitle(null, 2021, 2025), bcTitle(null, 2016, 2020))];
  for (const loc of LOCALES) {
    const t = TABLE_TEXT[loc];
    for (const code of ["B01", "B02", "B03", "B04"] as const) whole.add(normalise(t.form(code)));
    starts.push(commonPrefix(t.titleB01(2024, 2021, 2025), t.titleB01(null, 2021, 2025)));
    starts.push(commonPrefix(t.titleB02(2024, 2021, 2025), t.titleB02(null, 2021, 2025)));
    starts.push(commonPrefix(t.titleB03(2021, 2025), t.titleB03(2016, 2020)));
    starts.push(commonPrefix(B04_TEXT[loc].title(2024, 2021, 2025), B04_TEXT[loc].title(null, 2021, 2025)));
    const k = CHECK_SHEET_TEXT[loc];
    starts.push(commonPrefix(k.title(k.scopeYear(2024)), k.title(k.scopePeriod(2021, 2025))));
    whole.add(normalise(k.intro));
    whole.add(normalise(LIST_SHEET_TEXT[loc].note));
  }
  // A short shared start would match ordinary text: keep only distinctive ones.
  return { whole, starts: starts.filter((s) => s.length >= 6) };
}

let signatures: Signatures | null = null;

/** True when a cell's text is one of the forms' fixed texts. */
export function isFormSignatureText(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length === 0) return false;
  signatures ??= buildSignatures();
  const text = normalise(value);
  if (signatures.whole.has(text)) return true;
  const spaced = `${text} `;
  return signatures.starts.some((s) => spaced.startsWith(s));
}

/**
 * True when the first rows of a sheet (values[r][c] is row r+1, column c+1 from A1, as in a
 * snapshot or an Office.js range read from A1) hold a text of one of the forms.
 */
export function looksLikeOwnForm(values: readonly (readonly CellValue[] | undefined)[]): boolean {
  const rows = Math.min(values.length, SIGNATURE_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r];
    if (!row) continue;
    const cols = Math.min(row.length, SIGNATURE_COLS);
    for (let c = 0; c < cols; c++) if (isFormSignatureText(row[c])) return true;
  }
  return false;
}

/** The column of the list sheet's note: after the lists, with one empty column between, within the head. */
export function listNoteColumn(lists: { lists: readonly unknown[] }): number {
  return Math.min(lists.lists.length + 2, SIGNATURE_COLS);
}

/** "Danh mục BĐG" or "Danh mục BĐG (2)": the name the list sheet got before it carried its note. */
function isListSheetName(name: string): boolean {
  const key = normalise(name).replace(/ \(\d+\)$/, "");
  return LOCALES.some((loc) => normalise(LIST_SHEET_TEXT[loc].name) === key);
}

/**
 * Whether a sheet that carries the add-in's mark is really the add-in's: its first rows hold a
 * form's fixed text, or it is a dropdown-list sheet written before list sheets carried their
 * note (recognised by its name). The one decision the readers and both writers follow.
 */
export function isOwnSheet(name: string, values: readonly (readonly CellValue[] | undefined)[]): boolean {
  return looksLikeOwnForm(values) || isListSheetName(name);
}

/** The sheets of a snapshot that are the add-in's own: marked, and confirmed by their cells. */
export function ownSheetNames(sheets: ReadonlyArray<{ name: string; ownedByAddin?: boolean; values: readonly (readonly CellValue[] | undefined)[] }>): Set<string> {
  return new Set(sheets.filter((s) => s.ownedByAddin === true && isOwnSheet(s.name, s.values)).map((s) => s.name));
}
