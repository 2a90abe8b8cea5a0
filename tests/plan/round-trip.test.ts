import { builtinPlan } from "../../src/core/plan/load";
import { planSheetSpec } from "../../src/core/plan-sheet/plan-sheet-spec";
import { readPlanSheet } from "../../src/core/plan-sheet/read-plan-sheet";
import { snapshotOfSpec } from "./sheet-fixture";

/** The plan without its id: a sheet names a plan by its number and period, not by the built-in id. */
function withoutId<T extends { id: string }>(p: T): Omit<T, "id"> {
  const { id: _id, ...rest } = p;
  return rest;
}

test("the built-in plan written as a plan sheet reads back as the same plan", () => {
  const plan = builtinPlan();
  const sheet = snapshotOfSpec(planSheetSpec(plan).spec);
  const read = readPlanSheet(sheet);
  expect(read.problems).toEqual([]);
  expect(read.plan).not.toBeNull();
  expect(withoutId(read.plan!.plan)).toEqual(withoutId(plan.plan));
  expect(read.name).toBe(plan.plan.title);
});
