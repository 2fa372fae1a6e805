import { z } from 'zod';
import { SOURCE_IDS } from './sources';
import { splitFrontmatter } from './frontmatter';
import { describeIssue, type ParseResult } from './parse';

/** What a lesson's frontmatter must hold. */
const lessonMetaSchema = z
  .object({
    /** Shown as the page title and in the course map, e.g. `"Monoliths and microservices"`. */
    title: z.string().trim().min(3).max(90),
    /** One line for the course map and the page description. */
    summary: z.string().trim().min(20).max(200),
    /** The id of the module in `content/course.ts` that lists this lesson, e.g. `"foundations"`. */
    module: z.string().regex(/^[a-z0-9-]+$/, 'must be a module id in kebab-case'),
    /** What a learner can do after the lesson; two to six, each a sentence starting with a verb. */
    objectives: z.array(z.string().trim().min(10)).min(2).max(6),
    /** The source documents the lesson draws on, e.g. `["01", "02"]`. */
    sources: z.array(z.enum(SOURCE_IDS as [string, ...string[]])).min(1),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

export type ParsedLesson = { meta: LessonMeta; body: string };

/** Lessons hold prose and course tags only: code that imports or exports is refused. */
const FORBIDDEN = /^(import|export)\s/m;

/**
 * Parses one lesson file. The error names the file and the field, e.g.
 * `content/lessons/x.mdx: field "summary": Required`.
 */
export function parseLessonSource(file: string, raw: string): ParseResult<ParsedLesson> {
  const split = splitFrontmatter(raw);
  if (!split.success) return { success: false, error: `${file}: ${split.error}` };
  const { frontmatter, body } = split.data;
  const result = lessonMetaSchema.safeParse(frontmatter ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(issue, '(frontmatter)'));
    return { success: false, error: `${file}: ${problems.join('; ')}` };
  }
  const outsideFences = body.replace(/```[\s\S]*?```/g, '');
  if (FORBIDDEN.test(outsideFences)) {
    return { success: false, error: `${file}: lessons may not use import or export; use the course tags` };
  }
  return { success: true, data: { meta: result.data, body } };
}
