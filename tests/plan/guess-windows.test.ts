import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { PlanModel } from "../../src/core/plan/model";
import { guessTask } from "../../src/core/read/task-guess";
import { dayOf } from "../../src/core/time/days";

/**
 * The built-in plan with the Women's Day campaign (II.2.1, 01/3–31/3) held a second time,
 * 15/7–15/8: the guess by date must know that second window too.
 */
const plan = PlanModel.fromInput({
  ...BUILTIN_PLAN,
  tasks: BUILTIN_PLAN.tasks.map((t) =>
    t.id === "II.2.1"
      ? {
          ...t,
          window: undefined,
          windows: [
            { start: "01/03", end: "31/03" },
            { start: "15/07", end: "15/08" },
          ],
        }
      : t,
  ),
});

// Words of the communication group only: the day decides which campaign, if any.
const TEXT = "Tổ chức mít tinh, tuyên truyền về bình đẳng giới";

describe("the task guess by date and a campaign held twice a year", () => {
  it("takes a day in the second window for the campaign, as it does a day in the first", () => {
    expect(guessTask(TEXT, plan, { day: dayOf(2024, 3, 10) })?.id).toBe("II.2.1");
    expect(guessTask(TEXT, plan, { day: dayOf(2024, 7, 25) })?.id).toBe("II.2.1");
  });

  it("a month that overlaps the second window meets it; a day outside both windows does not", () => {
    expect(guessTask(TEXT, plan, { day: dayOf(2024, 8, 1), end: dayOf(2024, 8, 31) })?.id).toBe("II.2.1");
    expect(guessTask(TEXT, plan, { day: dayOf(2024, 9, 20) })?.id).not.toBe("II.2.1");
  });
});
