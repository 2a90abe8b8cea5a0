import { parseNumberCell } from "../read/numbers";
import { COUNT_FIELDS, NUMBER_FIELDS, type Activity, type CountField } from "../read/types";
import { isExcelError } from "../snapshot";
import type { Rule } from "./rule";
import { at, cellOf, hasColumn, isBlankCell, isFiniteNumber, isUnreadable, issueValue } from "./cells";

/** A number field of an activity, or of a total row, holds something that is not a number. */
export const badNumber: Rule = {
  code: "bad-number",
  severity: "error",
  *check({ data, msg }) {
    for (const t of data.tables) {
      for (const a of t.activities) {
        for (const f of NUMBER_FIELDS) {
          if (!isUnreadable(a, f, a[f])) continue;
          const value = issueValue(a.raw[f]);
          yield { ...at(a, f), value, message: msg.badNumber({ cell: cellOf(a, f), field: f, value }) };
        }
      }
      // Total rows keep only their raw cells: read them the way the reader reads activities.
      for (const total of t.totals) {
        for (const f of NUMBER_FIELDS) {
          const v = total.raw[f];
          if (!hasColumn(total, f) || v === undefined || isBlankCell(v) || isExcelError(v)) continue;
          const p = parseNumberCell(v);
          if (p && p.ok) continue;
          yield { ...at(total, f), value: v, message: msg.badNumber({ cell: cellOf(total, f), field: f, value: v }) };
        }
      }
    }
  },
};

/** A count or a budget below zero. */
export const negativeNumber: Rule = {
  code: "negative-number",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      for (const f of NUMBER_FIELDS) {
        const v = a[f];
        if (!hasColumn(a, f) || !isFiniteNumber(v) || v >= 0) continue;
        yield { ...at(a, f), value: v, message: msg.negativeNumber({ cell: cellOf(a, f), field: f, value: v }) };
      }
    }
  },
};

/** Floating-point noise (e.g. from a formula) is not a fraction. */
const isWhole = (v: number): boolean => Math.abs(v - Math.round(v)) < 1e-9;

/** A people count with a fraction. */
export const nonIntegerCount: Rule = {
  code: "non-integer-count",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      for (const f of COUNT_FIELDS) {
        const v = a[f];
        if (!hasColumn(a, f) || !isFiniteNumber(v) || isWhole(v)) continue;
        yield { ...at(a, f), value: v, message: msg.nonIntegerCount({ cell: cellOf(a, f), field: f, value: v }) };
      }
    }
  },
};

/** Both counts given, in their columns, and finite. */
function pair(a: Activity, part: CountField): [number, number] | null {
  const p = a[part];
  const total = a.participants;
  if (!hasColumn(a, part) || !hasColumn(a, "participants") || !isFiniteNumber(p) || !isFiniteNumber(total)) return null;
  return [p, total];
}

/** More women than participants; pinned to the women cell. */
export const femaleExceedsTotal: Rule = {
  code: "female-exceeds-total",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      const p = pair(a, "female");
      if (!p || p[0] <= p[1]) continue;
      yield { ...at(a, "female"), value: p[0], message: msg.femaleExceedsTotal({ cell: cellOf(a, "female"), female: p[0], total: p[1] }) };
    }
  },
};

/** More ethnic-minority people than participants; pinned to the DTTS cell. */
export const ethnicExceedsTotal: Rule = {
  code: "ethnic-exceeds-total",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      const p = pair(a, "ethnicMinority");
      if (!p || p[0] <= p[1]) continue;
      const cell = cellOf(a, "ethnicMinority");
      yield { ...at(a, "ethnicMinority"), value: p[0], message: msg.ethnicExceedsTotal({ cell, ethnic: p[0], total: p[1] }) };
    }
  },
};

/** Women plus men differ from participants, where all three are given; pinned to the total. */
export const sexSumMismatch: Rule = {
  code: "sex-sum-mismatch",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      const f = pair(a, "female");
      const m = pair(a, "male");
      if (!f || !m) continue;
      const [female, total] = f;
      const male = m[0];
      if (Math.abs(female + male - total) < 1e-9) continue;
      yield { ...at(a, "participants"), value: total, message: msg.sexSumMismatch({ cell: cellOf(a, "participants"), female, male, total }) };
    }
  },
};

/**
 * Participants given (more than zero) but the women cell left blank, where the table has a
 * women column (without one, missing-column says it once for the table). Pinned to the women cell.
 */
export const missingSexBreakdown: Rule = {
  code: "missing-sex-breakdown",
  severity: "warning",
  *check({ data, msg }) {
    for (const a of data.activities) {
      const total = a.participants;
      if (!hasColumn(a, "female") || !isFiniteNumber(total) || total <= 0 || !isBlankCell(a.raw.female)) continue;
      yield { ...at(a, "female"), message: msg.missingSexBreakdown({ cell: cellOf(a, "female"), total }) };
    }
  },
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
