import { spanOf } from "../progress/completion";
import type { PlanModel } from "../plan/model";
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import type { Rule, RowRule } from "./rule";
import { cellOf, findingAt } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const UNIT_DESCRIPTORS = {
  unknownUnit: { code: "unknown-unit", severity: "info", family: "units", listed: 20, report: "none" },
} as const satisfies Record<string, RuleDescriptor>;

/** Several units in one cell: "Phòng Nghiệp vụ, Văn phòng", "… ; …", "… và …". */
const SEPARATORS = /\s*[,;\n]\s*|\s+và\s+/iu;

/** A commune's People's Committee or a commune / ward, named as the 2025 reform names them. */
const COMMUNE = /^(?:ubnd )?(?:xa|phuong) \S/;

/** May this activity's unit be a commune: does its time reach the day communes replaced districts? */
function communesAllowed(a: Activity, plan: PlanModel): boolean {
  if (plan.communesFrom === null) return false;
  const span = spanOf(a);
  return span !== null && span.end >= plan.communesFrom;
}

/** The parts of a unit cell that the plan does not know; empty when all are known. */
export function unknownUnits(text: string, plan: PlanModel, communes: boolean): string[] {
  if (plan.unitName(text) !== undefined) return [];
  const unknown: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const name = part.trim().replace(/^[-–+•.]+\s*/, "").replace(/[.]+$/, "");
    if (name === "" || plan.unitName(name) !== undefined) continue;
    if (communes && COMMUNE.test(foldKey(name))) continue;
    unknown.push(name);
  }
  return unknown;
}

/**
 * A lead unit the plan does not know (info). Each of several units in one cell is checked; from
 * the plan's communesFrom day on, communes and wards ("UBND xã …", "xã …", "phường …") are known.
 * One issue per cell, naming every unknown unit in it. A sheet names the same few units over and
 * over: each text is checked once per run (with and without communes).
 */
export const unknownUnit: RowRule = {
  ...UNIT_DESCRIPTORS.unknownUnit,
  rows({ plan, msg }) {
    const withCommunes = new Map<string, string[]>();
    const withoutCommunes = new Map<string, string[]>();
    return {
      activity(a, cols, out) {
        if (cols.unit === undefined || a.unit === null) return;
        const communes = communesAllowed(a, plan);
        const seen = communes ? withCommunes : withoutCommunes;
        let units = seen.get(a.unit);
        if (units === undefined) seen.set(a.unit, (units = a.unit.trim() === "" ? [] : unknownUnits(a.unit, plan, communes)));
        if (units.length === 0) return;
        out.push(findingAt(a, cols.unit, msg.unknownUnit({ cell: cellOf(a, cols.unit), units }), a.unit));
      },
    };
  },
};

export const UNIT_RULES: readonly Rule[] = [unknownUnit];
