/**
 * Parts II–IV of BC: the assessment (what was achieved, with progress and the shares of women and
 * of ethnic-minority people against the previous year; the shortcomings — overdue tasks and tasks
 * with nothing done; their causes), the direction and tasks of the next year (or of 2026–2030
 * after the period), and the recommendations. What the data knows is written; what only staff
 * can say is left as dotted lines.
 */
import { BC_TEXT } from "../i18n/report-messages";
import { isCancelled, shareOfEthnic, shareOfWomen, type Figures, type ObligationStatus } from "../progress";
import type { Body } from "./bc-body";
import { peopleOf, type BcContext } from "./bc-results";
import { clause, dayText, moneyText, percentText } from "./format";
import { figuresOfList, strictlyDue, periodOfInput } from "./report-model";
import { placeInPeriod, reportPeriod } from "./report-period";

function scopeWordsOf(c: BcContext, year: number | null = c.model.year): string {
  return BC_TEXT.scopeOfYear({ year, half: c.half, from: c.model.from, to: c.model.to }).replace(/^của /, "");
}

/** Figures of the same kind of scope one year earlier (the first half of last year for a half-year). */
function previousFigures(c: BcContext): Figures | null {
  const { input, model } = c;
  if (model.year === null || !input.plan.years.includes(model.year - 1)) return null;
  const p = periodOfInput(input);
  const prev = reportPeriod(input.plan, model.year - 1, c.half, p.cutoff);
  const list = input.data.activities.filter((a) => !isCancelled(a) && placeInPeriod(a, prev, input.plan) === "inside");
  return figuresOfList(list, input.plan, c.at);
}

const pct = (r: number | null): string | null => (r === null ? null : percentText(r));

function sharesLine(c: BcContext): string | null {
  const t = c.model.total;
  if (c.model.year === null) {
    const female: string[] = [];
    const ethnic: string[] = [];
    let partial = false;
    for (const y of c.input.plan.years) {
      const list = c.input.data.activities.filter((a) => !isCancelled(a) && a.year === y);
      const f = figuresOfList(list, c.input.plan, c.at);
      const fs = shareOfWomen(f);
      const es = shareOfEthnic(f);
      if (fs !== null) female.push(`năm ${y}: ${percentText(fs)}`);
      if (es !== null) ethnic.push(`năm ${y}: ${percentText(es)}`);
      if (f.femaleBase < f.participants || f.ethnicBase < f.participants) partial = true;
    }
    if (female.length === 0 && ethnic.length === 0) return null;
    return BC_TEXT.sharesByYear({ female, ethnic, partial });
  }
  const female = pct(shareOfWomen(t));
  const ethnic = pct(shareOfEthnic(t));
  if (female === null && ethnic === null) return null;
  const prev = previousFigures(c);
  const prevScope = prev && prev.participants > 0 ? scopeWordsOf(c, (c.model.year as number) - 1) : null;
  return BC_TEXT.shares({
    scope: scopeWordsOf(c),
    female,
    ethnic,
    prevScope,
    prevFemale: prev ? pct(shareOfWomen(prev)) : null,
    prevEthnic: prev ? pct(shareOfEthnic(prev)) : null,
    partial: t.femaleBase < t.participants || t.ethnicBase < t.participants,
  });
}

function progressLines(c: BcContext): string[] {
  const { model, input } = c;
  const at = dayText(c.at);
  const scope = BC_TEXT.scopeOfYear({ year: model.year, half: c.half, from: model.from, to: model.to });
  const p = model.progress;
  const lines: string[] = [];
  // Nothing due yet is no progress: tasks done ahead of time are said as such, never as 100 %.
  if (p.ratio === null || strictlyDue(input.statuses, input.plan, model.year, c.at) === 0) {
    lines.push(BC_TEXT.progressNoneDue({ at, scope, early: p.done }));
  } else {
    lines.push(BC_TEXT.progress({ at, scope, done: p.done, due: p.due, pct: percentText(p.ratio) }));
  }
  if (model.year === null) {
    const full: number[] = [];
    const others: string[] = [];
    for (const [y, count] of model.byYear) {
      if (count.ratio === null || strictlyDue(input.statuses, input.plan, y, c.at) === 0) others.push(BC_TEXT.yearNoneDue({ year: y }));
      else if (count.ratio === 1) full.push(y);
      else others.push(BC_TEXT.yearProgress({ year: y, done: count.done, due: count.due, pct: percentText(count.ratio) }));
    }
    lines.push(BC_TEXT.byYear({ full, others }));
  }
  return lines;
}

