import type { Issue } from "../../src/core/validate/issue";
import { groupByRule } from "../../src/core/validate/issue-groups";
import { issueCell, issueLocation } from "../../src/core/validate/issue-location";

const issue = (rule: Issue["rule"], severity: Issue["severity"], at: Partial<Issue> = {}): Issue => ({ rule, severity, message: rule, ...at });

describe("groupByRule", () => {
  const issues = [
    issue("bad-status", "warning", { sheet: "S", cell: "G5", row: 5 }),
    issue("missing-column", "warning", { sheet: "S", row: 4 }),
    issue("bad-number", "error", { sheet: "S", cell: "F6", row: 6 }),
    issue("missing-column", "error", { sheet: "T", row: 2 }),
    issue("missing-evidence", "info", { sheet: "S", cell: "I5", row: 5 }),
  ];

  it("puts the worst groups first, then follows the list of rules, keeping each group's issues in order", () => {
    const groups = groupByRule(issues);
    expect(groups.map((g) => `${g.rule}:${g.severity}:${g.issues.length}`)).toEqual([
      "missing-column:error:2",
      "bad-number:error:1",
      "bad-status:warning:1",
      "missing-evidence:info:1",
    ]);
    expect(groups[0].issues.map((i) => i.sheet)).toEqual(["S", "T"]);
  });

  it("can order groups of one severity by where their rule first occurs instead", () => {
    const groups = groupByRule([issues[2], issues[3], issues[0]], "first-seen");
    expect(groups.map((g) => g.rule)).toEqual(["bad-number", "missing-column", "bad-status"]);
  });
});

describe("issueLocation", () => {
  it("tells a cell, a row, an obligation and the whole workbook apart", () => {
    expect(issueLocation(issue("bad-number", "error", { sheet: "S", cell: "F6", row: 6 }))).toEqual({ kind: "cell", sheet: "S", cell: "F6", row: 6 });
    expect(issueLocation(issue("missing-column", "error", { sheet: "S", row: 4 }))).toEqual({ kind: "row", sheet: "S", row: 4 });
    expect(issueLocation(issue("missing-task-year", "error", { taskId: "II.1", year: 2023 }))).toEqual({ kind: "obligation", taskId: "II.1", year: 2023 });
    expect(issueLocation(issue("no-tracking-table", "error"))).toEqual({ kind: "workbook" });
  });

  it("gives the cell to select: the cell, the row's first cell, nothing off the sheets", () => {
    expect(issueCell(issueLocation(issue("bad-number", "error", { sheet: "S", cell: "F6", row: 6 })))).toEqual({ sheet: "S", cell: "F6" });
    expect(issueCell(issueLocation(issue("missing-column", "error", { sheet: "S", row: 4 })))).toEqual({ sheet: "S", cell: "A4" });
    expect(issueCell(issueLocation(issue("missing-task-year", "error", { taskId: "II.1", year: 2023 })))).toBeNull();
  });
});
