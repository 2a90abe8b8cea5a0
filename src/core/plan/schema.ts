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

export const frequencySchema = z.enum(["annual", "campaign", "once", "as-needed", "group"]);
export type Frequency = z.infer<typeof frequencySchema>;

export const taskSchema = z
  .object({
    id: z.string().regex(/^[IVX]+(\.\d+)*$/, { message: "mã nhiệm vụ phải có dạng II.2.1" }),
    title: z.string().min(1),
    shortTitle: z.string().min(1).optional(),
    frequency: frequencySchema,
    window: z.object({ start: dayOfYear, end: dayOfYear }).optional(),
    lead: z.string().min(1),
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
  .refine((t) => (t.frequency === "campaign") === (t.window !== undefined), {
    message: "một đợt cao điểm (campaign) phải có window, và chỉ nó mới có",
    path: ["window"],
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
    period: z
      .object({ start: z.number().int().min(2000).max(2100), end: z.number().int().min(2000).max(2100) })
      .refine((p) => p.start <= p.end, { message: "năm đầu phải trước năm cuối" }),
    effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "phải có dạng YYYY-MM-DD" }),
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
