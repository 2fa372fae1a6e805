import { describe, expect, it } from 'vitest';
import { parseLessonSource } from './lesson-schema';

function makeLesson(meta: Record<string, unknown> = {}, body = '\n## Start\n\nText.\n'): string {
  const fields = {
    title: 'Monoliths and microservices',
    summary: 'What a monolith is, what microservices are, and the retail example.',
    module: 'foundations',
    objectives: ['Define a monolith.', 'Define a microservice.'],
    sources: ['01'],
    ...meta,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

describe('parseLessonSource', () => {
  it('accepts a complete lesson', () => {
    const result = parseLessonSource('a.mdx', makeLesson());
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.meta.sources).toEqual(['01']);
  });

  it('names the file and the missing field', () => {
    const result = parseLessonSource('content/lessons/a.mdx', makeLesson({ summary: undefined }));
    expect(result).toEqual({ success: false, error: 'content/lessons/a.mdx: field "summary" is required' });
  });

  it('names the field of a wrong value', () => {
    const result = parseLessonSource('a.mdx', makeLesson({ sources: ['09'] }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(/^a\.mdx: field "sources\.0"/);
  });

  it('refuses unknown fields', () => {
    const result = parseLessonSource('a.mdx', makeLesson({ autor: 'x' }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toContain('autor');
  });

  it('refuses a file without frontmatter', () => {
    const result = parseLessonSource('a.mdx', '# Hello');
    expect(result).toEqual({ success: false, error: 'a.mdx: no frontmatter: the file must start with a --- block' });
  });

  it('refuses broken YAML', () => {
    const result = parseLessonSource('a.mdx', '---\ntitle: [oops\n---\n');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toMatch(/^a\.mdx: frontmatter is not valid YAML/);
  });

  it('refuses imports in the body but allows them inside code fences', () => {
    expect(parseLessonSource('a.mdx', makeLesson({}, '\nimport X from "y"\n')).success).toBe(false);
    expect(parseLessonSource('a.mdx', makeLesson({}, '\n```ts\nimport X from "y"\n```\n')).success).toBe(true);
  });
});
