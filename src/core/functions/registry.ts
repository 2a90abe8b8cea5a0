import type { FunctionDeclaration } from "./declaration";
import { PLAN_FUNCTIONS } from "./plan-functions";
import { TRACKING_FUNCTIONS } from "./tracking-functions";

/** Every BDG.* function, in the order of DESIGN §6. */
export const FUNCTIONS: readonly FunctionDeclaration[] = [...TRACKING_FUNCTIONS, ...PLAN_FUNCTIONS];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

export type FunctionName = "PROGRESS" | "STATUS" | "COUNT" | "PARTICIPANTS" | "BUDGET" | "ISSUES" | "TASK" | "TASKS" | "CAMPAIGN";

export function declarationOf(name: FunctionName): FunctionDeclaration {
  const d = BY_NAME.get(name);
  if (!d) throw new Error(`BDG.${name} is not declared`);
  return d;
}
