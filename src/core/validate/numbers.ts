import { parseNumberCell } from "../read/numbers";
import { COUNT_FIELDS, NUMBER_FIELDS, type Activity } from "../read/types";
import { isExcelError } from "../snapshot";
import type { Columns, Rule, RowRule } from "./rule";
import { cellOf, findingAt, isBlankCell, isFiniteNumber, isUnreadable, issueValue } from "./cells";
import type { RuleDescriptor } from "./descriptor";
import { shownNumber } from "./shown-number";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const NUMBER_DESCRIPTORS = {
  badNumber: { code: "bad-number", severity: "error", family: "numbers", listed: 12, report: "data-problem" },
  negativeNumber: { code: "negative-number", severity: "error", family: "numbers", listed: 13, report: "data-problem" },
  nonIntegerCount: { code: "non-integer-count", severity: "error", family: "numbers", listed: 14, report: "data-problem" },
  femaleExceedsTotal: { code: "female-exceeds-total", severity: "error", family: "numbers", listed: 15, report: "data-problem" },
  ethnicExceedsTotal: { code: "ethnic-exceeds-total", severity: "error", family: "numbers", listed: 16, report: "data-problem" },
  sexSumMismatch: { code: "sex-sum-mismatch", severity: "error", family: "numbers", listed: 17, report: "data-problem" },
  missingSexBreakdown: { code: "missing-sex-breakdown", severity: "warning", family: "numbers", listed: 18, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/*
 * The number rules first read the five figures by name: on 50,000 rows, a loop over field names
 * costs a lookup by key per field, and almost every row passes these first tests.
 */

const unread = (v: number | null, col: number | undefined): boolean => v === null && col !== undefined;

/** A number field of an activity, or of a total row, holds something that is not a number. */
export const badNumber: RowRule = {
  ...NUMBER_DESCRIPTORS.badNumber,
  rows: ({ msg }) => ({
    activity(a, cols, out) {
      const anyUnread =
        unread(a.participants, cols.participants) ||
        unread(a.female, cols.female) ||
        unread(a.male, cols.male) ||
        unread(a.ethnicMinority, cols.ethnicMinority) ||
        unread(a.budget, cols.budget);
      if (!anyUnread) return;
      for (const f of NUMBER_FIELDS) {
        if (!isUnreadable(cols, a.raw, f, a[f])) continue;
        const value = issueValue(a.raw[f]);
        out.push(findingAt(a, cols[f], msg.badNumber({ cell: cellOf(a, cols[f]), field: f, value }), value));
      }
    },
    // Total rows keep only their raw cells: read them the way the reader reads activities.
    total(t, _table, cols, out) {
      for (const f of NUMBER_FIELDS) {
        const v = t.raw[f];
        if (cols[f] === undefined || v === undefined || isBlankCell(v) || isExcelError(v)) continue;
        const p = parseNumberCell(v);
        if (p && p.ok) continue;
        out.push(findingAt(t, cols[f], msg.badNumber({ cell: cellOf(t, cols[f]), field: f, value: v }), v));
      }
    },
  }),
};

/** A count or a budget below zero. */
export const negativeNumber: RowRule = {
  ...NUMBER_DESCRIPTORS.negativeNumber,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      const anyNegative = (a.participants ?? 0) < 0 || (a.female ?? 0) < 0 || (a.male ?? 0) < 0 || (a.ethnicMinority ?? 0) < 0 || (a.budget ?? 0) < 0;
      if (!anyNegative) return;
      for (const f of NUMBER_FIELDS) {
        const v = a[f];
        if (v === null || !(v < 0) || cols[f] === undefined || !isFiniteNumber(v)) continue;
        const value = shownNumber(data, a, cols[f], a.raw[f], v);
        out.push(findingAt(a, cols[f], msg.negativeNumber({ cell: cellOf(a, cols[f]), field: f, value }), v));
      }
    },
  }),
};

/** Floating-point noise (e.g. from a formula) is not a fraction. */
const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) < 1e-9;
const integerOrNone = (v: number | null): boolean => v === null || Number.isInteger(v);

