/**
 * The rules about data consolidated from several workbooks (src/core/consolidate): a family of
 * its own, run with every other rule, silent on one workbook's data (no row has a source there).
 */
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import { cellOf, findingAt, realColumn } from "../validate/cells";
import type { RuleDescriptor } from "../validate/descriptor";
import type { DataRule, Rule } from "../validate/rule";

/** The rules of this family, as the rest of the product knows them (see validate/descriptor.ts). */
export const FILE_DESCRIPTORS = {
  duplicateAcrossFiles: { code: "duplicate-across-files", severity: "warning", family: "files", listed: 28, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/**
 * What makes two rows the same activity, as duplicate-activity decides within a file: the task
 * (or the id as written), the days, and the activity text folded. Null for a row with no text.
 */
export function sameActivityKey(a: Activity): string | null {
  if (a.activity === null) return null;
  const text = foldKey(a.activity);
  if (text === "") return null;
  const when = a.date ? `${a.date.start}-${a.date.end}` : a.year !== null ? `y${a.year}` : "";
  return `${a.taskId ?? a.unknownTaskId ?? ""}\u0000${when}\u0000${text}`;
}

/**
 * The same activity recorded in two of the consolidated workbooks (same task, days and text,
 * folded): a warning on the later file's row, naming both places. The figures count it once, from
 * the first file (src/core/progress/counting.ts). Repeats within one file are duplicate-activity's.
 */
export const duplicateAcrossFiles: DataRule = {
  ...FILE_DESCRIPTORS.duplicateAcrossFiles,
  check({ data, msg }, out) {
    const first = new Map<string, Activity>();
    for (const a of data.activities) {
      const src = a.source;
      if (src === undefined) continue;
      const key = sameActivityKey(a);
      if (key === null) continue;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, a);
        continue;
      }
      const before = earlier.source;
      if (before === undefined || before.fileIndex === src.fileIndex) continue;
      const col = realColumn(a.columns.activity);
      const message = msg.duplicateAcrossFiles({
        cell: cellOf(a, col),
        file: src.file,
        sheet: src.sheet,
        unit: src.unit,
        earlierFile: before.file,
        earlierSheet: before.sheet,
        earlierCell: cellOf(earlier, realColumn(earlier.columns.activity)),
        earlierUnit: before.unit,
      });
      out.push(findingAt(a, col, message));
    }
  },
};

export const FILE_RULES: readonly Rule[] = [duplicateAcrossFiles];
