import { spanOf } from "../progress/completion";
import { campaignOf, placeActivity } from "../progress/windows";
import type { Activity, Field } from "../read/types";
import { isRealDay, viDateOf } from "../time/days";
import type { Rule } from "./rule";
import { at, cellOf, hasColumn, isBlankCell, isUnreadable, issueValue } from "./cells";

/** The cell that carries an activity's time: its date, or its year when that is all there is. */
function timeField(a: Activity): Field {
  return a.date !== null || !hasColumn(a, "year") ? "date" : "year";
}

/** Neither date nor year (tables with neither column get missing-column instead). */
export const missingDate: Rule = {
  code: "missing-date",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      const hasDate = hasColumn(a, "date");
      if (!hasDate && !hasColumn(a, "year")) continue;
      if (a.date !== null || a.year !== null) continue;
      if (!isBlankCell(a.raw.date) || !isBlankCell(a.raw.year)) continue;
      const field = hasDate ? "date" : "year";
      yield { ...at(a, field), message: msg.missingDate({ cell: cellOf(a, field) }) };
    }
  },
};

const DMY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/** A date or a year that cannot be read; a dd/mm/yyyy that is no real day (31/02) is said so. */
export const badDate: Rule = {
  code: "bad-date",
  severity: "error",
  *check({ data, msg }) {
    for (const a of data.activities) {
      if (isUnreadable(a, "date", a.date)) {
        const value = issueValue(a.raw.date);
        const m = typeof value === "string" ? DMY.exec(value) : null;
        const unreal = m !== null && !isRealDay(Number(m[3]), Number(m[2]), Number(m[1]));
        const p = { cell: cellOf(a, "date"), value };
        yield { ...at(a, "date"), value, message: unreal ? msg.notARealDay(p) : msg.badDate(p) };
      }
      // The reader takes the year from the date when the year cell gives none, so an unreadable
      // year cell shows only when no date stands in for it.
      if (isUnreadable(a, "year", a.year)) {
        const value = issueValue(a.raw.year);
        yield { ...at(a, "year"), value, message: msg.badYear({ cell: cellOf(a, "year"), value }) };
      }
    }
  },
};

/** The date (or, with no date, the year) lies wholly outside the plan's period. */
export const dateOutsidePeriod: Rule = {
  code: "date-outside-period",
  severity: "error",
  *check({ data, plan, msg }) {
    const from = plan.years[0];
    const to = plan.years[plan.years.length - 1];
    for (const a of data.activities) {
      const span = spanOf(a);
      if (!span || (span.end >= plan.periodStart && span.start <= plan.periodEnd)) continue;
      const field = timeField(a);
      const value = issueValue(a.raw[field] ?? (a.date ? viDateOf(a.date.start) : a.year));
      yield { ...at(a, field), value, message: msg.dateOutsidePeriod({ cell: cellOf(a, field), value, from, to }) };
    }
  },
};

/** Marked completed (status column) but dated after the as-of day; pinned to the status cell. */
export const futureCompleted: Rule = {
  code: "future-completed",
  severity: "warning",
  *check({ data, asOf, msg }) {
    for (const a of data.activities) {
      if (!a.hasStatusColumn || a.status !== "completed") continue;
      const span = spanOf(a);
      if (!span || span.start <= asOf) continue;
      const date = issueValue(a.raw[timeField(a)] ?? viDateOf(span.start));
      yield { ...at(a, "status"), value: date, message: msg.futureCompleted({ cell: cellOf(a, "status"), date, asOf: viDateOf(asOf) }) };
    }
  },
};

/**
 * An activity of a campaign dated outside the campaign's window, or known only by a quarter or a
 * year, which cannot show it took place during the campaign: either way it does not count for the
 * campaign, and the message says so. Cancelled and undated activities are left to other rules.
 */
export const campaignOutOfWindow: Rule = {
  code: "campaign-out-of-window",
  severity: "warning",
  *check({ data, plan, msg }) {
    for (const a of data.activities) {
      if (a.status === "cancelled") continue;
      const campaign = campaignOf(a.taskId, plan);
      if (!campaign?.window || spanOf(a) === null) continue;
      const placement = placeActivity(a, campaign, plan);
      if (placement === "inside") continue;
      const field = timeField(a);
      const value = issueValue(a.raw[field] ?? (a.date ? viDateOf(a.date.start) : a.year));
      const p = { cell: cellOf(a, field), value, taskId: campaign.id, window: `${campaign.window.start}–${campaign.window.end}` };
      yield { ...at(a, field), value, message: placement === "outside" ? msg.campaignOutOfWindow(p) : msg.campaignDateTooCoarse(p) };
    }
  },
};

export const DATE_RULES: readonly Rule[] = [missingDate, badDate, dateOutsidePeriod, futureCompleted, campaignOutOfWindow];
