/**
 * Report annexes read as they are written: a unit line above the header is the unit, not a header
 * row; a three-level header gives women and ethnic-minority counts; the numbering row is skipped.
 * The workbooks are in books/annex.ts.
 */
import { builtinPlan } from "../../src/core/plan/load";
import { figuresOf } from "../../src/core/progress/figures";
import { obligationStatuses } from "../../src/core/progress/statuses";
import { readTracking } from "../../src/core/read/read-tracking";
import type { TrackingData } from "../../src/core/read/types";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildXlsx } from "../helpers/build-xlsx";
import { ANNEX_01, ANNEX_01_PLAIN, ANNEX_EXPECTED } from "./books/annex";

const plan = builtinPlan();
const AS_OF = dayOf(2024, 12, 31);

describe("headers as annexes write them", () => {
  let d: TrackingData;
  beforeAll(async () => {
    d = readTracking(await readWorkbookBuffer(await buildXlsx([ANNEX_01, ANNEX_01_PLAIN])), plan);
  });

  it("finds the three-level header below the unit line, and the data below the numbering row", () => {
    for (const t of d.tables) {
      const e = ANNEX_EXPECTED[t.sheet];
      expect({ sheet: t.sheet, headerRow: t.headerRow, headerRows: t.headerRows, firstDataRow: t.firstDataRow }).toEqual({ sheet: t.sheet, headerRow: e.headerRow, headerRows: e.headerRows, firstDataRow: e.firstDataRow });
    }
    expect(d.tables.map((t) => t.sheet).sort()).toEqual([ANNEX_01.name, ANNEX_01_PLAIN.name].sort());
  });

  it("reads women and ethnic-minority people under “Trong đó”, and money in the unit line's unit", () => {
    for (const t of d.tables) {
      expect(t.activities.map((a) => ({ row: a.row, participants: a.participants, female: a.female, ethnicMinority: a.ethnicMinority, budget: a.budget }))).toEqual(ANNEX_EXPECTED[t.sheet].rows);
    }
    expect(d.tables.find((t) => t.sheet === ANNEX_01.name)?.columns).toMatchObject({ participants: 6, female: 7, ethnicMinority: 8, budget: 9, budgetSource: 10, status: 11 });
  });

  it("raises no issue on a clean annex: no missing column, no numbering row as data, totals right", () => {
    const issues = validateTracking(d, plan, { asOf: AS_OF }).issues.filter((i) => i.sheet === ANNEX_01.name && i.severity !== "info");
    expect(issues.map((i) => `${i.rule} ${i.cell ?? ""}`)).toEqual([]);
  });

  it("gives figures and task-year states from the annex rows", () => {
    const f = figuresOf(d, plan, "", 2024, AS_OF);
    expect(f).toMatchObject({ activities: 5, participants: 505, female: 345, ethnicMinority: 425, budget: 56 });
    const states = new Map(obligationStatuses(d, plan, AS_OF).map((s) => [`${s.taskId}/${s.year ?? ""}`, s.state]));
    expect(states.get("II.2.1/2024")).toBe("done");
    expect(states.get("II.2.4/2024")).toBe("done");
  });
});
