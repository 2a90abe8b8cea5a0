import { functionMessages, type FunctionMessages } from "../i18n/function-messages";
import type { PlanModel } from "../plan/model";
import { parseDateCell, parseYearCell } from "../read/dates";
import { normaliseTaskId } from "../read/task-id";
import { foldKey } from "../text/normalize";
import { dayFromSerial } from "../time/days";
import type { Severity } from "../validate/issue";
import { invalidValue, isFunctionError, type FunctionError } from "./function-error";
import type { Args, DataRows, FunctionContext, ParamKind, ParamSpec, PeopleGroup, TaskField } from "./types";

/**
 * The one place where what Excel passes becomes typed arguments, for every BDG.* function:
 * - an omitted optional argument arrives as null (Excel), undefined (a direct call) or "";
 * - an empty cell given as an argument arrives as "" or null (Excel on the web) or 0 (Excel on
 *   Windows, office-js issue 4702): for every kind but `data`, 0 is "not given" too;
 * - a scalar argument given a one-cell range arrives as [[value]];
 * - years as numbers or text ("2024", "Năm 2024"); dates as serials or text ("15/11/2023").
 */

type Coercer<K extends keyof Args> = (raw: unknown, spec: ParamSpec, ctx: FunctionContext, m: FunctionMessages) => Args[K] | FunctionError;

/** Blank for a scalar argument: omitted, an empty cell, or white space. */
function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === 0 || (typeof v === "string" && v.trim() === "");
}

/** How an argument is quoted back in a message. */
function shown(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
  if (typeof v === "string") return v.trim();
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** A scalar argument: the cell of a one-cell range, or the value itself. */
function scalar(raw: unknown, spec: ParamSpec, m: FunctionMessages): unknown {
  if (!Array.isArray(raw)) return raw;
  const rows = raw as unknown[][];
  const cells = rows.reduce((n, r) => n + (Array.isArray(r) ? r.length : 1), 0);
  if (cells > 1) return invalidValue(m.notOneValue({ param: spec.name }));
  const first = rows[0];
  return Array.isArray(first) ? first[0] : first;
}

/** A few task ids of the plan, for "write an id such as …". */
function examples(plan: PlanModel): string {
  const withObligations = plan.tasks.filter((t) => t.frequency !== "group" && t.id.split(".").length === 3);
  const ids = [plan.tasks[0]?.id, withObligations[0]?.id].filter((x): x is string => x !== undefined);
  return [...new Set(ids)].join(", ");
}

/**
 * A task or group id of the plan from what the user typed ("ii.2.1", "III.1.", "Mục II.2"); a
 * scope may also be a section of the plan ("II": every task under it).
 */
function taskIdOf(v: unknown, ctx: FunctionContext, m: FunctionMessages, sectionOk: boolean): string | FunctionError {
  const text = shown(v);
  const id = normaliseTaskId(text);
  const known = id !== null && (ctx.plan.hasTask(id) || (sectionOk && ctx.plan.plan.sections.some((s) => s.id === id)));
  if (!known) return invalidValue(m.unknownTask({ value: text, examples: examples(ctx.plan) }));
  return id;
}

const scope: Coercer<"scope"> = (raw, _spec, ctx, m) => (isBlank(raw) ? "" : taskIdOf(raw, ctx, m, true));

const task: Coercer<"task"> = (raw, _spec, ctx, m) => (isBlank(raw) ? invalidValue(m.missingTask({})) : taskIdOf(raw, ctx, m, false));

const year: Coercer<"year"> = (raw, _spec, ctx, m) => {
  if (isBlank(raw)) return null;
  const from = ctx.plan.firstYear;
  const to = ctx.plan.lastYear;
  const y = typeof raw === "number" || typeof raw === "string" ? parseYearCell(raw) : undefined;
  if (typeof y !== "number" || y < from || y > to) return invalidValue(m.badYear({ value: shown(raw), from, to }));
  return y;
};

/** Folded words (no diacritics, lower case) -> value, for the small vocabularies below. */
function vocabulary<T>(entries: Array<[T, string[]]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const w of words) map.set(foldKey(w), value);
  return map;
}

