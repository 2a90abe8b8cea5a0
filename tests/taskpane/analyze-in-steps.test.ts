import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { analyzeInSteps } from "../../src/taskpane/state/analyze-in-steps";
import { AS_OF, SHEET, bigBook, sampleBook } from "./fixtures";

const control = () => {
  const steps: number[] = [];
  const ac = new AbortController();
  return { ac, steps, ctl: { signal: ac.signal, progress: (d: number) => steps.push(d) } };
};
const labels = { reading: "r", checking: "c" };

function mixedBook(): WorkbookSnapshot {
  const book = sampleBook();
  const big = bigBook(300).sheets[0];
  // A second tracking sheet, a sheet the add-in wrote (skipped), and a cell holding an Excel error.
  book.sheets.push({ ...big, name: "Theo dõi cũ" });
  book.sheets.push({ name: "BC 2024", values: [["BÁO CÁO"]], merges: [], ownedByAddin: true });
  book.sheets[0].values[4][6] = "#REF!";
  book.date1904 = false;
  return book;
}

describe("analysis in steps", () => {
  test.each([
    ["the small sample", sampleBook],
    ["several sheets, an own sheet and an error cell", mixedBook],
  ])("gives exactly what analyzeWorkbook gives: %s", async (_, make) => {
    const plan = builtinPlan();
    const overrides = [{ sheet: SHEET, headerRow: 3, columns: { evidence: null } }];
    for (const locale of ["vi", "en"] as const) {
      const { ctl } = control();
      const stepwise = await analyzeInSteps(make(), plan, { asOf: AS_OF, locale, overrides }, ctl, labels);
      expect(stepwise).toEqual(analyzeWorkbook(make(), plan, { asOf: AS_OF, locale, overrides }));
    }
  });

  test("reports progress that only grows, from where the read left off to the end", async () => {
    const { ctl, steps } = control();
    await analyzeInSteps(mixedBook(), builtinPlan(), { asOf: AS_OF, locale: "vi", overrides: [] }, ctl, labels, 0.7);
    expect(steps[0]).toBeCloseTo(0.7);
    expect(steps[steps.length - 1]).toBe(1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1]);
  });

  test("stops when cancelled", async () => {
    const { ctl, ac } = control();
    const run = analyzeInSteps(bigBook(2000), builtinPlan(), { asOf: AS_OF, locale: "vi", overrides: [] }, ctl, labels);
    ac.abort();
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });
});
