export { validateTracking, summarize, sortIssues, type ValidationOptions, type ValidationResult } from "./validate";
export { RULES, ruleByCode } from "./registry";
export type { Rule, RowRule, DataRule, RowChecks, Columns, RuleContext, Finding } from "./rule";
export { RULE_CODES, SEVERITY_RANK, type Issue, type RuleCode, type Severity } from "./issue";
