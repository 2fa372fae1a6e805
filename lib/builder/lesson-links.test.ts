import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { RULE_LESSONS, SUGGEST_LESSON } from './lesson-links';

/** Heading ids of a lesson as rehype-slug makes them, or undefined when the lesson is not written yet. */
function headingIds(slug: string): string[] | undefined {
  const file = path.join(process.cwd(), 'content', 'lessons', `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const slugger = new GithubSlugger();
  const body = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return body
    .split('\n')
    .filter((l) => /^#{2,6} /.test(l))
    .map((l) => slugger.slug(l.replace(/^#+ /, '').trim()));
}

describe('finding lesson links', () => {
  for (const [rule, link] of [...Object.entries(RULE_LESSONS), ['suggest-a-cut', SUGGEST_LESSON] as const]) {
    it(`${rule} points at a heading of ${link.slug}`, () => {
      const ids = headingIds(link.slug);
      expect(ids, `content/lessons/${link.slug}.mdx does not exist`).toBeDefined();
      expect(ids, `no heading "#${link.anchor}" in content/lessons/${link.slug}.mdx`).toContain(link.anchor);
    });
  }
});
