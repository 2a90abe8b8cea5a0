import { ruleTitle } from "../core/i18n/rule-names";
import type { Analysis, ProgressFigures } from "../core/engine";
import type { CliMessages } from "./messages";
import { formatPercent, type Locale } from "../core/i18n/locale";
import { fieldName } from "../core/i18n/field-names";
import type { Field } from "../core/read/types";
import { columnLetter } from "../core/snapshot";
import { SEVERITY_RANK, type Issue } from "../core/validate/issue";
import { groupByRule } from "../core/validate/issue-groups";
import { issueLocation } from "../core/validate/issue-location";

const MAX_PER_RULE = 15;

export function tablesText(a: Analysis, t: CliMessages, locale: Locale): string[] {
  if (a.data.tables.length === 0) return [t.noTables()];
  return [
    t.tablesFound({ n: a.data.tables.length }),
    ...a.data.tables.map((tb) =>
      t.tableLine({
        sheet: tb.sheet,
        headerRow: tb.headerRow,
        rows: tb.activities.length,
        columns: Object.entries(tb.columns)
          .sort((x, y) => (x[1] as number) - (y[1] as number))
          .map(([f, c]) => `${columnLetter(c as number)}: ${fieldName(f as Field, locale)}`)
          .join(", "),
      }),
    ),
  ];
}

/** "Sheet!F12", "Sheet!12" (a row), "II.2.1 / 2023" (an obligation). */
function where(i: Issue): string {
  const at = issueLocation(i);
  switch (at.kind) {
    case "cell":
      return `${at.sheet}!${at.cell}`;
    case "row":
      return `${at.sheet}!${at.row}`;
    case "sheet":
      return at.sheet;
    case "obligation":
      return `${at.taskId}${at.year ? ` / ${at.year}` : ""}`;
    default:
      return "—";
  }
}

/** Issues grouped by rule, errors first, each with its cell. */
export function issuesText(issues: Issue[], t: CliMessages, locale: Locale): string[] {
  if (issues.length === 0) return [t.noIssues()];
  // Worst first; each rule's group where its first issue comes, each issue in sheet order within its severity.
  const sorted = [...issues].sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity]);
  const lines: string[] = [];
  for (const { rule, severity, issues: list } of groupByRule(sorted, "first-seen")) {
    // The rule's title in the user's words; its code for scripts and for looking it up in the docs.
    lines.push(`[${t.severity({ severity })}] ${t.ruleGroup({ rule, title: ruleTitle(rule, locale), n: list.length })}`);
    for (const i of list.slice(0, MAX_PER_RULE)) lines.push(`    ${where(i)}: ${i.message}`);
    if (list.length > MAX_PER_RULE) lines.push(t.more({ n: list.length - MAX_PER_RULE }));
  }
  return lines;
}

export function ratioText(r: number | null, t: CliMessages, locale: Locale): string {
  return r === null ? t.empty() : formatPercent(r, locale, 0);
}

export function progressText(p: ProgressFigures, t: CliMessages, locale: Locale): string[] {
  return [
    ...Object.entries(p.byYear).map(([y, r]) => `  ${t.year({ year: Number(y) })}: ${ratioText(r, t, locale)}`),
    `  ${t.overall()}: ${ratioText(p.overall, t, locale)}`,
  ];
}
