import { PLAN_SHEET_MESSAGES } from "../i18n/plan-sheet-messages";
import type { PlanModel } from "../plan/model";
import type { Task } from "../plan/schema";
import { printSetup } from "../report/page-setup";
import { DEFAULT_FONT, SheetBuilder } from "../report/sheet-builder";
import type { CellStyle, SheetSpec } from "../report/sheet-spec";
import { parseIsoDay, viDateOf } from "../time/days";
import { FREQUENCY_WORDS, PLAN_COLUMNS, PLAN_HEADERS } from "./layout";

/** The name of the sheet the plan is written to, and the one the reader looks for first. */
export const PLAN_SHEET_NAME = "Kế hoạch";

/** A plan sheet to write: the sheet, and where its dropdown and its Thời gian guidance go. */
export interface PlanSheetSpec {
  spec: SheetSpec;
  /** The Tần suất cells of the task rows (1-based, inclusive): a dropdown of FREQUENCY_CHOICES. */
  frequencyCells: { col: number; top: number; bottom: number };
  /** The Thời gian cells: a prompt on how to write a window or a deadline. */
  windowCells: { col: number; top: number; bottom: number };
  /** The header cell of Thời gian, where a note says how to write it. */
  windowHeader: { row: number; col: number };
  frequencyChoices: string[];
  windowNote: string;
  frequencyNote: string;
}

const WIDTHS: Record<(typeof PLAN_COLUMNS)[number], number> = {
  code: 9,
  title: 60,
  frequency: 14,
  window: 24,
  lead: 22,
  partners: 26,
  short: 36,
  keywords: 40,
  weakKeywords: 30,
};

const LABEL: CellStyle = { bold: true, v: "top" };
const BOX: CellStyle = { border: true, wrap: true, v: "top" };

/** "01/03 – 31/03; 15/11 – 15/12", or "trước 30/06/2027" for a once task with a deadline. */
export function timeText(task: Task): string {
  if (task.windows) return task.windows.map((w) => `${w.start} – ${w.end}`).join("; ");
  const d = task.deadline ? parseIsoDay(task.deadline) : null;
  return d === null ? "" : `trước ${viDateOf(d)}`;
}

function sectionOf(id: string): string {
  const cut = id.indexOf(".");
  return cut < 0 ? id : id.slice(0, cut);
}

/**
 * The plan as an editable plan sheet (docs/plan-sheet.md): the title rows, the task table by
 * section, and the units with their other names. The sheet's words are Vietnamese whatever the
 * user's language, as the reader reads them.
 */
export function planSheetSpec(plan: PlanModel): PlanSheetSpec {
  const m = PLAN_SHEET_MESSAGES.vi;
  const p = plan.plan;
  const last = PLAN_COLUMNS.length;
  const b = new SheetBuilder(
    PLAN_COLUMNS.map((c) => WIDTHS[c]),
    { font: DEFAULT_FONT, size: 12 },
  );
  let row = 1;
  // A label across the narrow code column and the task column, its value across the next four.
  const titleRow = (label: string, value: string): void => {
    b.put(row, 1, label, LABEL);
    b.merge(row, 1, row, 2);
    b.put(row, 3, value, { wrap: true, v: "top" });
    b.merge(row, 3, row, 6);
    b.fit(row, 3, 6, value, { size: 12 });
    row++;
  };
  const day = (iso: string | undefined): string => {
    const d = iso ? parseIsoDay(iso) : null;
    return d === null ? "" : viDateOf(d);
  };
  titleRow(m.labelIssuer({}), p.issuer);
  titleRow(m.labelNumber({}), p.number ?? "");
  titleRow(m.labelIssued({}), day(p.issuedOn));
  row = b.paragraph(row, 1, last, p.title, { bold: true, size: 14, h: "center" }, 6);
  titleRow(m.labelPeriod({}), `${p.period.start} - ${p.period.end}`);
  titleRow(m.labelEffective({}), day(p.effectiveDate));
  titleRow(m.labelSubject({}), p.subjectKeywords.join("; "));
  if (p.communesFrom) titleRow(m.labelCommunes({}), day(p.communesFrom));
  const frequencyNote = m.frequencyNote({});
  const windowNote = m.windowNote({});
  row = b.paragraph(row, 1, last, frequencyNote, { italic: true, size: 11 });
  row = b.paragraph(row, 1, last, windowNote, { italic: true, size: 11 });
  row++;

  const header = row;
  PLAN_COLUMNS.forEach((c, i) => b.cell(header, i + 1, PLAN_HEADERS[c], { ...BOX, bold: true, h: "center", v: "middle", fill: "#DDEBF7" }));
  row++;
  const first = row;
  const put = (values: string[], bold: boolean): void => {
    values.forEach((v, i) => b.cell(row, i + 1, v, { ...BOX, ...(bold ? { bold: true } : {}) }));
    row++;
  };
  // Sections in the plan's order, each followed by its tasks; a task whose section the plan does
  // not name gets a section row of its own, so that the sheet reads back.
  const sectionIds = p.sections.map((s) => s.id);
  for (const t of plan.tasks) if (!sectionIds.includes(sectionOf(t.id))) sectionIds.push(sectionOf(t.id));
  for (const id of sectionIds) {
    const title = p.sections.find((s) => s.id === id)?.title ?? id;
    put([id, title, "", "", "", "", "", "", ""], true);
    for (const t of plan.tasks.filter((x) => sectionOf(x.id) === id)) {
      const group = t.frequency === "group";
      put(
        [
          t.id,
          t.title,
          group ? "" : FREQUENCY_WORDS[t.frequency as Exclude<typeof t.frequency, "group">],
          timeText(t),
          t.lead,
          (t.partners ?? []).join("; "),
          t.shortTitle ?? "",
          t.keywords.join("; "),
          t.weakKeywords.join("; "),
        ],
        group,
      );
    }
  }
  const lastTask = row - 1;
  row++;
  b.put(row, 1, m.unitsTitle({}), { bold: true });
  row++;
  const [unitHead = "", aliasHead = ""] = m.unitsHeader({}).split("|");
  const unitRow = (name: string, aliases: string, style: CellStyle): void => {
    b.put(row, 1, name, style);
    b.styleOnly(row, 2, style);
    b.merge(row, 1, row, 2);
    b.put(row, 3, aliases, style);
    for (let c = 4; c <= 6; c++) b.styleOnly(row, c, style);
    b.merge(row, 3, row, 6);
    b.fit(row, 3, 6, aliases, style);
    row++;
  };
  unitRow(unitHead, aliasHead, { ...BOX, bold: true, fill: "#DDEBF7" });
  for (const u of p.units) unitRow(u.name, u.aliases.join("; "), BOX);
  const col = (c: (typeof PLAN_COLUMNS)[number]): number => PLAN_COLUMNS.indexOf(c) + 1;
  const spec = b.build({
    name: PLAN_SHEET_NAME,
    form: "plan",
    year: null,
    print: printSetup({ orientation: "landscape", lastRow: row - 1, lastCol: last, repeatRows: [header, header] }),
    freezeRows: header,
  });
  return {
    spec,
    frequencyCells: { col: col("frequency"), top: first, bottom: lastTask },
    windowCells: { col: col("window"), top: first, bottom: lastTask },
    windowHeader: { row: header, col: col("window") },
    frequencyChoices: Object.values(FREQUENCY_WORDS),
    windowNote,
    frequencyNote,
  };
}
