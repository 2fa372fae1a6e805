import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { compile } from '@mdx-js/mdx';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCollectHeadings, remarkMermaid, type TocEntry } from '@/lib/content/mdx-plugins';
import { QUIZZES_DIR, parseQuizSource, quizIds } from './load';
import { quizFileSchema } from './schema';
import { lessonHeadings, lessonOfQuiz, splitSection } from './sections';

/** Every quiz in content/quizzes validates, and every link it makes lands on a real heading. */

const LESSONS = path.join(process.cwd(), 'content', 'lessons');
const bodyOf = (slug: string) => {
  const split = splitFrontmatter(readFileSync(path.join(LESSONS, `${slug}.mdx`), 'utf8'));
  if (!split.success) throw new Error(`content/lessons/${slug}.mdx: ${split.error}`);
  return split.data.body;
};
const lessonExists = (slug: string) => existsSync(path.join(LESSONS, `${slug}.mdx`));

/**
 * Heading ids as the site renders them: the lesson pipeline of `lib/content/mdx.tsx` up to
 * rehype-slug and the heading collector (h2, h3), without the code highlighter, which is slow
 * and does not touch headings.
 */
const renderedIds = new Map<string, Promise<string[]>>();
function headingIds(slug: string): Promise<string[]> {
  if (!renderedIds.has(slug)) {
    const toc: TocEntry[] = [];
    const compiled = compile(bodyOf(slug), { remarkPlugins: [remarkGfm, remarkMermaid], rehypePlugins: [rehypeSlug, rehypeCollectHeadings(toc)] });
    renderedIds.set(slug, compiled.then(() => toc.map((t) => t.id)));
  }
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

describe('lessonHeadings', () => {
  const slugs = readdirSync(LESSONS).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4));

  it.each(slugs)('finds the same h2/h3 ids as the rendered %s lesson', async (slug) => {
    const mine = lessonHeadings(bodyOf(slug)).filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.id);
    expect(mine).toEqual(await headingIds(slug));
  }, 30_000);

  it('numbers repeated headings as rehype-slug does and reads text through inline Markdown', () => {
    const body = '## Setup\n\n```md\n## Not a heading\n```\n\n### Setup\n\n## The `code` and **bold** way\n';
    expect(lessonHeadings(body)).toEqual([
      { id: 'setup', title: 'Setup', depth: 2 },
      { id: 'setup-1', title: 'Setup', depth: 3 },
      { id: 'the-code-and-bold-way', title: 'The code and bold way', depth: 2 },
    ]);
  });
});

describe('the README example', () => {
  it('is a valid quiz file', () => {
    const readme = readFileSync(path.join(QUIZZES_DIR, 'README.md'), 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    const result = quizFileSchema.safeParse(parse(yaml ?? ''));
    expect(result.success ? 'valid' : result.error.issues).toBe('valid');
    expect(new Set(result.data?.questions.map((q) => q.type)).size).toBe(8);
  });
});
