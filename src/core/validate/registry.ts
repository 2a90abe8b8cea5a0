import type { RuleCode } from "./issue";
import type { Rule } from "./rule";
import { STRUCTURE_RULES } from "./structure";
import { ROW_RULES } from "./rows";
import { DATE_RULES } from "./dates";
import { NUMBER_RULES } from "./numbers";
import { CONTENT_RULES } from "./content";
import { UNIT_RULES } from "./units";
import { TOTAL_RULES } from "./totals";
import { ENCODING_RULES } from "./encoding";
import { COVERAGE_RULES } from "./coverage";
import { FILE_RULES } from "../consolidate/file-rules";

/** Every rule, in the order of the families of docs/design.md#rules. */
export const RULES: readonly Rule[] = [
  ...STRUCTURE_RULES,
  ...ROW_RULES,
  ...DATE_RULES,
  ...NUMBER_RULES,
  ...CONTENT_RULES,
  ...UNIT_RULES,
  ...TOTAL_RULES,
  ...ENCODING_RULES,
  ...COVERAGE_RULES,
  ...FILE_RULES,
];

export function ruleByCode(code: RuleCode): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
