import { spanOf } from "../progress/completion";
import { campaignOf, placeActivity } from "../progress/windows";
import type { Activity } from "../read/types";
import { isRealDay, viDateOf } from "../time/days";
import type { Columns, Rule, RowRule } from "./rule";
import { cellOf, findingAt, isBlankCell, isUnreadable, issueValue } from "./cells";
import type { RuleDescriptor } from "./descriptor";

/** The rules of this family, as the rest of the product knows them (see descriptor.ts). */
export const DATE_DESCRIPTORS = {
  missingDate: { code: "missing-date", severity: "error", family: "dates", listed: 7, report: "data-problem" },
  badDate: { code: "bad-date", severity: "error", family: "dates", listed: 8, report: "data-problem" },
  dateOutsidePeriod: { code: "date-outside-period", severity: "error", family: "dates", listed: 9, report: "data-problem" },
  futureCompleted: { code: "future-completed", severity: "warning", family: "dates", listed: 10, report: "data-problem" },
  campaignOutOfWindow: { code: "campaign-out-of-window", severity: "warning", family: "dates", listed: 19, report: "data-problem" },
} as const satisfies Record<string, RuleDescriptor>;

/** The cell that carries an activity's time: its date, or its year when that is all there is. */
function timeField(a: Activity, cols: Columns): "date" | "year" {
  return a.date !== null || cols.year === undefined ? "date" : "year";
}

/** The time as the user wrote it, or as the reader understood it when the cell is not there. */
function timeValue(a: Activity, field: "date" | "year"): string | number | boolean | null {
  return issueValue(a.raw[field] ?? (a.date ? viDateOf(a.date.start) : a.year));
}

/**
 * The time as the user sees it in Excel, for a message: a date cell holds a serial number
 * (45427) but shows 15/05/2024, and a year shows 2019, not the number 2.019.
 */
function shownTime(a: Activity, field: "date" | "year"): string | number | boolean | null {
  const v = timeValue(a, field);
  if (typeof v !== "number") return v;
  if (field === "date" && a.date !== null) return viDateOf(a.date.start);
  return field === "year" && Number.isInteger(v) ? String(v) : v;
}

/** Neither date nor year (tables with neither column get missing-column instead). */
export const missingDate: RowRule = {
  ...DATE_DESCRIPTORS.missingDate,
  rows: ({ msg }) => ({
    activity(a, cols, out) {
      if (a.date !== null || a.year !== null) return;
      if (cols.date === undefined && cols.year === undefined) return;
      if (!isBlankCell(a.raw.date) || !isBlankCell(a.raw.year)) return;
      const col = cols.date ?? cols.year;
      out.push(findingAt(a, col, msg.missingDate({ cell: cellOf(a, col) })));
    },
  }),
};

const DMY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

/** A date or a year that cannot be read; a dd/mm/yyyy that is no real day (31/02) is said so. */
export const badDate: RowRule = {
  ...DATE_DESCRIPTORS.badDate,
  rows: ({ msg }) => ({
    activity(a, cols, out) {
      if (isUnreadable(cols, a.raw, "date", a.date)) {
        const value = issueValue(a.raw.date);
        const m = typeof value === "string" ? DMY.exec(value) : null;
        const unreal = m !== null && !isRealDay(Number(m[3]), Number(m[2]), Number(m[1]));
        const p = { cell: cellOf(a, cols.date), value };
        out.push(findingAt(a, cols.date, unreal ? msg.notARealDay(p) : msg.badDate(p), value));
      }
      // The reader takes the year from the date when the year cell gives none, so an unreadable
      // year cell shows only when no date stands in for it.
      if (isUnreadable(cols, a.raw, "year", a.year)) {
        const value = issueValue(a.raw.year);
        out.push(findingAt(a, cols.year, msg.badYear({ cell: cellOf(a, cols.year), value }), value));
      }
    },
  }),
};

/** The date (or, with no date, the year) lies wholly outside the plan's period. */
export const dateOutsidePeriod: RowRule = {
  ...DATE_DESCRIPTORS.dateOutsidePeriod,
  rows({ plan, msg }) {
    const from = plan.firstYear;
    const to = plan.lastYear;
    return {
      activity(a, cols, out) {
        if (a.date === null && a.year === null) return;
        const span = spanOf(a);
        if (!span || (span.end >= plan.periodStart && span.start <= plan.periodEnd)) return;
        const field = timeField(a, cols);
        const value = timeValue(a, field);
        out.push(findingAt(a, cols[field], msg.dateOutsidePeriod({ cell: cellOf(a, cols[field]), value: shownTime(a, field), from, to }), value));
      },
    };
  },
};

/** Marked completed (status column) but dated after the as-of day; pinned to the status cell. */
export const futureCompleted: RowRule = {
  ...DATE_DESCRIPTORS.futureCompleted,
  rows: ({ asOf, msg }) => ({
    activity(a, cols, out) {
      if (!a.hasStatusColumn || a.status !== "completed") return;
      const span = spanOf(a);
      if (!span || span.start <= asOf) return;
      const date = issueValue(a.raw[timeField(a, cols)] ?? viDateOf(span.start));
      const shown = shownTime(a, timeField(a, cols)) ?? date;
      out.push(findingAt(a, cols.status, msg.futureCompleted({ cell: cellOf(a, cols.status), date: shown, asOf: viDateOf(asOf) }), date));
    },
  }),
};

/**
 * An activity of a campaign dated outside the campaign's window, or known only by a quarter or a
 * year, which cannot show it took place during the campaign: either way it does not count for the
 * campaign, and the message says so. Cancelled and undated activities are left to other rules.
 */
export const campaignOutOfWindow: RowRule = {
  ...DATE_DESCRIPTORS.campaignOutOfWindow,
  rows: ({ plan, msg }) => ({
    activity(a, cols, out) {
      if (a.status === "cancelled" || a.taskId === null) return;
      const campaign = campaignOf(a.taskId, plan);
      if (!campaign?.window || spanOf(a) === null) return;
      const placement = placeActivity(a, campaign, plan);
      if (placement === "inside") return;
      const field = timeField(a, cols);
      const value = timeValue(a, field);
      const p = { cell: cellOf(a, cols[field]), value: shownTime(a, field), taskId: campaign.id, window: `${campaign.window.start}–${campaign.window.end}` };
      out.push(findingAt(a, cols[field], placement === "outside" ? msg.campaignOutOfWindow(p) : msg.campaignDateTooCoarse(p), value));
    },
  }),
};

export const DATE_RULES: readonly Rule[] = [missingDate, badDate, dateOutsidePeriod, futureCompleted, campaignOutOfWindow];
