import type { PlanModel, Window } from "../plan/model";
import type { Task } from "../plan/schema";
import { yearOf, type Day } from "../time/days";
import { clerkKey, headOf, meaningfulWords } from "./guess-words";

export interface TaskGuess {
  id: string;
  /** 0..1: at or above CONFIDENT the guess is used without a warning. */
  confidence: number;
}

export const CONFIDENT = 0.8;

/** Below this a guess is no guess at all: no task, so no warning about a task either. */
export const GUESS_FLOOR = 0.3;

/** Weights of the evidence, in points: what the confidence is made of. */
const STRONG = 3;
const WEAK = 1;
/** Each word of a phrase adds this much (a longer phrase is more specific), up to PHRASE_WORDS words. */
const PER_WORD = 1;
const PHRASE_WORDS = 5;
/** A phrase at the head of the text names the action ("Báo cáo …", "Khen thưởng …"): it decides most. */
const HEAD = 5;
/** Words shared with a task's title, weighted by how few titles have them, count up to this. */
const TITLE_MAX = 3;
const TITLE_WEIGHT = 0.8;
/** A campaign whose window holds the day, when the words fit it or the group it belongs to. */
const IN_WINDOW = 4;
/** The score at which the evidence is full (before the rival's share is taken off). */
const FULL = 6;
/** The lead over the best rival, in points, at which the leader is clear. */
const GAP = 5;
/** What the phrases after an opening action weigh, for the tasks they name. */
const TOPIC = 0.5;

interface Phrase {
  /** " a b c ", to find whole words with includes(). */
  padded: string;
  words: number;
}

interface Prepared {
  task: Task;
  strong: Phrase[];
  weak: Phrase[];
  /** Title words and their weight (1 for a word of one title only, less the more titles share it). */
  titleWords: Map<string, number>;
  /** Has tasks under it. */
  parent: boolean;
}

interface PreparedPlan {
  tasks: Prepared[];
  /** Every task's phrases, with the task's index, by their first word. */
  byFirstWord: Map<string, Array<{ task: number; strong: boolean; phrase: Phrase }>>;
  /** Campaign windows by year, then by task index: every window of the year (plan.windowsIn builds dates each time). */
  windows: Map<number, Window[][]>;
  subject: Phrase[];
  /** Every word the plan uses for its tasks and subject: what it can explain in a text. */
  vocabulary: Set<string>;
}

const cache = new WeakMap<PlanModel, PreparedPlan>();

function phrase(text: string): Phrase | null {
  const key = clerkKey(text);
  return key === "" ? null : { padded: ` ${key} `, words: key.split(" ").length };
}

function phrases(list: readonly string[] | undefined): Phrase[] {
  return (list ?? []).map(phrase).filter((p): p is Phrase => p !== null);
}

function prepare(plan: PlanModel): PreparedPlan {
  const known = cache.get(plan);
  if (known) return known;
  const titled = plan.tasks.map((task) => ({
    task,
    words: new Set(meaningfulWords(clerkKey(`${task.title} ${task.shortTitle ?? ""}`))),
  }));
  const df = new Map<string, number>();
  for (const { words } of titled) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(2, plan.tasks.length);
  const vocabulary = new Set<string>();
  const tasks = titled.map(({ task, words }) => {
    const titleWords = new Map<string, number>();
    for (const w of words) {
      titleWords.set(w, Math.log(n / (df.get(w) ?? 1)) / Math.log(n));
      vocabulary.add(w);
    }
    const p: Prepared = { task, strong: phrases(task.keywords), weak: phrases(task.weakKeywords), titleWords, parent: plan.descendants(task.id).length > 0 };
    for (const ph of [...p.strong, ...p.weak]) for (const w of ph.padded.trim().split(" ")) vocabulary.add(w);
    return p;
  });
  const subject = phrases(plan.plan.subjectKeywords);
  for (const ph of subject) for (const w of ph.padded.trim().split(" ")) vocabulary.add(w);
  const all = tasks.flatMap((p, task) => [
    ...p.strong.map((phrase) => ({ task, strong: true, phrase })),
    ...p.weak.map((phrase) => ({ task, strong: false, phrase })),
  ]);
  const byFirstWord = new Map<string, typeof all>();
  for (const entry of all) {
    const words = entry.phrase.padded.trim();
    const space = words.indexOf(" ");
    const first = space < 0 ? words : words.slice(0, space);
    const list = byFirstWord.get(first);
    if (list) list.push(entry);
    else byFirstWord.set(first, [entry]);
  }
  const prepared: PreparedPlan = { tasks, byFirstWord, windows: new Map(), subject, vocabulary };
  cache.set(plan, prepared);
  return prepared;
}

