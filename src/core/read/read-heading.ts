import type { PlanModel } from "../plan/model";
import type { CellValue } from "../snapshot";
import { foldKey } from "../text/normalize";
import { isBlank } from "./read-activity";
import { guessTask } from "./task-guess";
import { resolveNumbering, splitNumbering } from "./task-id";
import type { Field } from "./types";

/** A section heading: the task it names (null: none) and the section of the plan it sits in. */
export interface Heading {
  id: string | null;
  section: string | null;
}

/** Share of a heading's words found in a task's title for the heading to be that title, whatever its numbering. */
const SAME_TITLE_OVERLAP = 0.8;
/** Share for a numbered heading ("2. Tuyên truyền …") to confirm the task its number resolves to. */
const NUMBERED_TITLE_OVERLAP = 0.34;
/** Share for an unnumbered heading to name the task it is most like. */
const UNNUMBERED_TITLE_OVERLAP = 0.6;
/** Fewer words than this are too few to name a task by its title ("Tập huấn"). */
const MIN_TITLE_WORDS = 3;
/** Fewer letters than this are no title line ("II", "A."). */
const MIN_CAPITALS_LETTERS = 3;

const SERIAL_NUMBERING = /^([IVX]+|[A-H]|\d+)(\.\d+)*$/;
const ROMAN_NUMBERING = /^[IVX]+(\.|$)/;
const OUTLINE_LETTER = /^[A-H]$/;

function wordCount(text: string): number {
  return foldKey(text).split(" ").length;
}

function sectionOf(id: string): string {
  const dot = id.indexOf(".");
  return dot < 0 ? id : id.slice(0, dot);
}

/**
 * Read a row with no data as a section heading: the task it names and its section, or null when the
 * row is no heading (it is then read as an activity).
 */
export function readHeading(
  row: readonly CellValue[],
  serialCol: number | null,
  raw: Partial<Record<Field, CellValue>>,
  plan: PlanModel,
  section: string | null,
  firstText: string,
): Heading | null {
  const serial = serialCol ? row[serialCol - 1] : null;
  const text = (typeof raw.activity === "string" && raw.activity.trim()) || (typeof raw.taskId === "string" && raw.taskId.trim()) || firstText;
  const serialText = isBlank(serial) ? "" : String(serial).trim().replace(/[.)]$/, "");
  const numbered = serialText && SERIAL_NUMBERING.test(serialText) ? { token: serialText, rest: text } : splitNumbering(text);
  const rest = numbered ? numbered.rest : text;
  // A heading that is word for word a task's title names that task, whatever its numbering.
  const byTitle = guessTask(rest, plan);
  const titled = byTitle && titleOverlap(rest, plan, byTitle.id) >= SAME_TITLE_OVERLAP && wordCount(rest) >= MIN_TITLE_WORDS ? byTitle.id : null;
  if (numbered && ROMAN_NUMBERING.test(numbered.token) && !OUTLINE_LETTER.test(numbered.token)) {
    // A roman numeral opens a section of the plan ("III. NỘI DUNG") or names a task ("II.2.1").
    const res = resolveNumbering(numbered.token, section, plan);
    return titled && !res.id ? { id: titled, section: sectionOf(titled) } : res;
  }
  if (numbered && OUTLINE_LETTER.test(numbered.token)) {
    // "A. CÔNG TÁC TUYÊN TRUYỀN": a part of the user's own outline, not of the plan.
    return { id: titled, section: titled ? sectionOf(titled) : section };
  }
  if (numbered) {
    const res = resolveNumbering(numbered.token, section, plan);
    if (res.id && titleOverlap(numbered.rest, plan, res.id) >= NUMBERED_TITLE_OVERLAP) return res;
    if (titled) return { id: titled, section: sectionOf(titled) };
  }
  if (titled || (byTitle && titleOverlap(text, plan, byTitle.id) >= UNNUMBERED_TITLE_OVERLAP && wordCount(text) >= MIN_TITLE_WORDS)) {
    const id = titled ?? (byTitle as { id: string }).id;
    return { id, section: sectionOf(id) };
  }
  // A title line in capitals with no data ("NĂM 2024", "CÔNG TÁC PHỐI HỢP"): it names nothing of the plan.
  if (isCapitalsLine(text)) return { id: null, section };
  return null;
}

function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= MIN_CAPITALS_LETTERS && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Share of the heading's words that are words of the task's title. */
function titleOverlap(text: string, plan: PlanModel, id: string): number {
  const task = plan.task(id);
  if (!task) return 0;
  const title = new Set(foldKey(`${task.title} ${task.shortTitle ?? ""}`).split(" "));
  const words = foldKey(text)
    .split(" ")
    .filter((w) => w.length > 1);
  if (words.length === 0) return 0;
  return words.filter((w) => title.has(w)).length / words.length;
}
