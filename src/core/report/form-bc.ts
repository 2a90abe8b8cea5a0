/**
 * BC: the report itself, an ND 30/2020 administrative document in Vietnamese. One part per plan
 * section with the facts of every task, the overall assessment (results, progress, what is overdue
 * or open, data problems still to fix), an empty "Kiến nghị" block for staff, the closing line,
 * the signature and "Nơi nhận".
 */
import { planReferenceText } from "../plan-sheet/plan-of-workbook";
import { BC_TEXT, type BcTextParams } from "../i18n/report-messages";
import { PROBLEM_TEXT } from "../i18n/rule-names";
import type { Figures, ObligationState, ObligationStatus } from "../progress";
import { isCompleted, shareOfEthnic, shareOfWomen, yearStatusOf, yearStatusesOf } from "../progress";
import type { Activity } from "../read/types";
import { yearOf } from "../time/days";
import { documentHeader, signatureBlock, titleBlock, type DocGrid } from "./admin-blocks";
import { clause, countText, dayText, letter, moneyText, percentText, spanText, yearsText } from "./format";
import { printSetup } from "./page-setup";
import { countedInput,
  progressCount,
  reportModel,
  type FormCode,
  type ReportInput,
  type ReportModel,
  type TaskResult,
} from "./report-model";
import { SheetBuilder, DEFAULT_FONT } from "./sheet-builder";
import type { CellStyle, SheetSpec } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { cmToColumnUnits, textWidthPt } from "./text-fit";

/**
 * Columns in centimetres over the 16 cm text width (A4 portrait less 3 cm and 2 cm margins),
 * chosen so that each rule is a run of whole columns centred under its text: B under the issuing
 * body (A = C), E:F under the motto (D = G), D:E under the subject line (centred on the page).
 */
const COLUMNS_CM = [1.8, 2, 1.8, 2, 2.8, 3.6, 2];
const GRID: DocGrid = { left: [1, 3], right: [4, 7], leftRule: [2, 2], rightRule: [5, 6], full: [1, 7], subjectRule: [4, 5] };
const BODY_SIZE = 14;
const SPACE_AFTER_PT = 3;
/** First-line indent of a paragraph (about 1 cm): no-break spaces, which justification does not stretch. */
const INDENT = "\u00a0".repeat(8);
/** The most activities listed under one task (and year); the rest are counted. */
const MAX_LISTED = 12;

const BODY: CellStyle = { size: BODY_SIZE, h: "justify", v: "top", wrap: true };

/** Writes the body of the document paragraph by paragraph. */
class Body {
  constructor(
    private readonly b: SheetBuilder,
    public row: number,
  ) {}

  para(text: string, style: CellStyle = {}): void {
    this.row = this.b.paragraph(this.row, GRID.full[0], GRID.full[1], INDENT + text, { ...BODY, ...style }, SPACE_AFTER_PT);
  }

  heading(text: string, style: CellStyle): void {
    this.para(text, style);
  }

  list(lines: string[]): void {
    for (const l of lines) this.para(l);
  }

  blank(heightPt = 8): void {
    this.b.atLeast(this.row, heightPt);
    this.row++;
  }
}

/**
 * The people of a figure as the sentences state them: a share only over the activities that
 * recorded the breakdown, and "no data" (null) for a breakdown none of them recorded.
 */
function peopleParams(f: Figures): BcTextParams["people"] {
  const fs = shareOfWomen(f);
  const es = shareOfEthnic(f);
  return {
    total: countText(f.participants),
    female: fs === null && f.female === 0 ? null : countText(f.female),
    femaleShare: fs === null ? null : percentText(fs),
    ethnic: es === null && f.ethnicMinority === 0 ? null : countText(f.ethnicMinority),
    ethnicShare: es === null ? null : percentText(es),
  };
}

function peopleSentence(f: Figures): string | null {
  if (f.participants <= 0) return null;
  return BC_TEXT.people(peopleParams(f));
}

function whenOf(a: Activity): string | null {
  if (a.date) return spanText(a.date);
  return a.year !== null ? BC_TEXT.oneYear({ year: a.year }) : null;
}

function itemText(a: Activity): string {
  return clause(a.activity ?? "") || BC_TEXT.noText;
}

