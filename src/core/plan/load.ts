import { z, type ZodError } from "zod";
import type { Locale } from "../i18n/locale";
import { frequencyOfWords } from "../plan-sheet/layout";
import { BUILTIN_PLAN } from "./builtin";
import { PlanModel } from "./model";
import { describePlanIssues, describeUnreadableText } from "./plan-file-problems";
import { frequencySchema, planSchema } from "./schema";

export type PlanLoad = { ok: true; plan: PlanModel } | { ok: false; errors: string[] };

let builtin: PlanModel | undefined;

/** The plan shipped with the product, validated once. */
export function builtinPlan(): PlanModel {
  builtin ??= PlanModel.fromInput(BUILTIN_PLAN);
  return builtin;
}

/** One line per problem, naming the field: "tasks[3].window.start: phải có dạng dd/mm". */
export function describeZodError(err: ZodError): string[] {
  return err.issues.map((i) => {
    const path = i.path
      .map((p, k) => (typeof p === "number" ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`))
      .join("");
    return `${path || "(gốc/root)"}: ${i.message}`;
  });
}

/** zod's own messages (wrong type, missing field…) in the user's language. */
const ZOD_MESSAGES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError };

/**
 * A task's frequency may be written in the plan's words ("Hằng năm", "Theo đợt") as on a plan
 * sheet; they are read as the codes the schema knows. The user's objects are not changed.
 */
function withFrequencyCodes(raw: unknown): unknown {
  if (raw === null || typeof raw !== "object" || !Array.isArray((raw as { tasks?: unknown }).tasks)) return raw;
  const tasks = ((raw as { tasks: unknown[] }).tasks).map((t) => {
    if (t === null || typeof t !== "object") return t;
    const f = (t as { frequency?: unknown }).frequency;
    if (typeof f !== "string" || frequencySchema.safeParse(f).success) return t;
    const code = frequencyOfWords(f);
    return code === null ? t : { ...t, frequency: code };
  });
  return { ...raw, tasks };
}

/** A plan from JSON text (a replacement for the built-in one), or the reasons it was refused, in the user's words. */
export function parsePlanJson(text: string, locale: Locale = "vi"): PlanLoad {
  // Notepad saves UTF-8 with a byte order mark, which JSON.parse refuses.
  const body = text.replace(/^\uFEFF/, "");
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [describeUnreadableText(body, e, locale)] };
  }
  const input = withFrequencyCodes(raw);
  const r = planSchema.safeParse(input, { error: ZOD_MESSAGES[locale] });
  if (!r.success) return { ok: false, errors: describePlanIssues(r.error.issues, input, locale) };
  return { ok: true, plan: new PlanModel(r.data) };
}