const GROUPS = vocabulary<PeopleGroup>([
  ["total", ["tổng", "tổng số", "total", "all", "tất cả"]],
  ["female", ["nữ", "female", "women", "woman", "phụ nữ"]],
  ["male", ["nam", "male", "men", "man"]],
  ["ethnic", ["dtts", "dân tộc thiểu số", "ethnic", "ethnic minority", "người dtts"]],
]);

const SEVERITIES = vocabulary<Severity>([
  ["error", ["lỗi", "error", "errors"]],
  ["warning", ["cảnh báo", "warning", "warnings"]],
  ["info", ["thông tin", "info", "information", "tất cả", "all"]],
]);

const FIELDS = vocabulary<TaskField>([
  ["title", ["title", "tên", "tên nhiệm vụ", "nhiệm vụ", "nội dung"]],
  ["short", ["short", "tên ngắn", "tên rút gọn"]],
  ["lead", ["lead", "chủ trì", "đơn vị chủ trì", "đơn vị"]],
  ["frequency", ["frequency", "tần suất"]],
  ["window", ["window", "thời gian", "thời gian đợt", "đợt"]],
]);

function fromVocabulary<T>(map: Map<string, T>, fallback: T, bad: (value: string) => string): (raw: unknown) => T | FunctionError {
  return (raw) => {
    if (isBlank(raw)) return fallback;
    const found = typeof raw === "string" ? map.get(foldKey(raw)) : undefined;
    return found ?? invalidValue(bad(shown(raw)));
  };
}

const group: Coercer<"group"> = (raw, _s, _c, m) => fromVocabulary(GROUPS, "total", (value) => m.badGroup({ value }))(raw);
const severity: Coercer<"severity"> = (raw, _s, _c, m) => fromVocabulary(SEVERITIES, "info", (value) => m.badSeverity({ value }))(raw);
const field: Coercer<"field"> = (raw, _s, _c, m) => fromVocabulary(FIELDS, "title", (value) => m.badField({ value }))(raw);

const date: Coercer<"date"> = (raw, _spec, ctx, m) => {
  if (isBlank(raw)) return invalidValue(m.missingDate({}));
  if (typeof raw === "number") {
    // A serial from a date cell; a bare year (2024) is not a day.
    if (!Number.isFinite(raw) || raw < 1 || (Number.isInteger(raw) && raw >= 1900 && raw <= 2100)) return invalidValue(m.badDate({ value: shown(raw) }));
    return dayFromSerial(raw, ctx.date1904);
  }
  if (typeof raw !== "string") return invalidValue(m.badDate({ value: shown(raw) }));
  const p = parseDateCell(raw, ctx.date1904);
  if (!p || !p.ok || p.span.start !== p.span.end) return invalidValue(m.badDate({ value: shown(raw) }));
  return p.span.start;
};

const data: Coercer<"data"> = (raw, _spec, _ctx, m) => {
  if (raw === null || raw === undefined) return null;
  if (!Array.isArray(raw) || !raw.every((r) => Array.isArray(r))) return invalidValue(m.badData({}));
  return raw as DataRows;
};

const COERCERS: { [K in ParamKind]: Coercer<K> } = { scope, task, year, group, severity, field, date, data };

/** Defaults of the kinds a function does not take, so that every Args is complete. */
const DEFAULTS: Args = { scope: "", task: "", year: null, group: "total", severity: "info", field: "title", date: null, data: null };

/**
 * Every argument of a call, coerced by its kind; the first bad one gives its error. Extra
 * arguments are ignored; missing ones count as omitted.
 */
export function coerceArgs(params: readonly ParamSpec[], raw: readonly unknown[], ctx: FunctionContext): Args | FunctionError {
  const m = functionMessages(ctx.locale);
  const args: Args = { ...DEFAULTS };
  for (const [i, spec] of params.entries()) {
    let value = raw[i];
    if (spec.kind !== "data") {
      value = scalar(value, spec, m);
      if (isFunctionError(value)) return value;
    }
    const coerced = (COERCERS[spec.kind] as Coercer<keyof Args>)(value, spec, ctx, m);
    if (isFunctionError(coerced)) return coerced;
    (args as unknown as Record<string, unknown>)[spec.kind] = coerced;
  }
  return args;
}