function achieved(body: Body, c: BcContext): void {
  body.heading(BC_TEXT.achievedHeading, { bold: true });
  const t = c.model.total;
  const scope = BC_TEXT.scope({ year: c.model.year, half: c.half, from: c.model.from, to: c.model.to });
  body.para(BC_TEXT.overall({ scope, n: t.activities, completed: t.completed, people: peopleOf(t), money: t.budget > 0 ? moneyText(t.budget) : null }));
  for (const l of progressLines(c)) body.para(l);
  body.para(BC_TEXT.measure);
  const shares = sharesLine(c);
  if (shares) body.para(shares);
  body.dots(2);
}

function obligationLines(list: readonly ObligationStatus[], c: BcContext): string[] {
  return list.map((o, i) => {
    const task = c.input.plan.task(o.taskId);
    const when = o.year !== null ? BC_TEXT.oneYear({ year: o.year }) : BC_TEXT.wholePeriod({ from: c.model.from, to: c.model.to });
    return BC_TEXT.obligationItem({
      id: o.taskId,
      title: clause(task?.shortTitle ?? task?.title ?? o.taskId),
      year: when,
      due: dayText(o.due),
      none: o.activities.length === 0,
      last: i === list.length - 1,
    });
  });
}

/** Tasks that owe something in the scope and have no activity at all in it (the period only: a year says it per obligation). */
function neverDone(c: BcContext): Array<{ id: string; title: string }> {
  if (c.model.year !== null) return [];
  const out: Array<{ id: string; title: string }> = [];
  for (const s of c.model.sections) {
    for (const t of s.tasks) {
      const owes = t.obligations.some((o) => o.state !== "not-due");
      if (owes && t.subtree.activities === 0 && t.obligations.every((o) => o.activities.length === 0)) {
        out.push({ id: t.task.id, title: clause(t.task.shortTitle ?? t.task.title) });
      }
    }
  }
  return out;
}

function limits(body: Body, c: BcContext): void {
  body.heading(BC_TEXT.limitsHeading, { bold: true });
  const overdue = c.model.overdue;
  const never = neverDone(c);
  if (overdue.length === 0 && never.length === 0) body.para(BC_TEXT.noLimits);
  if (overdue.length > 0) {
    body.para(BC_TEXT.overdueIntro({ n: overdue.length }));
    body.list(obligationLines(overdue, c));
  }
  if (never.length > 0) {
    body.para(BC_TEXT.neverDoneIntro({ n: never.length, scope: scopeWordsOf(c) }));
    body.list(never.map((t, i) => BC_TEXT.taskItem({ ...t, last: i === never.length - 1 })));
  }
  body.dots(2);
  body.heading(BC_TEXT.causesHeading, { bold: true });
  body.heading(BC_TEXT.causesObjective, { italic: true });
  body.dots(2);
  body.heading(BC_TEXT.causesSubjective, { italic: true });
  body.dots(2);
}

function next(body: Body, c: BcContext): void {
  const { model } = c;
  body.heading(BC_TEXT.nextHeading({ year: model.year, half: c.half, from: model.from, to: model.to }), { bold: true });
  if (model.year === null) {
    body.para(BC_TEXT.nextPeriod);
  } else if (!c.half) {
    if (model.year < model.to) body.para(BC_TEXT.nextAnnual({ year: model.year + 1 }));
    else body.para(BC_TEXT.nextLast);
  }
  if (model.overdue.length > 0) body.para(BC_TEXT.nextOverdue({ n: model.overdue.length }));
  // What is open and not yet due in the scope carries over.
  const open = model.open.filter((o) => o.due > c.at);
  if (open.length > 0) {
    body.para(BC_TEXT.nextOpen({ n: open.length }));
    body.list(obligationLines(open, c).map((l) => l.replace(/, chưa tổ chức hoạt động nào\)/, ")")));
  }
  body.dots(3);
}

export function assessmentParts(body: Body, c: BcContext): void {
  body.heading(BC_TEXT.partAssessment, { bold: true });
  achieved(body, c);
  limits(body, c);
  next(body, c);
  body.heading(BC_TEXT.partRecommendations, { bold: true });
  body.dots(4);
}
