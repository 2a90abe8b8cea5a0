import { isCompleted } from "../progress/completion";
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import type { DataRule, Rule, RowRule } from "./rule";
import { FirstByHash } from "./first-by-hash";
import { foldHash } from "./fold-hash";
import { cellOf, findingAt, isBlankCell, isUnreadable, issueValue, realColumn } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const CONTENT_DESCRIPTORS = {
  badStatus: { code: "bad-status", severity: "warning", family: "content", listed: 11, report: "data-problem" },
  missingEvidence: { code: "missing-evidence", severity: "info", family: "content", listed: 24, report: "none" },
  duplicateActivity: { code: "duplicate-activity", severity: "warning", family: "content", listed: 21, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/** A status cell written but not in the status vocabulary (docs/design.md#progress). */
export const badStatus: RowRule = {
  ...CONTENT_DESCRIPTORS.badStatus,
  rows: ({ msg }) => ({
    activity(a, cols, out) {
      if (!isUnreadable(cols, a.raw, "status", a.status)) return;
      const value = issueValue(a.raw.status);
      out.push(findingAt(a, cols.status, msg.badStatus({ cell: cellOf(a, cols.status), value }), value));
    },
  }),
};

/** A completed activity with its evidence cell blank, where the table has an evidence column. */
export const missingEvidence: RowRule = {
  ...CONTENT_DESCRIPTORS.missingEvidence,
  rows: ({ asOf, msg }) => ({
    activity(a, cols, out) {
      if (cols.evidence === undefined || !isBlankCell(a.raw.evidence) || !isCompleted(a, asOf)) return;
      out.push(findingAt(a, cols.evidence, msg.missingEvidence({ cell: cellOf(a, cols.evidence) })));
    },
  }),
};

/** What, besides the folded text, makes two rows the same activity: the task and the days. */
function taskAndTime(a: Activity): string {
  const when = a.date ? `${a.date.start}-${a.date.end}` : a.year !== null ? `y${a.year}` : "";
  return `${a.taskId ?? a.unknownTaskId ?? ""}\u0000${when}`;
}

/** The rows met so far whose texts fold alike, and among them the first of each task and time. */
interface SameText {
  first: Activity;
  text: string;
  byTaskAndTime: Map<string, Activity> | null;
}

/**
 * A row repeating an earlier one (same task, date span and activity text, folded), reported on the
 * later row and naming the first. Across sheets too: figures sum every table, so a row copied into
 * a second sheet would be counted twice. One pass in sheet and row order. Most texts are unique:
 * a row costs a hash of its folded text, and only rows whose hashes meet an earlier one's are
 * folded, compared, and told apart by task and time.
 */
export const duplicateActivity: DataRule = {
  ...CONTENT_DESCRIPTORS.duplicateActivity,
  check({ data, msg }, out) {
    const rows = data.activities;
    const firstByHash = new FirstByHash(rows.length);
    const sameHash = new Map<number, SameText[]>();
    let i = -1;
    for (const a of rows) {
      i++;
      if (a.activity === null) continue;
      const hash = foldHash(a.activity);
      if (hash === null) continue;
      const first = firstByHash.firstOr(hash, i);
      if (first < 0) continue;
      const text = foldKey(a.activity);
      let groups = sameHash.get(hash);
      if (groups === undefined) {
        const met = rows[first];
        // firstOr gives back only indices of rows, stored above.
        if (met === undefined) continue;
        sameHash.set(hash, (groups = [{ first: met, text: foldKey(met.activity as string), byTaskAndTime: null }]));
      }
      const same = groups.find((g) => g.text === text);
      if (same === undefined) {
        groups.push({ first: a, text, byTaskAndTime: null });
        continue;
      }
      same.byTaskAndTime ??= new Map([[taskAndTime(same.first), same.first]]);
      const key = taskAndTime(a);
      const earlier = same.byTaskAndTime.get(key);
      if (earlier === undefined) {
        same.byTaskAndTime.set(key, a);
        continue;
      }
      const col = realColumn(a.columns.activity);
      const message = msg.duplicateActivity({
        cell: cellOf(a, col),
        row: a.row,
        earlierRow: earlier.row,
        earlierSheet: earlier.sheet === a.sheet ? null : earlier.sheet,
      });
      out.push(findingAt(a, col, message));
    }
  },
};

export const CONTENT_RULES: readonly Rule[] = [badStatus, duplicateActivity, missingEvidence];
