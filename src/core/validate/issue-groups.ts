import { ruleDescriptor, SEVERITY_RANK, type Issue, type RuleCode, type Severity } from "./issue";

/** The issues of one rule, as the pane, the command line and the report list them. */
export interface IssueGroup<R extends RuleCode = RuleCode> {
  rule: R;
  /** The worst severity in the group (missing-column can be an error or a warning). */
  severity: Severity;
  /** In the order given. */
  issues: Issue[];
}

/**
 * Issues grouped by rule, worst severity first; groups of equal severity follow the list of
 * rules users see (`listed`), or with `"first-seen"` the order in which their rules first occur.
 */
export function groupByRule<R extends RuleCode>(issues: readonly (Issue & { rule: R })[], order: "listed" | "first-seen" = "listed"): IssueGroup<R>[] {
  const groups = new Map<R, IssueGroup<R>>();
  for (const i of issues) {
    const g = groups.get(i.rule);
    if (!g) groups.set(i.rule, { rule: i.rule, severity: i.severity, issues: [i] });
    else {
      g.issues.push(i);
      if (SEVERITY_RANK[i.severity] > SEVERITY_RANK[g.severity]) g.severity = i.severity;
    }
  }
  const list = [...groups.values()];
  const seen = new Map(list.map((g, k) => [g.rule, k]));
  const rank = (g: IssueGroup<R>): number => (order === "listed" ? ruleDescriptor(g.rule).listed : (seen.get(g.rule) as number));
  return list.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || rank(a) - rank(b));
}
