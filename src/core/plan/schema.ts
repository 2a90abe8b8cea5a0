import { z } from "zod";

/** A day of the year, "dd/mm", as the plan writes campaign windows. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dayOfYear = z
  .string()
  .regex(/^\d{2}\/\d{2}$/, { message: "phải có dạng dd/mm, ví dụ 15/11" })
  .refine(
    (s) => {
      const [d, m] = s.split("/").map(Number);
      if (d === undefined || m === undefined) return false;
      // No entry for a month outside 1..12.
      const days = DAYS_IN_MONTH[m - 1];
      return days !== undefined && d >= 1 && d <= days;
    },
    { message: "không phải là một ngày có thật" },
  );

const windowSchema = z.object({ start: dayOfYear, end: dayOfYear });
export type DayWindow = z.infer<typeof windowSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "phải có dạng YYYY-MM-DD" });

export const frequencySchema = z.enum(["annual", "campaign", "once", "as-needed", "group", "quarterly", "half-yearly"]);
export type Frequency = z.infer<typeof frequencySchema>;

export const taskSchema = z
  .object({
    id: z.string().regex(/^[IVX]+(\.\d+)*$/, { message: "mã nhiệm vụ phải có dạng II.2.1" }),
    title: z.string().min(1),
    shortTitle: z.string().min(1).optional(),
    frequency: frequencySchema,
    /** A campaign's window, "dd/mm" to "dd/mm" (the end before the start: it runs over New Year). */
    window: windowSchema.optional(),
    /** A campaign held several times a year: every window, in the plan's order (the first is `window`). */
    windows: z.array(windowSchema).optional(),
    /** A once task's deadline, YYYY-MM-DD ("trước 30/6/2027"); without one it is due at the period's end. */
    deadline: isoDay.optional(),
    lead: z.string().min(1),
    /** Partner units as the plan names them (Đơn vị phối hợp). */
    partners: z.array(z.string().min(1)).optional(),
    /**
     * Phrases that, found in an activity's text, point to this task by themselves ("tháng hành
     * động", "8/3"). Matched folded (case and diacritics ignored), dates and usual abbreviations
     * written any usual way ("8-3", "BĐG").
     */
    keywords: z.array(z.string().min(1)).default([]),
    /**
     * Phrases of a kind of action ("báo cáo", "tập huấn") that point to this task only in a text
     * about the plan's subject: "tập huấn phòng cháy" is not this plan's training.
     */
    weakKeywords: z.array(z.string().min(1)).default([]),
  })
  // One list of windows, whichever way it was written; `window` stays the first for what needs one.
  .transform((t) => {
    const windows = t.windows && t.windows.length > 0 ? t.windows : t.window ? [t.window] : undefined;
    return windows ? { ...t, window: windows[0], windows } : { ...t, window: undefined, windows: undefined };
  })
  .refine((t) => (t.frequency === "campaign") === (t.windows !== undefined), {
    message: "một đợt cao điểm (campaign) phải có window, và chỉ nó mới có",
    path: ["window"],
  })
  .refine((t) => t.deadline === undefined || t.frequency === "once", {
    message: "chỉ nhiệm vụ một lần (once) mới có deadline",
    path: ["deadline"],
  });
export type Task = z.infer<typeof taskSchema>;

export const unitSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
});
export type Unit = z.infer<typeof unitSchema>;

export const sectionSchema = z.object({
  id: z.string().regex(/^[IVX]+$/),
  title: z.string().min(1),
});

export const planSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    issuer: z.string().min(1),
    /** The plan's number as issued, "15/KH-SDTTG". */
    number: z.string().min(1).optional(),
    /** Its date of issue, YYYY-MM-DD. */
    issuedOn: isoDay.optional(),
    period: z
      .object({ start: z.number().int().min(2000).max(2100), end: z.number().int().min(2000).max(2100) })
      .refine((p) => p.start <= p.end, { message: "năm đầu phải trước năm cuối" }),
    effectiveDate: isoDay,
    sections: z.array(sectionSchema).default([]),
    tasks: z.array(taskSchema).min(1),
    units: z.array(unitSchema).default([]),
    /** Phrases that say an activity concerns the plan's subject at all ("bình đẳng giới", "phụ nữ"). */
    subjectKeywords: z.array(z.string().min(1)).default([]),
    /** From this date a unit may be a commune (xã, phường) not on the list. */
    communesFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.tasks.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: "custom", message: `mã ${t.id} bị trùng`, path: ["tasks", i, "id"] });
      ids.add(t.id);
    });
  });
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
