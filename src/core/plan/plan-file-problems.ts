import type { Locale } from "../i18n/locale";
import { PLAN_MESSAGES, type PlanFileField, type PlanMessages, type ValueKind } from "../i18n/plan-messages";

/**
 * A plan file's problems in a clerk's words: the task by its code, the field by its Vietnamese
 * name, what is wrong and what to write. The parser's own words never reach the user.
 */

/** Why text that should hold a plan is not JSON at all. */
export function describeUnreadableText(text: string, error: unknown, locale: Locale): string {
  const m = PLAN_MESSAGES[locale];
  // A workbook is a zip: its bytes start with "PK".
  if (text.startsWith("PK")) return m.workbookNotJson({});
  if (text.trim() === "") return m.emptyFile({});
  return m.damaged({ line: lineOfSyntaxError(text, error instanceof Error ? error.message : "") });
}

/** The line the JSON parser stopped on, from its message ("at position 4624", "(line 12 column 5)"). */
export function lineOfSyntaxError(text: string, message: string): number | null {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const pos = /\bposition (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split("\n").length;
  // "Unexpected end of JSON input": the file stops short.
  if (/end of JSON/i.test(message)) return text.replace(/\s+$/, "").split("\n").length;
  return null;
}

const TASK_FIELDS: Record<string, PlanFileField> = {
  id: "id",
  title: "title",
  shortTitle: "shortTitle",
  frequency: "frequency",
  window: "window",
  windows: "window",
  deadline: "deadline",
  lead: "lead",
  partners: "partners",
  keywords: "keywords",
  weakKeywords: "weakKeywords",
};

const PLAN_FIELDS: Record<string, PlanFileField> = {
  id: "planId",
  title: "planTitle",
  issuer: "issuer",
  number: "number",
  issuedOn: "issuedOn",
  period: "period",
  effectiveDate: "effectiveDate",
  sections: "sections",
  tasks: "tasks",
  units: "units",
  subjectKeywords: "subjectKeywords",
  communesFrom: "communesFrom",
};

type Path = readonly PropertyKey[];

/** What this module reads of a schema problem (a zod issue). */
export interface PlanIssue {
  readonly code: string;
  readonly path: Path;
  readonly expected?: unknown;
  readonly origin?: unknown;
}

function valueAt(raw: unknown, path: Path): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** A value as the user wrote it, short; nothing for what is not a plain value. */
function shown(v: unknown): string | null {
  if (typeof v === "string") return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

function kindOf(expected: unknown): ValueKind {
  if (expected === "number" || expected === "int") return "number";
  if (expected === "array") return "list";
  if (expected === "object") return "group";
  return "text";
}

/** Where a problem is and which field it names. */
function locate(raw: unknown, path: Path, m: PlanMessages): { where: string; field: PlanFileField | null } {
  const [first, second, third, fourth] = path;
  if (first === "tasks" && typeof second === "number") {
    const code = valueAt(raw, ["tasks", second, "id"]);
    const where = m.whereTask({ code: typeof code === "string" && code.trim() !== "" ? code.trim() : null, n: second + 1 });
    if (third === undefined) return { where, field: null };
    let field = TASK_FIELDS[String(third)] ?? "other";
    if (field === "window") {
      const end = typeof fourth === "number" ? path[4] : fourth;
      if (end === "start") field = "windowStart";
      else if (end === "end") field = "windowEnd";
    }
    return { where, field };
  }
  if ((first === "units" || first === "sections") && typeof second === "number") {
    const where = m.whereItem({ field: first, n: second + 1 });
    return { where, field: third === "name" ? "unitName" : third === "aliases" ? "aliases" : third === "title" ? "sectionTitle" : null };
  }
  if (first === "period" && (second === "start" || second === "end")) {
    return { where: m.wherePlan({}), field: second === "start" ? "periodStart" : "periodEnd" };
  }
  return { where: m.wherePlan({}), field: first === undefined ? null : (PLAN_FIELDS[String(first)] ?? "other") };
}

/** One line for one schema problem. */
function describeIssue(issue: PlanIssue, raw: unknown, m: PlanMessages): string {
  const path = issue.path;
  const { where, field } = locate(raw, path, m);
  const value = valueAt(raw, path);
  const fieldName = field === null ? null : m.fieldName({ field });
  const fix = field === null ? null : m.fix({ field });
  const line = (problem: string, f: string | null = fix) => m.line({ where, field: fieldName, problem, fix: f });

  if (field === null && path[0] === "tasks" && path.length === 2) return m.line({ where, field: null, problem: m.notATask({}), fix: null });
  if (field === null && path.length === 0) return m.notAPlan({});

  switch (issue.code) {
    case "invalid_type":
      if (value === undefined || value === null) return line(m.missing({}));
      if (typeof value === "string" && value.trim() === "") return line(m.empty({}));
      return line(m.wrongKind({ kind: kindOf(issue.expected) }));
    case "too_small":
      if (issue.origin === "array") return line(m.emptyList({}));
      if (issue.origin === "string") return line(m.empty({}));
      break;
    case "custom":
      if (field === "window") {
        const frequency = valueAt(raw, [...path.slice(0, 2), "frequency"]);
        return frequency === "campaign"
          ? line(m.campaignWithoutWindow({}), m.fixCampaignWindow({}))
          : line(m.windowNotCampaign({}), m.fixWindowNotCampaign({}));
      }
      if (field === "deadline") return line(m.deadlineNotOnce({}), m.fixDeadlineNotOnce({}));
      if (field === "id") return line(m.duplicateCode({ code: shown(value) ?? "" }), m.fixDuplicate({}));
      if (field === "period") return line(m.periodOrder({}));
      if ((field === "windowStart" || field === "windowEnd") && shown(value) !== null) return line(m.notARealDay({ value: shown(value)! }));
      break;
  }
  const s = shown(value);
  if (s === null || s.trim() === "") return line(s === null ? m.missing({}) : m.empty({}));
  return line(m.badValue({ value: s }));
}

/** Every schema problem of a plan file, one line each, in the user's language. */
export function describePlanIssues(issues: readonly PlanIssue[], raw: unknown, locale: Locale): string[] {
  const m = PLAN_MESSAGES[locale];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return [m.notAPlan({})];
  const lines = issues.map((i) => describeIssue(i, raw, m));
  return [...new Set(lines)];
}
