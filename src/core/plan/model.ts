import { dayOf, endOfMonth, parseIsoDay, type Day } from "../time/days";
import { foldKey } from "../text/normalize";
import { planSchema, type DayWindow, type Plan, type PlanInput, type Task } from "./schema";

export interface Window {
  start: Day;
  end: Day;
}

/**
 * A validated plan with the lookups every computation needs, built once: tasks by id, the
 * children of a group, windows of a campaign in a year, units by folded name.
 */
export class PlanModel {
  readonly plan: Plan;
  readonly tasks: readonly Task[];
  readonly years: readonly number[];
  /** The period's first and last years (2021 and 2025 for the built-in plan). */
  readonly firstYear: number;
  readonly lastYear: number;
  readonly effectiveDay: Day;
  readonly periodStart: Day;
  readonly periodEnd: Day;
  readonly communesFrom: Day | null;
  private readonly byId = new Map<string, Task>();
  private readonly unitKeys = new Map<string, string>();

  constructor(plan: Plan) {
    this.plan = plan;
    this.tasks = plan.tasks;
    for (const t of plan.tasks) this.byId.set(t.id, t);
    const ys: number[] = [];
    for (let y = plan.period.start; y <= plan.period.end; y++) ys.push(y);
    this.years = ys;
    this.firstYear = plan.period.start;
    this.lastYear = plan.period.end;
    this.effectiveDay = parseIsoDay(plan.effectiveDate) ?? dayOf(plan.period.start, 1, 1);
    this.periodStart = dayOf(plan.period.start, 1, 1);
    this.periodEnd = dayOf(plan.period.end, 12, 31);
    this.communesFrom = plan.communesFrom ? parseIsoDay(plan.communesFrom) : null;
    for (const u of plan.units) {
      for (const n of [u.name, ...u.aliases]) this.unitKeys.set(foldKey(n), u.name);
    }
  }

  static fromInput(input: PlanInput): PlanModel {
    return new PlanModel(planSchema.parse(input));
  }

  task(id: string): Task | undefined {
    return this.byId.get(id);
  }

  hasTask(id: string): boolean {
    return this.byId.has(id);
  }

  /** The task itself and every task under it ("III.1" covers "III.1.1"…; "" covers all). */
  inScope(taskId: string, scope: string): boolean {
    if (scope === "") return true;
    return taskId === scope || taskId.startsWith(scope + ".");
  }

  /** Ids of the tasks directly or indirectly under the given one. */
  descendants(id: string): Task[] {
    return this.tasks.filter((t) => t.id !== id && t.id.startsWith(id + "."));
  }

  parentOf(id: string): Task | undefined {
    const cut = id.lastIndexOf(".");
    return cut < 0 ? undefined : this.byId.get(id.slice(0, cut));
  }

  /** A campaign's (first) window in a given year. */
  windowIn(task: Task, year: number): Window | null {
    return this.windowsIn(task, year)[0] ?? null;
  }

  /** Every window of a campaign that opens in a given year, in the plan's order. */
  windowsIn(task: Task, year: number): Window[] {
    const out: Window[] = [];
    for (const w of task.windows ?? []) {
      const d = windowDays(w, year);
      if (d) out.push(d);
    }
    return out;
  }

  /** The campaign whose window (opening in the given year) contains the day, if any. */
  campaignAt(day: Day, year: number): Task | undefined {
    return this.tasks.find((t) => this.windowsIn(t, year).some((w) => day >= w.start && day <= w.end));
  }

  /** "Kế hoạch số 15/KH-SDTTG ngày 10/3/2026": the plan as a report or a heading names it. */
  get identity(): { title: string; number: string | null; issuedOn: Day | null; issuer: string; from: number; to: number } {
    const p = this.plan;
    return {
      title: p.title,
      number: p.number ?? null,
      issuedOn: p.issuedOn ? parseIsoDay(p.issuedOn) : null,
      issuer: p.issuer,
      from: p.period.start,
      to: p.period.end,
    };
  }

  /** The plan's own name for a unit written any usual way, or undefined. */
  unitName(text: string): string | undefined {
    return this.unitKeys.get(foldKey(text));
  }
}

/** A "dd/mm – dd/mm" window in a year (the end in the next year when it runs over New Year). */
function windowDays(w: DayWindow, year: number): Window | null {
  // The schema allows only "dd/mm"; a window without both parts is no window.
  const [sd, sm] = w.start.split("/").map(Number);
  const [ed, em] = w.end.split("/").map(Number);
  if (sd === undefined || sm === undefined || ed === undefined || em === undefined) return null;
  // 29/02 in a window clips to the month's end in other years.
  const start = dayOf(year, sm, Math.min(sd, endOfMonth(year, sm) - dayOf(year, sm, 1) + 1));
  const endYear = em < sm || (em === sm && ed < sd) ? year + 1 : year;
  const end = dayOf(endYear, em, Math.min(ed, endOfMonth(endYear, em) - dayOf(endYear, em, 1) + 1));
  return { start, end };
}
