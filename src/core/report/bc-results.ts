/**
 * Part I of BC, the results: one part per plan section, and under it every task with what was
 * done (the activities, people, money), said as a writer would: a zero is said in words or not
 * at all, a state is said only when the task is not done, a campaign's figures are those of its
 * window as in B02.
 */
import { BC_TEXT, type BcPeople } from "../i18n/report-messages";
import type { Figures, ObligationStatus } from "../progress";
import { shareOfEthnic, shareOfWomen, yearStatusOf, yearStatusesOf } from "../progress";
import type { Activity } from "../read/types";
import type { Day } from "../time/days";
import { activityLines, activityLinesForPeriod, whenText } from "./bc-lists";
import type { Body } from "./bc-body";
import { clause, countText, dayText, letter, moneyText, percentText } from "./format";
import { figuresOfList, type ReportInput, type ReportModel, type TaskResult } from "./report-model";

/** The people of a figure as BC states them; null when nobody took part. */
export function peopleOf(f: Figures): BcPeople | null {
  if (f.participants <= 0) return null;
  const part = (count: number, share: number | null, base: number): BcPeople["female"] =>
    share === null && count === 0 ? null : { count: countText(count), share: share === null ? null : percentText(share), partial: base < f.participants };
  return {
    total: countText(f.participants),
    female: part(f.female, shareOfWomen(f), f.femaleBase),
    ethnic: part(f.ethnicMinority, shareOfEthnic(f), f.ethnicBase),
  };
}

export interface BcContext {
  input: ReportInput;
  model: ReportModel;
  /** The day the obligations' states are taken at. */
  at: Day;
  half: boolean;
}

function scopeText(c: BcContext): string {
  return BC_TEXT.scope({ year: c.model.year, half: c.half, from: c.model.from, to: c.model.to });
}

/** What is said of a task's state in a year (or half-year): nothing when done. */
function stateLine(o: ObligationStatus | undefined, c: BcContext, once: boolean): string | null {
  if (!o) return null;
  const due = dayText(o.due);
  const effective = dayText(c.input.plan.effectiveDay);
  const period = `${c.model.from} - ${c.model.to}`;
  switch (o.state) {
    case "done":
      return once ? BC_TEXT.taskState({ state: "once-done", due, effective, period }) : null;
    case "overdue":
    case "in-progress":
    case "not-due":
      return BC_TEXT.taskState({ state: o.state, due, effective, period });
    default:
      return o.due <= c.at ? BC_TEXT.taskState({ state: "not-started", due, effective, period }) : null;
  }
}

/** For the period: the years of each state, said only when some year is not done. */
function periodStateLine(obligations: readonly ObligationStatus[], c: BcContext): string | null {
  // A year's quarters, halves or windows read as one state of that year.
  const yearly = yearStatusesOf(obligations.filter((o) => o.year !== null));
  if (yearly.length === 0 || yearly.every((o) => o.state === "done")) return null;
  const kinds = ["done", "overdue", "in-progress", "not-started", "not-yet-due", "not-due"] as const;
  const kindOf = (o: ObligationStatus): (typeof kinds)[number] => (o.state === "not-started" ? (o.due <= c.at ? "not-started" : "not-yet-due") : o.state);
  const parts = kinds
    .map((state) => ({ state, years: yearly.filter((o) => kindOf(o) === state).map((o) => o.year as number) }))
    .filter((p) => p.years.length > 0);
  return BC_TEXT.periodStates({ parts });
}

function listOf(list: readonly Activity[], c: BcContext): string[] {
  return c.model.year === null ? activityLinesForPeriod(list, c.at, c.input.plan.years) : activityLines(list, c.at);
}