/** "- Activity (15/11/2024);" lines of one list, the last ending in a full stop. */
function activityLines(list: readonly Activity[], input: ReportInput): string[] {
  const shown = list.slice(0, MAX_LISTED);
  const lines = shown.map((a, i) =>
    BC_TEXT.activityItem({
      text: itemText(a),
      when: whenOf(a),
      open: !isCompleted(a, input.asOf),
      last: i === shown.length - 1 && list.length <= MAX_LISTED,
    }),
  );
  if (list.length > MAX_LISTED) lines.push(`- ${capitalise(BC_TEXT.more({ n: list.length - MAX_LISTED }))}.`);
  return lines;
}

/** One line per year: "- Năm 2021: A (15/6/2021); B (25/6/2021);". */
function activityLinesByYear(list: readonly Activity[], input: ReportInput): string[] {
  const years = [...new Set(list.map((a) => a.year as number))].sort((x, y) => x - y);
  return years.map((y, i) => {
    const ofYear = list.filter((a) => a.year === y);
    const shown = ofYear.slice(0, MAX_LISTED);
    const items = shown.map((a) => BC_TEXT.activityInline({ text: itemText(a), when: whenOf(a), open: !isCompleted(a, input.asOf) }));
    if (ofYear.length > MAX_LISTED) items.push(BC_TEXT.more({ n: ofYear.length - MAX_LISTED }));
    return BC_TEXT.yearItem({ year: y, items, last: i === years.length - 1 });
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const STATE_ORDER: ObligationState[] = ["done", "overdue", "in-progress", "not-started", "not-due"];

function evaluationLines(t: TaskResult, input: ReportInput, model: ReportModel): string[] {
  const { plan, asOf, year } = input;
  const effective = dayText(plan.effectiveDay);
  const periodText = `${model.from} - ${model.to}`;
  if (t.task.frequency === "once") {
    const o = t.obligations[0];
    return o ? [BC_TEXT.evaluation({ state: o.state, due: dayText(o.due), effective, once: periodText })] : [];
  }
  if (t.obligations.length === 0) {
    const hasChildren = input.plan.descendants(t.task.id).length > 0;
    return t.task.frequency === "as-needed" && !hasChildren ? [BC_TEXT.asNeeded] : [];
  }
  if (year !== null) {
    const o = yearStatusOf(t.obligations.filter((s) => s.year === year));
    return o ? [BC_TEXT.evaluation({ state: o.state, due: dayText(o.due), effective, once: null })] : [];
  }
  const parts = STATE_ORDER.map((state) => ({
    state,
    years: yearsText(yearStatusesOf(t.obligations).filter((o) => o.state === state).map((o) => o.year as number)),
  })).filter((p) => p.years !== "");
  const lines = [BC_TEXT.periodEvaluation({ parts })];
  const pc = progressCount(t.obligations, plan, t.task.id, null, asOf);
  if (pc.ratio !== null) lines.push(BC_TEXT.periodProgress({ done: pc.done, due: pc.due, pct: percentText(pc.ratio) }));
  return lines;
}

function campaignLines(t: TaskResult, input: ReportInput): string[] {
  const lines: string[] = [];
  if (input.year !== null) {
    const w = input.plan.windowIn(t.task, input.year);
    if (w) lines.push(BC_TEXT.campaignWindow({ from: dayText(w.start), to: dayText(w.end) }));
  }
  if (t.outsideWindow.length > 0) {
    const dates = t.outsideWindow.map((a) => whenOf(a) ?? "?").join("; ");
    lines.push(BC_TEXT.outsideWindow({ n: t.outsideWindow.length, dates }));
  }
  return lines;
}

function scopeText(model: ReportModel): string {
  return model.year !== null ? BC_TEXT.inYear({ year: model.year }) : BC_TEXT.inPeriod({ from: model.from, to: model.to });
}

function taskBlock(body: Body, t: TaskResult, number: string, tasks: readonly TaskResult[], input: ReportInput, model: ReportModel): void {
  const title = clause(t.task.title);
  if (t.depth === 0) body.heading(BC_TEXT.taskHeading({ num: number, title }), { bold: true, italic: true });
  else if (t.depth === 1) body.heading(BC_TEXT.subTaskHeading({ letter: number, title }), { italic: true });
  else body.heading(`- ${title}`, { italic: true });

  const children = tasks.filter((c) => input.plan.parentOf(c.task.id)?.id === t.task.id);
  const byYear = input.year === null;
  if (children.length > 0) {
    const f = t.subtree;
    body.para(
      BC_TEXT.groupSummary({
        n: f.activities,
        people: f.participants > 0 ? countText(f.participants) : null,
        money: f.budget > 0 ? moneyText(f.budget) : null,
      }),
    );
    if (t.activities.length > 0) {
      body.para(BC_TEXT.otherActivities);
      body.list(byYear ? activityLinesByYear(t.activities, input) : activityLines(t.activities, input));
    }
    for (const line of evaluationLines(t, input, model)) body.para(line);
    children.forEach((c, i) => taskBlock(body, c, c.depth === 1 ? letter(i) : "-", tasks, input, model));
    return;
  }
  const f = t.own;
  body.para(BC_TEXT.activities({ scope: scopeText(model), n: f.activities, completed: f.completed }));
  body.list(byYear ? activityLinesByYear(t.activities, input) : activityLines(t.activities, input));
  const people = peopleSentence(f);
  if (people) body.para(people);
  if (f.budget > 0) body.para(BC_TEXT.budget({ money: moneyText(f.budget) }));
  if (t.task.frequency === "campaign") for (const l of campaignLines(t, input)) body.para(l);
  for (const line of evaluationLines(t, input, model)) body.para(line);
}

function resultsPart(body: Body, input: ReportInput, model: ReportModel): void {
  body.heading(BC_TEXT.partResults, { bold: true });
  let n = 0;
  for (const section of model.sections) {
    n++;
    body.heading(BC_TEXT.sectionHeading({ n, title: clause(section.title), id: section.id }), { bold: true });
    const top = section.tasks.filter((t) => t.depth === 0);
    top.forEach((t, i) => taskBlock(body, t, `${n}.${i + 1}`, section.tasks, input, model));
  }
  if (model.unmapped.activities.length > 0) {
    n++;
    body.heading(BC_TEXT.unmappedHeading({ n }), { bold: true });
    const f = model.unmapped.figures;
    body.para(BC_TEXT.activities({ scope: scopeText(model), n: f.activities, completed: f.completed }));
    body.list(model.year === null ? activityLinesByYear(model.unmapped.activities, input) : activityLines(model.unmapped.activities, input));
    const people = peopleSentence(f);
    if (people) body.para(people);
    if (f.budget > 0) body.para(BC_TEXT.budget({ money: moneyText(f.budget) }));
  }
}

function obligationLines(list: readonly ObligationStatus[], input: ReportInput, model: ReportModel): string[] {
  return list.map((o, i) => {
    const task = input.plan.task(o.taskId);
    const when = o.year !== null ? BC_TEXT.oneYear({ year: o.year }) : BC_TEXT.wholePeriod({ from: model.from, to: model.to });
    return BC_TEXT.obligationItem({
      id: o.taskId,
      title: clause(task?.shortTitle ?? task?.title ?? o.taskId),
      year: when,
      due: dayText(o.due),
      last: i === list.length - 1,
    });
  });
}

function assessmentPart(body: Body, input: ReportInput, model: ReportModel): void {
  const { asOf } = input;
  body.heading(BC_TEXT.partAssessment, { bold: true });

  body.heading(BC_TEXT.overallHeading, { bold: true });
  const t = model.total;
  const people = t.participants > 0 ? BC_TEXT.overallPeople(peopleParams(t)) : null;
  body.para(BC_TEXT.overall({
    scope: scopeText(model),
    n: t.activities,
    completed: t.completed,
    people,
    money: t.budget > 0 ? moneyText(t.budget) : null,
  }));

  body.heading(BC_TEXT.progressHeading, { bold: true });
  const scope = model.year !== null ? BC_TEXT.scopeYear({ year: model.year }) : BC_TEXT.scopePeriod({ from: model.from, to: model.to });
  const p = model.progress;
  body.para(
    p.ratio === null ? BC_TEXT.progressNoneDue({ asOf: dayText(asOf), scope }) : BC_TEXT.progress({
      asOf: dayText(asOf),
      scope,
      done: p.done,
      due: p.due,
      pct: percentText(p.ratio),
    }),
  );
  if (model.year === null) {
    const items = [...model.byYear.entries()].map(([y, c]) =>
      c.ratio === null ? BC_TEXT.yearNoneDue({ year: y }) : BC_TEXT.yearProgress({ year: y, done: c.done, due: c.due, pct: percentText(c.ratio) }),
    );
    body.para(BC_TEXT.byYear({ items }));
  }

  body.heading(BC_TEXT.openHeading, { bold: true });
  if (model.overdue.length === 0) body.para(BC_TEXT.noOverdue);
  else {
    body.para(BC_TEXT.overdueIntro({ n: model.overdue.length }));
    body.list(obligationLines(model.overdue, input, model));
  }
  if (model.open.length > 0) {
    body.para(BC_TEXT.openIntro({ n: model.open.length }));
    body.list(obligationLines(model.open, input, model));
  }

  body.heading(BC_TEXT.dataHeading, { bold: true });
  if (model.problems.length === 0) body.para(BC_TEXT.dataOk);
  else {
    body.para(BC_TEXT.dataProblems({ errors: model.errors, warnings: model.warnings }));
    body.list(
      model.problems.map((g, i) => {
        const shown = g.cells.slice(0, 3);
        const rest = g.cells.length - shown.length;
        const where = shown.map((c) => BC_TEXT.cellRef({
          sheet: c.sheet,
          ref: c.ref,
        })).join("; ") + (rest > 0 ? `; ${BC_TEXT.moreCells({ n: rest })}` : "");
        return BC_TEXT.problemItem({ what: PROBLEM_TEXT[g.rule], n: g.count, where, last: i === model.problems.length - 1 });
      }),
    );
    body.para(BC_TEXT.dataNote, { italic: true });
  }
}

/** A dotted line filling the text width, for staff to write on. */
function dottedLine(b: SheetBuilder): string {
  const room = b.widthPt(GRID.full[0], GRID.full[1]) * 0.95;
  const dot = ".";
  const n = Math.floor(room / textWidthPt(dot, { size: BODY_SIZE }));
  return dot.repeat(Math.max(10, n));
}

export interface BcOptions {
  /** The tables written with the report, named in its closing line. */
  attached?: readonly FormCode[];
}

export function bcForm(raw: ReportInput, opts: BcOptions = {}): SheetSpec {
  // Counted by the one rule of every figure (counting.ts), whoever calls the form.
  const input = countedInput(raw);
  const model = reportModel(input);
  const widths = COLUMNS_CM.map(cmToColumnUnits);
  const b = new SheetBuilder(widths, { font: DEFAULT_FONT, size: BODY_SIZE });
  let row = documentHeader(b, 1, GRID, input.profile, yearOf(input.asOf));
  b.atLeast(row, 10);
  row++;
  const subject = BC_TEXT.subject({ year: input.year, from: model.from, to: model.to });
  row = titleBlock(b, row, GRID, BC_TEXT.title, subject);

  const body = new Body(b, row);
  body.para(BC_TEXT.opening({
    planTitle: planReferenceText(input.plan) ?? clause(input.plan.plan.title),
    agency: input.profile.agencyName,
    year: input.year,
    from: model.from,
    to: model.to,
  }));
  resultsPart(body, input, model);
  assessmentPart(body, input, model);

  body.heading(BC_TEXT.partRecommendations, { bold: true });
  const dots = dottedLine(b);
  for (let i = 0; i < 4; i++) body.row = b.paragraph(body.row, GRID.full[0], GRID.full[1], dots, { ...BODY, h: "left" }, SPACE_AFTER_PT);

  const attached = (opts.attached ?? []).filter((f) => f !== "BC").map((f) => BC_TEXT.formName({ code: f }));
  body.para(BC_TEXT.closing({ subject, agency: input.profile.agencyName, forms: attached }));
  body.blank(10);

  const last = signatureBlock(b, body.row, GRID, input.profile) - 1;
  return b.build({
    name: sheetNameOf("BC", input.year, input.plan),
    form: "BC",
    year: input.year,
    print: printSetup({ orientation: "portrait", lastRow: last, lastCol: GRID.full[1], pageNumbers: true }),
  });
}
