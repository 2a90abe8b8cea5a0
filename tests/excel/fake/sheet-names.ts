import { FakeApiError } from "./errors";

/**
 * Excel's rules for a worksheet name (the same as the Format Cells > Rename dialog enforces):
 * 1 to 31 characters, none of [ ] : * ? / \, no apostrophe at either end, not "History", and
 * unique in the workbook ignoring case. Office.js refuses a bad name at the sync with
 * InvalidArgument (or ItemAlreadyExists for a taken one).
 */
export function checkSheetName(name: string, others: readonly string[]): void {
  const bad = (why: string): never => {
    throw new FakeApiError("InvalidArgument", `The sheet name "${name}" is not valid: ${why}.`);
  };
  if (typeof name !== "string" || name.length === 0) bad("empty");
  if (name.length > 31) bad("longer than 31 characters");
  if (/[[\]:*?/\\]/.test(name)) bad("contains one of [ ] : * ? / \\");
  if (name.startsWith("'") || name.endsWith("'")) bad("begins or ends with an apostrophe");
  if (name.toLowerCase() === "history") bad("reserved");
  const lower = name.toLowerCase();
  if (others.some((o) => o.toLowerCase() === lower)) throw new FakeApiError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}
