import { z } from 'zod';

/**
 * An instructor's guide for one module: a 90-minute session plan, kept as data in
 * `content/guides/<module-id>.yaml` so the teach pages and the presenter can show it.
 */
export const guideSchema = z
  .object({
    /** The module id in content/course.ts, e.g. `"foundations"`. */
    module: z.string().regex(/^[a-z0-9-]+$/),
    /** Session length in minutes; the agenda's minutes must add up to it. */
    minutes: z.number().int().positive(),
    /** What learners can do after the session. */
    objectives: z.array(z.string().min(10)).min(2),
    /** Before the session: what to read, open or print. */
    preparation: z.array(z.string().min(5)).min(1),
    /** The agenda in order, e.g. `{ minutes: 10, activity: "Warm-up poll", lesson: "real-time-ml", detail: "…" }`. */
    agenda: z
      .array(
        z
          .object({
            minutes: z.number().int().positive(),
            activity: z.string().min(3),
            /** The lesson slug this part presents, if any. */
            lesson: z.string().regex(/^[a-z0-9-]+$/).optional(),
            detail: z.string().min(10),
          })
          .strict(),
      )
      .min(3),
    /** Questions that open a discussion, each with what a good answer brings out. */
    prompts: z.array(z.object({ question: z.string().min(10), lookFor: z.string().min(10) }).strict()).min(3),
    /** One hands-on exercise. `scenario` names a builder scenario id when the exercise uses the builder. */
    exercise: z
      .object({
        title: z.string().min(5),
        minutes: z.number().int().positive(),
        scenario: z.string().optional(),
        steps: z.array(z.string().min(5)).min(2),
        debrief: z.string().min(10),
      })
      .strict(),
    /**
     * The printed materials an activity assumes, each item with its answer key, e.g. the ten calls to
     * sort into patterns. Learners see `items[].text` on the handout; the key stays in the guide.
     */
    materials: z
      .array(
        z
          .object({
            /** Kebab-case id, unique in the guide, e.g. `"ten-calls"`. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            title: z.string().min(5),
            /** The agenda activity or exercise that uses it, by its title. */
            usedIn: z.string().min(3),
            /** The lesson whose handout prints it. */
            lesson: z.string().regex(/^[a-z0-9-]+$/),
            /** What learners are asked to do with the items. */
            instructions: z.string().min(10),
            items: z.array(z.object({ text: z.string().min(3), answer: z.string().min(3) }).strict()).min(3),
          })
          .strict(),
      )
      .default([]),
    /** How to fit the session into less time: what to drop or shorten first, in order. */
    shortOfTime: z.array(z.string().min(10)).min(1),
    /** What learners commonly get wrong, and the correction to teach. */
    misconceptions: z.array(z.object({ myth: z.string().min(10), correction: z.string().min(10) }).strict()).min(3),
  })
  .strict()
  .superRefine((guide, ctx) => {
    const total = guide.agenda.reduce((sum, item) => sum + item.minutes, 0);
    if (total !== guide.minutes) {
      ctx.addIssue({ code: 'custom', path: ['agenda'], message: `minutes add up to ${total}, not ${guide.minutes}` });
    }
    const activities = new Set([...guide.agenda.map((item) => item.activity), guide.exercise.title]);
    const ids = new Set<string>();
    guide.materials.forEach((material, i) => {
      if (ids.has(material.id)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'id'], message: `"${material.id}" is used twice` });
      ids.add(material.id);
      if (!activities.has(material.usedIn)) {
        ctx.addIssue({ code: 'custom', path: ['materials', i, 'usedIn'], message: `no agenda activity or exercise is called "${material.usedIn}"` });
      }
    });
  });

export type Guide = z.infer<typeof guideSchema>;
