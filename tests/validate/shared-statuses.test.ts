import * as statusesModule from "../../src/core/progress/statuses";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";
import { daySpan, dataOf } from "../helpers/tracking-fixtures";
import { plan } from "./run";

describe("validateTracking with the obligation statuses the caller already has", () => {
  const asOf = dayOf(2024, 1, 1);
  const d = dataOf([
    { taskId: "III.1.1", status: "in-progress", date: daySpan(2023, 5, 1) },
    { taskId: "II.2.1", date: daySpan(2023, 4, 15) },
  ]);

  afterEach(() => jest.restoreAllMocks());

  it("reports the same coverage issues as when it computes them itself, without computing them again", () => {
    const own = validateTracking(d, plan, { asOf });
    const statuses = statusesModule.obligationStatuses(d, plan, asOf);
    const spy = jest.spyOn(statusesModule, "obligationStatuses");
    const shared = validateTracking(d, plan, { asOf, statuses });
    expect(spy).not.toHaveBeenCalled();
    expect(shared).toEqual(own);
    expect(shared.issues.some((i) => i.rule === "missing-task-year" && i.taskId === "III.1.1" && i.year === 2023)).toBe(true);
  });

  it("computes them once for the three coverage rules when none are given", () => {
    const spy = jest.spyOn(statusesModule, "obligationStatuses");
    validateTracking(d, plan, { asOf });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
