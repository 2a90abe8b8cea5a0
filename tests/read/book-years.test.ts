/**
 * A book's own years: coverage and progress are for the years a book says it covers (title rows,
 * sheets named by year, or the user's setting), said plainly; otherwise the whole period applies.
 */
import { bookYearsText } from "../../src/core/i18n/book-years-messages";
import { builtinPlan } from "../../src/core/plan/load";
import { obligationStatuses } from "../../src/core/progress/statuses";
import { readTracking, type ReadOptions } from "../../src/core/read/read-tracking";
import type { TrackingData } from "../../src/core/read/types";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildXlsx, type XlsxSheet } from "../helpers/build-xlsx";
import { BY_SHEETS, STARTED_2023, WHOLE_PERIOD } from "./books/book-years";

const plan = builtinPlan();
const AS_OF = dayOf(2025, 12, 31);

async function read(sheets: XlsxSheet[], opts: ReadOptions = {}): Promise<TrackingData> {
  return readTracking(await readWorkbookBuffer(await buildXlsx(sheets)), plan, opts);
}

function coverageYears(d: TrackingData): number[] {
  const issues = validateTracking(d, plan, { asOf: AS_OF }).issues.filter((i) => i.rule === "missing-task-year" || i.rule === "missing-campaign");
  return [...new Set(issues.map((i) => i.year as number))].sort();
}

describe("a book's own years", () => {
  it("reads “NĂM 2023–2025” in the title: no coverage errors for 2021–2022, said plainly", async () => {
    const d = await read([STARTED_2023]);
    expect(d.bookYears).toMatchObject({ from: 2023, to: 2025, source: "title", sheet: "Theo dõi" });
    expect(coverageYears(d)).toEqual([2023, 2024, 2025]);
    const states = new Map(obligationStatuses(d, plan, AS_OF).map((s) => [`${s.taskId}/${s.year ?? ""}`, s.state]));
    expect(states.get("II.2.4/2022")).toBe("not-due");
    expect(states.get("II.2.4/2023")).toBe("done");
    expect(states.get("II.2.4/2024")).toBe("overdue");
    // A year the book does not track is outside its progress, even where the book records an activity of it.
    expect(states.get("II.2.2/2022")).toBe("not-due");
    expect(bookYearsText(d.bookYears)).toContain("Sổ này theo dõi các năm 2023–2025");
    expect(bookYearsText(d.bookYears, "en")).toContain("This book tracks the years 2023–2025");
  });

  it("reads a book's title naming one year (a commune's book of 2024), but not a table's title", async () => {
    const rows = (title: string): XlsxSheet => ({ ...STARTED_2023, rows: [STARTED_2023.rows[0], [title], ...STARTED_2023.rows.slice(2)] });
    const d = await read([rows("SỔ THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2024")]);
    expect(d.bookYears).toMatchObject({ from: 2024, to: 2024 });
    expect(coverageYears(d)).toEqual([2024]);
    // Without diacritics too; a table titled by one year says nothing of the book.
    expect((await read([rows("SO THEO DOI HOAT DONG BINH DANG GIOI NAM 2024")])).bookYears).toMatchObject({ from: 2024, to: 2024 });
    expect((await read([rows("BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2024")])).bookYears ?? null).toBeNull();
  });

  it("reads the years of sheets named by year", async () => {
    const d = await read(BY_SHEETS);
    expect(d.bookYears).toMatchObject({ from: 2024, to: 2025, source: "sheets" });
    expect(coverageYears(d)).toEqual([2024, 2025]);
    expect(bookYearsText(d.bookYears)).toContain("theo tiêu đề, tên các trang tính");
  });

  it("keeps the whole period when the book names only the plan's period", async () => {
    const d = await read([WHOLE_PERIOD]);
    expect(d.bookYears).toBeUndefined();
    expect(coverageYears(d)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(bookYearsText(d.bookYears)).toBeNull();
  });

  it("lets the user's years win over the book's, clamped to the plan", async () => {
    const d = await read([STARTED_2023], { years: { from: 2024, to: 2030 } });
    expect(d.bookYears).toMatchObject({ from: 2024, to: 2025, source: "override" });
    expect(coverageYears(d)).toEqual([2024, 2025]);
    const whole = await read([STARTED_2023], { years: { from: 2021, to: 2025 } });
    expect(coverageYears(whole)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
});

describe("a single sheet named by a year", () => {
  it("says nothing of the book's years: the whole period applies", async () => {
    const d = await read([{ ...BY_SHEETS[0], name: "Theo dõi 2024" }]);
    expect(d.bookYears).toBeUndefined();
  });
});
