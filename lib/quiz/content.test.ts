import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { lessonHeadings } from '@/lib/content/headings';
import { QUIZZES_DIR, parseQuizSource, quizIds } from './load';
import { QUESTION_TYPES } from './registry';
import { quizFileSchema } from './schema';
import { lessonOfQuiz, splitSection } from './sections';

/** Every quiz in content/quizzes validates, and every link it makes lands on a real heading. */

const LESSONS = path.join(process.cwd(), 'content', 'lessons');
const bodyOf = (slug: string) => {
  const split = splitFrontmatter(readFileSync(path.join(LESSONS, `${slug}.mdx`), 'utf8'));
  if (!split.success) throw new Error(`content/lessons/${slug}.mdx: ${split.error}`);
  return split.data.body;
};
const lessonExists = (slug: string) => existsSync(path.join(LESSONS, `${slug}.mdx`));

/** Heading ids as the lesson page gives them (lib/content/headings.ts, which the page uses). */
const renderedIds = new Map<string, string[]>();
async function headingIds(slug: string): Promise<string[]> {
  if (!renderedIds.has(slug)) renderedIds.set(slug, lessonHeadings(bodyOf(slug)).map((h) => h.id));
  return renderedIds.get(slug)!;
}

const ids = quizIds();

describe('quiz files', () => {
  it('exist for the lessons that have them', () => {
    expect(ids).toEqual(expect.arrayContaining(['migration-strategies', 'monoliths-and-microservices']));
  });

  it.each(ids)('%s.yaml validates and belongs to a lesson', (id) => {
    const result = parseQuizSource(`content/quizzes/${id}.yaml`, readFileSync(path.join(QUIZZES_DIR, `${id}.yaml`), 'utf8'));
    expect(result.success ? 'valid' : result.error).toBe('valid');
    expect(lessonExists(lessonOfQuiz(id)), `content/quizzes/${id}.yaml: no lesson "${lessonOfQuiz(id)}" (name it <lesson-slug> or <lesson-slug>-check-<n>)`).toBe(true);
  });

  it.each(ids)('%s.yaml links every question to a heading that exists', async (id) => {
    const result = parseQuizSource(id, readFileSync(path.join(QUIZZES_DIR, `${id}.yaml`), 'utf8'));
    if (!result.success) return; // reported above
    const problems: string[] = [];
    for (const q of result.data.questions) {
      const { slug, anchor } = splitSection(q.section);
      if (!lessonExists(slug)) problems.push(`question "${q.id}": section "${q.section}" names no lesson`);
      else if (!(await headingIds(slug)).includes(anchor)) {
        problems.push(`question "${q.id}": section "${q.section}" has no heading #${anchor} (headings: ${(await headingIds(slug)).join(', ')})`);
      }
    }
    expect(problems, `content/quizzes/${id}.yaml`).toEqual([]);
  }, 30_000);
});

describe('the README example', () => {
  it('is a valid quiz file', () => {
    const readme = readFileSync(path.join(QUIZZES_DIR, 'README.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const result = quizFileSchema.safeParse(parse(yaml ?? ''));
    expect(result.success ? 'valid' : result.error.issues).toBe('valid');
    expect(new Set(result.data?.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });
});