interface Evidence {
  /** The task this is the evidence for. */
  p: Prepared;
  strong: number;
  weak: number;
  /** A phrase of the task begins the text's head. */
  head: boolean;
}

interface Match {
  task: number;
  strong: boolean;
  at: number;
  end: number;
  words: number;
}

/**
 * Every phrase of every task found in the text, less those inside a longer one found there
 * ("bạo lực gia đình" inside "Luật phòng, chống bạo lực gia đình" is the law, not the campaign).
 */
function matchesIn(padded: string, prepared: PreparedPlan): Match[] {
  const found: Match[] = [];
  // Each word of the text is looked up once: only the phrases that begin with it are tried there.
  let at = 0;
  while (at < padded.length - 1) {
    const next = padded.indexOf(" ", at + 1);
    const candidates = prepared.byFirstWord.get(padded.slice(at + 1, next));
    if (candidates) {
      for (const { task, strong, phrase } of candidates) {
        if (padded.startsWith(phrase.padded, at)) found.push({ task, strong, at, end: at + phrase.padded.length, words: phrase.words });
      }
    }
    at = next;
  }
  if (found.length < 2) return found;
  return found.filter((m) => !found.some((o) => o !== m && o.at <= m.at && o.end >= m.end && o.end - o.at > m.end - m.at));
}

/** Each task's evidence, in the order of the prepared tasks. */
function evidenceOf(matches: readonly Match[], tasks: readonly Prepared[], head: number): Evidence[] {
  const out = tasks.map((p): Evidence => ({ p, strong: 0, weak: 0, head: false }));
  const seen = new Set<string>();
  for (const m of matches) {
    // The same phrase twice in a text is one piece of evidence.
    const key = `${m.task}:${m.strong}:${m.end - m.at}:${m.words}`;
    const e = out[m.task];
    // A match's task is an index into the prepared tasks: always there.
    if (!e) continue;
    if (m.at === head) e.head = true;
    if (seen.has(key)) continue;
    seen.add(key);
    const points = (m.strong ? STRONG : WEAK) + PER_WORD * Math.min(m.words, PHRASE_WORDS);
    if (m.strong) e.strong += points;
    else e.weak += points;
  }
  return out;
}

function titleEvidence(words: readonly string[], p: Prepared): number {
  let sum = 0;
  const seen = new Set<string>();
  for (const w of words) {
    const weight = p.titleWords.get(w);
    if (weight === undefined || seen.has(w)) continue;
    seen.add(w);
    sum += weight;
  }
  return Math.min(TITLE_MAX, sum * TITLE_WEIGHT);
}

/** Longest date span (a month) that can place an activity in a window: a quarter or a year cannot. */
const SPAN_DAYS = 31;

/**
 * Does the activity's date meet one of the campaign's windows (of its year, or one that began the
 * year before; a campaign held twice a year has two)? A day inside it does; so does a span of up to
 * a month that overlaps it ("tháng 11/2024"); a longer span does not.
 */
function inWindow(plan: PlanModel, prepared: PreparedPlan, index: number, day: Day, end: Day | null | undefined): boolean {
  // A quarter or a year says nothing of the window (and would not count for the campaign).
  if (end != null && end - day > SPAN_DAYS) return false;
  const last = end != null && end >= day ? end : day;
  const y = yearOf(day);
  for (const year of [y, y - 1]) {
    let byTask = prepared.windows.get(year);
    if (!byTask) prepared.windows.set(year, (byTask = prepared.tasks.map((p) => plan.windowsIn(p.task, year))));
    if ((byTask[index] ?? []).some((w) => last >= w.start && day <= w.end)) return true;
  }
  return false;
}

function isAncestor(plan: PlanModel, ancestor: string, id: string): boolean {
  return ancestor !== id && plan.inScope(id, ancestor);
}

export interface GuessOptions {
  /** Only tasks under this one (the group heading the row sits under). */
  within?: string;
  /** The activity's (first) day, for campaign windows. */
  day?: Day | null;
  /** Its last day, when its date is a span ("tháng 11/2024"): a month overlapping a window meets it. */
  end?: Day | null;
  /** Accepted for older callers; the day's own year places it. */
  year?: number | null;
}

/** What a guess rests on: each task's score, and how far the text is about the plan at all. */
export interface Ranking {
  /** Tasks with a positive score, best first (groups and tasks outside `within` left out). */
  ranked: Array<{ id: string; score: number }>;
  /** A word of the plan's subject, a strong phrase, or every word explained by the plan. */
  onSubject: boolean;
  /** Share of the text's meaningful words that the plan's titles and phrases use. */
  explained: number;
}

/**
 * Score every task for an activity's text and date. The evidence: phrases the plan declares for
 * each task (strong and weak: guessTask takes weak ones only in a text on the plan's subject), a phrase at
 * the head of the text (the action), words shared with the task's title, and for a campaign a day
 * inside its window with words that fit it or its group (then the campaign, never the group).
 */
