import type { PlanModel } from "../plan/model";
import type { Task } from "../plan/schema";
import { foldKey } from "../text/normalize";
import type { Day } from "../time/days";

export interface TaskGuess {
  id: string;
  /** 0..1: at or above CONFIDENT the guess is used without a warning. */
  confidence: number;
}

export const CONFIDENT = 0.8;

const STOP = new Set(
  "va cac cua cho ve voi trong tai nhan de tren duoc nhung mot co la thuc hien hoat dong to chuc cong tac binh dang gioi bdg nam".split(" "),
);

interface Prepared {
  task: Task;
  keywords: string[];
  titleWords: Set<string>;
}

const cache = new WeakMap<PlanModel, Prepared[]>();

function prepared(plan: PlanModel): Prepared[] {
  let p = cache.get(plan);
  if (!p) {
    p = plan.tasks.map((task) => ({
      task,
      keywords: task.keywords.map((k) => ` ${foldKey(k)} `),
      titleWords: new Set(
        foldKey(`${task.title} ${task.shortTitle ?? ""}`)
          .split(" ")
          .filter((w) => w.length > 1 && !STOP.has(w)),
      ),
    }));
    cache.set(plan, p);
  }
  return p;
}

/**
 * Guess the task of an activity from its text (and date, for campaigns): keyword phrases weigh
 * most, shared title words a little. Confident only when one task clearly leads.
 */
export function guessTask(
  text: string,
  plan: PlanModel,
  opts: { within?: string; day?: Day | null; year?: number | null } = {},
): TaskGuess | null {
  const folded = ` ${foldKey(text)} `;
  if (folded.trim() === "") return null;
  const words = folded.trim().split(" ");
  const scores: Array<{ id: string; score: number }> = [];
  for (const p of prepared(plan)) {
    if (opts.within && !plan.inScope(p.task.id, opts.within)) continue;
    if (p.task.frequency === "group") continue;
    let score = 0;
    for (const k of p.keywords) if (folded.includes(k)) score += 2 + k.trim().split(" ").length;
    let shared = 0;
    for (const w of words) if (p.titleWords.has(w)) shared++;
    score += Math.min(shared, 6) * 0.5;
    if (p.task.frequency === "campaign" && opts.day != null && opts.year != null) {
      const w = plan.windowIn(p.task, opts.year);
      // A communication activity dated inside a campaign's window is most likely that campaign.
      if (w && opts.day >= w.start && opts.day <= w.end && /truyen thong|tuyen truyen|mit tinh|huong ung|chien dich/.test(folded)) score += 4;
    }
    if (score > 0) scores.push({ id: p.task.id, score });
  }
  let best: { id: string; score: number } | null = null;
  for (const s of scores) if (!best || s.score > best.score) best = s;
  if (!best) return null;
  // A parent (II.2) matching the same words is no rival to its more precise child (II.2.4).
  const top = best;
  let second = 0;
  for (const s of scores) if (s !== top && !plan.inScope(top.id, s.id) && s.score > second) second = s.score;
  const margin = (best.score - second) / best.score;
  const strength = Math.min(1, best.score / 6);
  return { id: best.id, confidence: Math.round(Math.min(1, strength * (0.4 + 0.6 * margin)) * 100) / 100 };
}