/** A people count with a fraction. */
export const nonIntegerCount: RowRule = {
  ...NUMBER_DESCRIPTORS.nonIntegerCount,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      if (integerOrNone(a.participants) && integerOrNone(a.female) && integerOrNone(a.male) && integerOrNone(a.ethnicMinority)) return;
      for (const f of COUNT_FIELDS) {
        const v = a[f];
        if (v === null || Number.isInteger(v) || cols[f] === undefined || !isFiniteNumber(v) || isWhole(v)) continue;
        const value = shownNumber(data, a, cols[f], a.raw[f], v);
        out.push(findingAt(a, cols[f], msg.nonIntegerCount({ cell: cellOf(a, cols[f]), field: f, value }), v));
      }
    },
  }),
};

/** The part (women, men, DTTS) when it and the participants are given, in their columns, and finite. */
function partOf(part: number | null, partCol: number | undefined, a: Activity, cols: Columns): number | null {
  if (partCol === undefined || cols.participants === undefined || !isFiniteNumber(part) || !isFiniteNumber(a.participants)) return null;
  return part;
}

/** More women than participants; pinned to the women cell. */
export const femaleExceedsTotal: RowRule = {
  ...NUMBER_DESCRIPTORS.femaleExceedsTotal,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      const female = partOf(a.female, cols.female, a, cols);
      const total = a.participants as number;
      if (female === null || female <= total) return;
      const shown = {
        female: shownNumber(data, a, cols.female, a.raw.female, female),
        total: shownNumber(data, a, cols.participants, a.raw.participants, total),
      };
      out.push(findingAt(a, cols.female, msg.femaleExceedsTotal({ cell: cellOf(a, cols.female), ...shown }), female));
    },
  }),
};

/** More ethnic-minority people than participants; pinned to the DTTS cell. */
export const ethnicExceedsTotal: RowRule = {
  ...NUMBER_DESCRIPTORS.ethnicExceedsTotal,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      const ethnic = partOf(a.ethnicMinority, cols.ethnicMinority, a, cols);
      const total = a.participants as number;
      if (ethnic === null || ethnic <= total) return;
      const cell = cellOf(a, cols.ethnicMinority);
      const shown = {
        ethnic: shownNumber(data, a, cols.ethnicMinority, a.raw.ethnicMinority, ethnic),
        total: shownNumber(data, a, cols.participants, a.raw.participants, total),
      };
      out.push(findingAt(a, cols.ethnicMinority, msg.ethnicExceedsTotal({ cell, ...shown }), ethnic));
    },
  }),
};

/** Women plus men differ from participants, where all three are given; pinned to the total. */
export const sexSumMismatch: RowRule = {
  ...NUMBER_DESCRIPTORS.sexSumMismatch,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      const male = partOf(a.male, cols.male, a, cols);
      const female = male === null ? null : partOf(a.female, cols.female, a, cols);
      if (female === null || male === null) return;
      const total = a.participants as number;
      if (Math.abs(female + male - total) < 1e-9) return;
      const shown = {
        female: shownNumber(data, a, cols.female, a.raw.female, female),
        male: shownNumber(data, a, cols.male, a.raw.male, male),
        total: shownNumber(data, a, cols.participants, a.raw.participants, total),
      };
      out.push(findingAt(a, cols.participants, msg.sexSumMismatch({ cell: cellOf(a, cols.participants), ...shown }), total));
    },
  }),
};

/**
 * Participants given (more than zero) but the women cell left blank, where the table has a
 * women column (without one, missing-column says it once for the table). Pinned to the women cell.
 */
export const missingSexBreakdown: RowRule = {
  ...NUMBER_DESCRIPTORS.missingSexBreakdown,
  rows: ({ msg, data }) => ({
    activity(a, cols, out) {
      const total = a.participants;
      if (cols.female === undefined || !isFiniteNumber(total) || total <= 0 || !isBlankCell(a.raw.female)) return;
      const shown = shownNumber(data, a, cols.participants, a.raw.participants, total);
      out.push(findingAt(a, cols.female, msg.missingSexBreakdown({ cell: cellOf(a, cols.female), total: shown })));
    },
  }),
};

export const NUMBER_RULES: readonly Rule[] = [
  badNumber,
  negativeNumber,
  nonIntegerCount,
  femaleExceedsTotal,
  ethnicExceedsTotal,
  sexSumMismatch,
  missingSexBreakdown,
];
