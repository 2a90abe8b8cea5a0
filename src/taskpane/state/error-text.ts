/**
 * The technical part of an error, for the small print of a message bar: Office errors carry a
 * code (e.g. "InvalidArgument") and a message; anything else is shown as its message or text.
 */
export function errorDetail(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    const msg = e.message || e.name;
    return typeof code === "string" && code !== "" && !msg.includes(code) ? `${code}: ${msg}` : msg;
  }
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Excel.ErrorCodes.invalidOperationInCellEditMode: the user is typing in a cell, so Excel takes no request. */
const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** The error Excel gives while a cell is being edited (its fix is the user's: Enter or Esc). */
export function isCellEditing(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === CELL_EDIT_MODE;
}
