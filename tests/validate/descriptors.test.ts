import { RULE_MESSAGE_KEYS, RULE_MESSAGES, type RuleMessageKey } from "../../src/core/i18n/rules-messages";
import { PROBLEM_TEXT, ruleTitle } from "../../src/core/i18n/rule-names";
import { dataProblems } from "../../src/core/report/report-model";
import { isDataProblem, RULE_CODES, RULE_DESCRIPTORS, ruleDescriptor, type Issue } from "../../src/core/validate/issue";
import { RULES } from "../../src/core/validate/registry";
import { data, input } from "../report/report-fixture";

describe("rule descriptors", () => {
  it("number the rules 1, 2, … once each, and the rule codes follow that list", () => {
    expect(RULE_DESCRIPTORS.map((d) => d.listed)).toEqual(RULE_DESCRIPTORS.map((_, i) => i + 1));
    expect(RULE_CODES).toEqual(RULE_DESCRIPTORS.map((d) => d.code));
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
  });

  it("are the rules that run: each rule carries its own descriptor", () => {
    expect(RULES.map((r) => r.code).sort()).toEqual([...RULE_CODES].sort());
    for (const r of RULES) {
      const { code, severity, family, listed, report } = r;
      expect({ code, severity, family, listed, report }).toEqual(ruleDescriptor(r.code));
    }
  });

  it("give every rule a title in both languages and every data problem a report text", () => {
    for (const code of RULE_CODES) {
      expect(ruleTitle(code, "vi")).not.toBe("");
      expect(ruleTitle(code, "en")).not.toBe("");
      if (isDataProblem(code)) expect(PROBLEM_TEXT[code]).not.toBe("");
    }
    // The report's texts are exactly the data problems: no text for a rule the report never lists.
    expect(Object.keys(PROBLEM_TEXT).sort()).toEqual(RULE_CODES.filter(isDataProblem).sort());
  });

  it("tie every rule message to a rule, leaving only the validator's notes", () => {
    const claimed = new Set<RuleMessageKey>(Object.values(RULE_MESSAGE_KEYS).flat());
    const keys = Object.keys(RULE_MESSAGES.vi) as RuleMessageKey[];
    expect(keys.filter((k) => !claimed.has(k))).toEqual(["noStatusColumn", "hiddenRowsLeftOut", "summarySheet"]);
    for (const k of claimed) expect(keys).toContain(k);
  });

  it("decide which findings a report lists as data to fix", () => {
    const at = (rule: Issue["rule"], severity: Issue["severity"], row: number): Issue => ({
      rule,
      severity,
      message: "…",
      sheet: "Theo dõi",
      cell: `C${row}`,
      row,
    });
    const row = data.activities[3].row;
    const issues: Issue[] = [
      at("bad-status", "warning", row),
      at("legacy-encoding", "warning", row),
      at("missing-evidence", "info", row),
      { rule: "missing-task-year", severity: "error", message: "…", taskId: "II.1", year: 2023 },
    ];
    const groups = dataProblems({ ...input(null), issues }).groups;
    expect(groups.map((g) => g.rule)).toEqual(["bad-status"]);
  });
});