export function rankTasks(text: string, plan: PlanModel, opts: GuessOptions = {}): Ranking | null {
  const key = clerkKey(text);
  if (key === "") return null;
  const prepared = prepare(plan);
  const padded = ` ${key} `;
  const head = headOf(key);
  const words = meaningfulWords(key);

  const matches = matchesIn(padded, prepared);
  const all = evidenceOf(matches, prepared.tasks, head.offset);
  const explained = words.length === 0 ? 1 : words.filter((w) => prepared.vocabulary.has(w)).length / words.length;
  // On the subject: a word of it, a strong phrase, or a text made only of the plan's phrases ("Báo cáo tổng kết 5 năm").
  const inPhrases = new Set(matches.flatMap((m) => padded.slice(m.at, m.end).trim().split(" ")));
  const onSubject =
    prepared.subject.some((s) => padded.includes(s.padded)) ||
    matches.some((m) => m.strong) ||
    (words.length >= 2 && words.every((w) => inPhrases.has(w)));
  // An action that opens the text ("Báo cáo kết quả Tháng hành động …") owns what follows it: the
  // tasks named after it are its topic, and weigh less as rivals.
  const owner = head.skipped <= 2 ? all.filter((e) => e.head && !e.p.parent) : [];
  if (owner.length > 0) {
    for (const e of all) {
      const id = e.p.task.id;
      if (e.head || owner.some((o) => isAncestor(plan, o.p.task.id, id) || isAncestor(plan, id, o.p.task.id))) continue;
      e.strong *= TOPIC;
      e.weak *= TOPIC;
    }
  }

  const scores = new Map<string, number>();
  const phraseScore = (e: Evidence) => e.strong + e.weak;
  for (const [index, e] of all.entries()) {
    const p = e.p;
    const ph = phraseScore(e);
    const title = titleEvidence(words, p);
    // A parent's phrases (communication, for its campaigns) name a family of tasks, not an action.
    const headBonus = e.head && ph > 0 && !p.parent ? HEAD : 0;
    let score = ph + headBonus + (ph > 0 || title >= 1 ? title : 0);
    if (p.task.frequency === "campaign" && opts.day != null && inWindow(plan, prepared, index, opts.day, opts.end)) {
      // The words of the group a campaign belongs to (communication) fit the campaign in its window.
      let groupWords = 0;
      for (const qe of all) {
        if (isAncestor(plan, qe.p.task.id, p.task.id)) groupWords += phraseScore(qe);
      }
      if (ph + groupWords > 0) {
        score = ph + groupWords + headBonus + title + IN_WINDOW;
        // Never the group: an activity of the campaign's window is the campaign's.
        for (const q of prepared.tasks) if (isAncestor(plan, q.task.id, p.task.id)) scores.set(q.task.id, -Infinity);
      }
    }
    if (score > 0 && scores.get(p.task.id) !== -Infinity) scores.set(p.task.id, score);
  }

  const ranked: Array<{ id: string; score: number }> = [];
  for (const [id, score] of scores) {
    const task = plan.task(id);
    if (!task || task.frequency === "group" || !(score > 0)) continue;
    if (opts.within && !plan.inScope(id, opts.within)) continue;
    ranked.push({ id, score });
  }
  ranked.sort((x, y) => y.score - x.score);
  return { ranked, onSubject, explained };
}

/**
 * Guess the task of an activity from its text and date (see rankTasks). Confident when the
 * evidence is full, one task clearly leads (a task's own group or subtask is no rival), and the
 * plan explains most of the words; a text off the plan's subject is never confident. Below
 * GUESS_FLOOR, or off the subject with words the plan does not know, there is no guess.
 */
export function guessTask(text: string, plan: PlanModel, opts: GuessOptions = {}): TaskGuess | null {
  const r = rankTasks(text, plan, opts);
  const top = r?.ranked[0];
  if (!r || !top) return null;
  // "Tập huấn phòng cháy", "Báo cáo quyết toán": an action of the plan on another subject.
  if (!r.onSubject) return null;
  const rival = r.ranked.find((s) => s !== top && !isAncestor(plan, s.id, top.id) && !isAncestor(plan, top.id, s.id));
  const second = rival ? rival.score : 0;
  const strength = Math.min(1, top.score / FULL);
  // Evidence shared by the two ("tuyên truyền" for II.2 and III.2) tells nothing: the gap does.
  const margin = Math.min(1, (top.score - second) / GAP);
  let confidence = strength * (0.25 + 0.75 * margin) * (0.7 + 0.3 * r.explained);
  confidence = Math.round(Math.min(1, confidence) * 100) / 100;
  return confidence < GUESS_FLOOR ? null : { id: top.id, confidence };
}
