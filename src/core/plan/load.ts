import { z, type ZodError } from "zod";
import type { Locale } from "../i18n/locale";
import { PLAN_MESSAGES } from "../i18n/plan-messages";
import { BUILTIN_PLAN } from "./builtin";
import { PlanModel } from "./model";
import { planSchema } from "./schema";

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

/** A plan from JSON text (a replacement for the built-in one), or the reasons it was refused. */
export function parsePlanJson(text: string, locale: Locale = "vi"): PlanLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [PLAN_MESSAGES[locale].badJson({ reason: (e as Error).message })] };
  }
  const r = planSchema.safeParse(raw, { error: ZOD_MESSAGES[locale] });
  if (!r.success) return { ok: false, errors: describeZodError(r.error) };
  return { ok: true, plan: new PlanModel(r.data) };
}
