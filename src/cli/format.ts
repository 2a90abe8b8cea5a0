import type { Analysis, ProgressFigures } from "../core/engine";
import type { CliMessages } from "./messages";
import { formatPercent, type Locale } from "../core/i18n/locale";
import { fieldName } from "../core/i18n/field-names";
import type { Field } from "../core/read/types";
import { columnLetter } from "../core/snapshot";
import type { Issue } from "../core/validate/issue";

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

function where(i: Issue): string {
  if (i.cell) return `${i.sheet ?? ""}!${i.cell}`;
  if (i.sheet && i.row) return `${i.sheet}!${i.row}`;
  if (i.taskId) return `${i.taskId}${i.year ? ` / ${i.year}` : ""}`;
  return i.sheet ?? "—";
}

/** Issues grouped by rule, errors first, each with its cell. */
export function issuesText(issues: Issue[], t: CliMessages): string[] {
  if (issues.length === 0) return [t.noIssues()];
  const groups = new Map<string, Issue[]>();
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const i of [...issues].sort((x, y) => rank[x.severity] - rank[y.severity])) {
    const list = groups.get(i.rule) ?? [];
    list.push(i);
    groups.set(i.rule, list);
  }
  const lines: string[] = [];
  for (const [rule, list] of groups) {
    lines.push(`[${t.severity({ severity: list[0].severity })}] ${t.ruleGroup({ rule, n: list.length })}`);
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