function leafBlock(body: Body, t: TaskResult, c: BcContext): void {
  const { plan } = c.input;
  const campaign = t.task.frequency === "campaign";
  // A campaign counts what was held in its window, as its obligation and B02 do.
  const listed = campaign ? t.obligations.flatMap((o) => o.activities) : t.activities;
  const f = campaign ? figuresOfList(listed, plan, c.at) : t.own;
  const once = t.task.frequency === "once";
  const o = once ? t.obligations[0] : yearStatusOf(t.obligations.filter((s) => s.year === c.model.year));
  const scope = scopeText(c);
  let state: string | null = c.model.year === null && !once ? periodStateLine(t.obligations, c) : stateLine(o, c, once);
  if (f.activities === 0) {
    const kind =
      t.task.frequency === "as-needed" ? "as-needed" : o?.state === "overdue" ? "overdue" : o && o.state === "not-started" && o.due > c.at ? "open" : "none";
    body.para(BC_TEXT.noActivity({ scope, state: kind, due: o ? dayText(o.due) : "" }));
    if (kind === "overdue" || kind === "open") state = null;
  } else {
    body.para(BC_TEXT.activities({ scope, n: f.activities, completed: f.completed }));
    body.list(listOf(listed, c));
  }
  const people = peopleOf(f);
  if (people) body.para(BC_TEXT.people(people));
  if (f.budget > 0) body.para(BC_TEXT.budget({ money: moneyText(f.budget) }));
  if (campaign && c.model.year !== null) {
    const w = plan.windowIn(t.task, c.model.year);
    if (w) body.para(BC_TEXT.campaignWindow({ from: dayText(w.start), to: dayText(w.end) }));
  }
  if (t.outsideWindow.length > 0) {
    body.para(BC_TEXT.outsideWindow({ n: t.outsideWindow.length, dates: t.outsideWindow.map(whenText).join("; ") }));
  }
  if (state) body.para(state);
}

function taskBlock(body: Body, t: TaskResult, number: string, tasks: readonly TaskResult[], c: BcContext): void {
  const title = clause(t.task.title);
  if (t.depth === 0) body.heading(BC_TEXT.taskHeading({ num: number, title }), { bold: true, italic: true });
  else if (t.depth === 1) body.heading(BC_TEXT.subTaskHeading({ letter: number, title }), { italic: true });
  else body.heading(`- ${title}`, { italic: true });

  const children = tasks.filter((x) => c.input.plan.parentOf(x.task.id)?.id === t.task.id);
  if (children.length === 0) {
    leafBlock(body, t, c);
    return;
  }
  const f = t.subtree;
  if (f.activities > 0) {
    const outside = children.reduce((n, x) => n + x.outsideWindow.length, 0);
    body.para(
      BC_TEXT.groupSummary({
        n: f.activities,
        people: f.participants > 0 ? countText(f.participants) : null,
        money: f.budget > 0 ? moneyText(f.budget) : null,
        outside,
      }),
    );
  }
  if (t.activities.length > 0) {
    body.para(BC_TEXT.otherActivities);
    body.list(listOf(t.activities, c));
  }
  children.forEach((x, i) => taskBlock(body, x, x.depth === 1 ? letter(i) : "-", tasks, c));
}

export function resultsPart(body: Body, c: BcContext): void {
  body.heading(BC_TEXT.partResults, { bold: true });
  let n = 0;
  for (const section of c.model.sections) {
    n++;
    body.heading(BC_TEXT.sectionHeading({ n, title: clause(section.title), id: section.id }), { bold: true });
    const top = section.tasks.filter((t) => t.depth === 0);
    top.forEach((t, i) => taskBlock(body, t, `${n}.${i + 1}`, section.tasks, c));
  }
  const unmapped = c.model.unmapped;
  if (unmapped.activities.length > 0) {
    n++;
    body.heading(BC_TEXT.unmappedHeading({ n }), { bold: true });
    const f = unmapped.figures;
    body.para(BC_TEXT.activities({ scope: scopeText(c), n: f.activities, completed: f.completed }));
    body.list(listOf(unmapped.activities, c));
    const people = peopleOf(f);
    if (people) body.para(BC_TEXT.people(people));
    if (f.budget > 0) body.para(BC_TEXT.budget({ money: moneyText(f.budget) }));
  }
}
