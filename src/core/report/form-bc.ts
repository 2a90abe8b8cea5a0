/**
 * BC: the report itself, an ND 30/2020 administrative document in Vietnamese, on the outline of
 * the reports sent upward on the Strategy: the opening with its legal basis; I. results, one part
 * per plan section (bc-results.ts); II. assessment — results achieved, shortcomings, causes;
 * III. direction and tasks of what comes next; IV. recommendations (bc-assessment.ts); the
 * closing line, the signature and "Nơi nhận". It speaks to the recipient only: what staff need
 * (values left out, data problems still open) is on the KT sheet.
 */
import { BC_TEXT } from "../i18n/report-messages";
import { yearOf } from "../time/days";
import { assessmentParts } from "./bc-assessment";
import { Body, BODY_SIZE } from "./bc-body";
import { isBuiltinPlan, openingSentence, ownPlanOf, planCitationOf, provincialPlanOf, type PlanCitation } from "./bc-opening";
import { resultsPart, type BcContext } from "./bc-results";
import { documentHeader, signatureBlock, titleBlock, type DocGrid } from "./admin-blocks";
import { withPageBreaks } from "./page-breaks";
import { printSetup } from "./page-setup";
import { coveredDatesText } from "./period-text";
import { countedInput, reportModel, type FormCode, type ReportInput } from "./report-model";
import { SheetBuilder, DEFAULT_FONT } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { sheetNameOf } from "./sheet-names";
import { cmToColumnUnits, rowHeightFor } from "./text-fit";

/**
 * Columns in centimetres over the 16 cm text width (A4 portrait less 3 cm and 2 cm margins),
 * chosen so that each rule is a run of whole columns centred under its text: B under the issuing
 * body (A = C), E:F under the motto (D = G), D:E under the subject line (centred on the page).
 */
const COLUMNS_CM = [1.8, 2, 1.8, 2, 2.8, 3.6, 2];
const GRID: DocGrid = { left: [1, 3], right: [4, 7], leftRule: [2, 2], rightRule: [5, 6], full: [1, 7], subjectRule: [4, 5] };

export interface BcOptions {
  /** The tables written with the report, named in its closing line. */
  attached?: readonly FormCode[];
  /** The plans the opening cites, when the caller knows them better than the defaults (bc-opening.ts). */
  plans?: { provincial?: PlanCitation; own?: PlanCitation };
}

export function bcForm(raw: ReportInput, opts: BcOptions = {}): SheetSpec {
  // Counted by the one rule of every figure (counting.ts), whoever calls the form.
  const input = countedInput(raw);
  const model = reportModel(input);
  const half = model.period.kind === "half";
  const ctx: BcContext = { input, model, at: model.statesAt, half };
  const widths = COLUMNS_CM.map(cmToColumnUnits);
  const b = new SheetBuilder(widths, { font: DEFAULT_FONT, size: BODY_SIZE });
  let row = documentHeader(b, 1, GRID, input.profile, yearOf(input.asOf));
  b.atLeast(row, 10);
  row++;
  const subject = BC_TEXT.subject({ year: input.year, from: model.from, to: model.to, half });
  row = titleBlock(b, row, GRID, BC_TEXT.title, subject);
  // The dates the figures cover, under the title (in the row titleBlock leaves empty).
  const covered = coveredDatesText(model.period);
  const coveredStyle = { italic: true, size: 13, h: "center" as const, v: "top" as const, wrap: true };
  b.put(row - 1, GRID.full[0], covered, coveredStyle);
  b.merge(row - 1, GRID.full[0], row - 1, GRID.full[1]);
  b.atLeast(row - 1, rowHeightFor(1, 13, 6));

  const body = new Body(b, row, GRID.full);
  body.para(
    openingSentence({
      provincialPlan: opts.plans?.provincial ?? (isBuiltinPlan(input.plan) ? provincialPlanOf(model.from, model.to) : null),
      ownPlan: opts.plans?.own ?? planCitationOf(input.plan) ?? ownPlanOf(input.profile, model.from, model.to, isBuiltinPlan(input.plan) ? undefined : input.plan.identity.issuer),
      requestLetter: input.profile.requestLetter ?? null,
      agency: input.profile.agencyName,
      year: input.year,
      half,
      from: model.from,
      to: model.to,
    }),
  );
  resultsPart(body, ctx);
  assessmentParts(body, ctx);

  const attached = (opts.attached ?? []).filter((f) => f !== "BC").map((f) => BC_TEXT.formName({ code: f }));
  const closingRow = body.row;
  body.para(BC_TEXT.closing({ subject, agency: input.profile.agencyName, forms: attached }));
  body.blank(10);
  const last = signatureBlock(b, body.row, GRID, input.profile) - 1;
  // The closing line, the signature and "Nơi nhận" are printed on one page.
  const keep = new Set(body.keepWithNext);
  for (let r = closingRow; r < last; r++) keep.add(r);
  const spec = b.build({
    name: sheetNameOf("BC", input.year, input.plan, half),
    form: "BC",
    year: input.year,
    print: printSetup({ orientation: "portrait", lastRow: last, lastCol: GRID.full[1], pageNumbers: true }),
  });
  return withPageBreaks(spec, keep);
}
