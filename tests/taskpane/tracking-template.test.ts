import { builtinPlan } from "../../src/core/plan/load";
import { matchHeader } from "../../src/core/read/header-match";
import { readTracking } from "../../src/core/read/read-tracking";
import { TEMPLATE_HEADERS } from "../../src/core/read/vocabulary";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { TEMPLATE_STATUSES, trackingTemplate } from "../../src/taskpane/views/plan/tracking-template";

/** The template as a sheet, with rows typed in by a user from the dropdown choices. */
function filledTemplate(rows: CellValue[][]): WorkbookSnapshot {
  const { spec } = trackingTemplate(builtinPlan());
  const values: CellValue[][] = [];
  for (const c of spec.cells) {
    while (values.length < c.row) values.push([]);
    values[c.row - 1][c.col - 1] = c.value as CellValue;
  }
  const first = spec.cells.find((c) => c.value === null && c.style?.border && c.row > 6)!.row;
  rows.forEach((r, i) => (values[first - 1 + i] = r));
  return { sheets: [{ name: spec.name, values, merges: spec.merges }] };
}

describe("tracking template", () => {
  test("every status offered in its dropdown is one the reader knows", () => {
    const rows = TEMPLATE_STATUSES.map((s, i) => [i + 1, "III.1.1", `Hoạt động ${i + 1}`, "15/05/2024", "Phòng Nghiệp vụ", null, 10, 5, 8, 1, s, "QĐ 1", null]);
    const data = readTracking(filledTemplate(rows), builtinPlan());
    expect(data.activities.map((a) => a.status)).toEqual(["completed", "in-progress", "not-started", "cancelled"]);
  });

  test("the two-row header is read as one: participants, women and ethnic minority under their group", () => {
    const data = readTracking(filledTemplate([[1, "II.1", "Chỉ đạo", "10/01/2024", "Lãnh đạo Ban", null, 30, 12, 20, 0, "Hoàn thành", "CV 1", null]]), builtinPlan());
    const a = data.activities[0];
    expect([a.taskId, a.participants, a.female, a.ethnicMinority, a.budget, a.unit]).toEqual(["II.1", 30, 12, 20, 0, "Lãnh đạo Ban"]);
  });

  test("every header the template writes is a word the reader knows for its field", () => {
    const { serial, people, ...fields } = TEMPLATE_HEADERS;
    expect(matchHeader(serial).serial).toBe(true);
    expect(matchHeader(people).field).toBe("participants");
    for (const [field, text] of Object.entries(fields)) expect([text, matchHeader(text).field]).toEqual([text, field]);
    const { spec } = trackingTemplate(builtinPlan());
    const written = new Set(spec.cells.map((c) => c.value));
    for (const text of Object.values(TEMPLATE_HEADERS)) expect(written).toContain(text);
  });

  test("the dropdown lists cover the data rows and nothing above the header", () => {
    const { spec, lists } = trackingTemplate(builtinPlan());
    expect(lists.firstDataRow).toBeGreaterThan(Math.max(...spec.cells.filter((c) => typeof c.value === "string").map((c) => c.row)));
    expect(lists.lastDataRow - lists.firstDataRow + 1).toBeGreaterThanOrEqual(100);
    expect(spec.print.repeatRows).toEqual([lists.firstDataRow - 2, lists.firstDataRow - 1]);
  });
});
