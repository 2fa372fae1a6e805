import { z } from 'zod';

/**
 * Glossary entries, kept per module in `content/glossary/<module-id>.yaml` as a YAML list.
 * Each term is defined once across the whole course.
 */
const glossaryEntrySchema = z
  .object({
    /** The term as lessons write it, e.g. `"Saga"`. */
    term: z.string().min(2),
    /** Other spellings that mean the same, e.g. `["saga pattern"]`. */
    aliases: z.array(z.string().min(2)).optional(),
    /** One sentence, in the course's words. */
    definition: z.string().min(20).max(320),
    /** The slug of the lesson that teaches it. */
    lesson: z.string().regex(/^[a-z0-9-]+$/),
    /** The id of the heading in that lesson that teaches it, e.g. `"sagas"` (optional). */
    anchor: z.string().regex(/^[a-z0-9-]+$/).optional(),
  })
  .strict();

export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
