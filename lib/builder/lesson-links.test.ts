import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COURSE } from '@/content/course';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { lessonHeadings } from '@/lib/content/headings';
import { RULE_LESSONS, SUGGEST_LESSON } from './lesson-links';

/** Heading ids of a lesson as its page gives them, or undefined when there is no such lesson. */
function headingIds(slug: string): string[] | undefined {
  const file = path.join(process.cwd(), 'content', 'lessons', `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const split = splitFrontmatter(readFileSync(file, 'utf8'));
  if (!split.success) throw new Error(`${file}: ${split.error}`);
  return lessonHeadings(split.data.body).map((h) => h.id);
}

describe('finding lesson links', () => {
  for (const [rule, link] of [...Object.entries(RULE_LESSONS), ['suggest-a-cut', SUGGEST_LESSON] as const]) {
    it(`${rule} points at a heading of ${link.slug}`, () => {
      const ids = headingIds(link.slug);
      expect(ids, `content/lessons/${link.slug}.mdx does not exist`).toBeDefined();
      expect(ids, `no heading "#${link.anchor}" in content/lessons/${link.slug}.mdx`).toContain(link.anchor);
      // The evaluation panel always links to the lesson, so it must be a page of the course.
      expect(COURSE.flatMap((m) => m.lessons), `${link.slug} is not in content/course.ts`).toContain(link.slug);
    });
  }
});
