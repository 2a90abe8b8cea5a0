import type { FunctionDeclaration } from "./declaration";
import { PLAN_FUNCTIONS } from "./plan-functions";
import { TRACKING_FUNCTIONS } from "./tracking-functions";

const DECLARED = [...TRACKING_FUNCTIONS, ...PLAN_FUNCTIONS] as const;

/** The name after "BDG." of every declared function: the declarations are the only list of them. */
export type FunctionName = (typeof DECLARED)[number]["name"];

/** Every BDG.* function, in the order of docs/design.md#functions. */
export const FUNCTIONS: readonly FunctionDeclaration<FunctionName>[] = DECLARED;

const BY_NAME = new Map<string, FunctionDeclaration<FunctionName>>(FUNCTIONS.map((f) => [f.name, f]));

export function declarationOf(name: FunctionName): FunctionDeclaration<FunctionName> {
  const d = BY_NAME.get(name);
  if (!d) throw new Error(`BDG.${name} is not declared`);
  return d;
}
