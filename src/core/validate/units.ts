import { spanOf } from "../progress/completion";
import type { PlanModel } from "../plan/model";
import type { Activity } from "../read/types";
import { foldKey } from "../text/normalize";
import type { Rule } from "./rule";
import { at, cellOf, hasColumn } from "./cells";

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
 * One issue per cell, naming every unknown unit in it.
 */
export const unknownUnit: Rule = {
  code: "unknown-unit",
  severity: "info",
  *check({ data, plan, msg }) {
    const cache = new Map<string, string[]>();
    for (const a of data.activities) {
      if (!hasColumn(a, "unit") || a.unit === null || a.unit.trim() === "") continue;
      const communes = communesAllowed(a, plan);
      const key = `${communes ? 1 : 0}${a.unit}`;
      let units = cache.get(key);
      if (!units) cache.set(key, (units = unknownUnits(a.unit, plan, communes)));
      if (units.length === 0) continue;
      yield { ...at(a, "unit"), value: a.unit, message: msg.unknownUnit({ cell: cellOf(a, "unit"), units }) };
    }
  },
};

export const UNIT_RULES: readonly Rule[] = [unknownUnit];
