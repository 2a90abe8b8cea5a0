import type { LegacyCell } from "../read/types";
import { a1 } from "../snapshot";
import type { DataRule, Rule } from "./rule";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const ENCODING_DESCRIPTORS = {
  legacyEncoding: { code: "legacy-encoding", severity: "warning", family: "encoding", listed: 23, report: "none" },
} as const satisfies Record<string, RuleDescriptor>;

/**
 * Text read through a TCVN3 or VNI conversion. A legacy sheet has hundreds of such cells and one
 * fix (convert the sheet), so this is one warning per sheet and encoding, on its first cell,
 * counting the others.
 */
export const legacyEncoding: DataRule = {
  ...ENCODING_DESCRIPTORS.legacyEncoding,
  check({ data, msg }, out) {
    const groups = new Map<string, { first: LegacyCell; count: number }>();
    for (const c of data.legacyCells) {
      const key = `${c.encoding}\u0000${c.sheet}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { first: c, count: 1 });
      else {
        g.count++;
        if (c.row < g.first.row || (c.row === g.first.row && c.col < g.first.col)) g.first = c;
      }
    }
    for (const { first, count } of groups.values()) {
      if (!(Number.isInteger(first.col) && first.col > 0)) continue;
      const cell = a1(first.row, first.col);
      out.push({
        sheet: first.sheet,
        row: first.row,
        col: first.col,
        value: first.converted,
        message: msg.legacyEncoding({ cell, encoding: first.encoding, count }),
      });
    }
  },
};

export const ENCODING_RULES: readonly Rule[] = [legacyEncoding];
