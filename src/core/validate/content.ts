import { isCompleted } from "../progress/completion";
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import type { Rule } from "./rule";
import { at, cellOf, hasColumn, isBlankCell, isUnreadable, issueValue } from "./cells";

/** A status cell written but not in the vocabulary of DESIGN §3. */
export const badStatus: Rule = {
  code: "bad-status",
  severity: "warning",
  *check({ data, msg }) {
    for (const a of data.activities) {
      if (!isUnreadable(a, "status", a.status)) continue;
      const value = issueValue(a.raw.status);
      yield { ...at(a, "status"), value, message: msg.badStatus({ cell: cellOf(a, "status"), value }) };
    }
  },
};

/** A completed activity with its evidence cell blank, where the table has an evidence column. */
export const missingEvidence: Rule = {
  code: "missing-evidence",
  severity: "info",
  *check({ data, asOf, msg }) {
    for (const a of data.activities) {
      if (!hasColumn(a, "evidence") || !isBlankCell(a.raw.evidence) || !isCompleted(a, asOf)) continue;
      yield { ...at(a, "evidence"), message: msg.missingEvidence({ cell: cellOf(a, "evidence") }) };
    }
  },
};

/** Same task, same days and same folded text: what makes two rows the same activity. */
function duplicateKey(a: Activity): string | null {
  const text = a.activity === null ? "" : foldKey(a.activity);
  if (text === "") return null;
  const when = a.date ? `${a.date.start}-${a.date.end}` : a.year !== null ? `y${a.year}` : "";
  return `${a.taskId ?? a.unknownTaskId ?? ""}\u0000${when}\u0000${text}`;
}

/**
 * A row repeating an earlier one (same task, date span and activity text, folded), reported on the
 * later row and naming the first. Across sheets too: figures sum every table, so a row copied into
 * a second sheet would be counted twice. One Map, one pass.
 */
export const duplicateActivity: Rule = {
  code: "duplicate-activity",
  severity: "warning",
  *check({ data, msg }) {
    const first = new Map<string, Activity>();
    for (const a of data.activities) {
      const key = duplicateKey(a);
      if (key === null) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, a);
        continue;
      }
      const cell = cellOf(a, "activity");
      yield {
        ...at(a, "activity"),
        message: msg.duplicateActivity({
          cell,
          row: a.row,
          earlierRow: earlier.row,
          earlierSheet: earlier.sheet === a.sheet ? null : earlier.sheet,
        }),
      };
    }
  },
};

export const CONTENT_RULES: readonly Rule[] = [badStatus, duplicateActivity, missingEvidence];
