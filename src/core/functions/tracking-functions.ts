import { functionMessages } from "../i18n/function-messages";
import { statusLabel } from "../i18n/status-labels";
import { invalidValue, notAvailable } from "./function-error";
import { param, trackingFunction } from "./declaration";

/**
 * The functions over tracking data (docs/design.md#functions): progress, obligation status, activity counts,
 * people reached, budget and issue counts. Each takes an optional last `data` range; without it
 * the workbook's own tables answer.
 */

const scope = param("scope", "scope");
const year = param("year", "year");
const data = param("data", "data");

const PROGRESS = trackingFunction({
  name: "PROGRESS",
  params: [scope, year, data],
  result: "scalar",
  uses: "tracking",
  // Nothing due yet: no progress — a blank, neither 0 nor 100 % (docs/design.md#progress).
  impl: (a, view) => view.progress(a.scope, a.year) ?? "",
});

const STATUS = trackingFunction({
  name: "STATUS",
  params: [param("task", "task", false), param("year", "year", false), data],
  result: "scalar",
  uses: "tracking",
  impl: (a, view, ctx) => {
    const m = functionMessages(ctx.locale);
    const owed = view.obligations(a.task);
    if (owed.length === 0) return notAvailable(m.noObligation({ task: a.task }));
    const o = view.obligation(a.task, a.year);
    if (!o) return a.year === null ? invalidValue(m.yearNeeded({ task: a.task })) : notAvailable(m.noObligation({ task: a.task }));
    return statusLabel(o.state, ctx.locale);
  },
});

const COUNT = trackingFunction({
  name: "COUNT",
  params: [scope, year, data],
  result: "scalar",
  uses: "tracking",
  impl: (a, view) => view.figures(a.scope, a.year).activities,
});

const PARTICIPANTS = trackingFunction({
  name: "PARTICIPANTS",
  params: [scope, year, param("group", "group"), data],
  result: "scalar",
  uses: "tracking",
  impl: (a, view) => {
    const f = view.figures(a.scope, a.year);
    switch (a.group) {
      case "female":
        return f.female;
      case "male":
        return f.male;
      case "ethnic":
        return f.ethnicMinority;
      default:
        return f.participants;
    }
  },
});

const BUDGET = trackingFunction({
  name: "BUDGET",
  params: [scope, year, data],
  result: "scalar",
  uses: "tracking",
  // Sums of triệu đồng with fractions: round off the binary noise (0.1 + 0.2), keep 6 decimals.
  impl: (a, view) => Math.round(view.figures(a.scope, a.year).budget * 1e6) / 1e6,
});

const ISSUES = trackingFunction({
  name: "ISSUES",
  params: [param("severity", "severity"), data],
  result: "scalar",
  uses: "tracking",
  impl: (a, view) => view.issues(a.severity),
});

export const TRACKING_FUNCTIONS = [PROGRESS, STATUS, COUNT, PARTICIPANTS, BUDGET, ISSUES] as const;
