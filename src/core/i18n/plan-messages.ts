import type { Catalogue } from "./locale";

/** Why a plan file was refused, besides the schema's own messages (zod's, in the user's language). */
export interface PlanMessageParams {
  badJson: { reason: string };
}

export const PLAN_MESSAGES: Catalogue<keyof PlanMessageParams, PlanMessageParams> = {
  vi: { badJson: ({ reason }) => `JSON không hợp lệ: ${reason}` },
  en: { badJson: ({ reason }) => `Not valid JSON: ${reason}` },
};
