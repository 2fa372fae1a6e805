/**
 * content/SOURCES.md maps every heading of the source documents to the lesson section that
 * teaches it. This checks each link lands on a real heading, and that no Markdown heading of
 * sources 04 and 05 (the ones with real headings) is missing from the map.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonHeadings } from './headings';
import { parseLessonSource } from './lesson-schema';

const root = path.resolve(__dirname, '../..');
const sourcesDir = path.resolve(root, '../shared/course-source');
const map = readFileSync(path.join(root, 'content/SOURCES.md'), 'utf8');
const rows = [...map.matchAll(/^\|\s*(0[1-5])\s*\|\s*(.+?)\s*\|\s*([a-z0-9-]+)(?:#([a-z0-9-]+))?\s*\|$/gm)].map((m) => ({
  source: m[1]!,
  heading: m[2]!,
  slug: m[3]!,
  anchor: m[4],
}));

const ids = new Map<string, Set<string>>();
beforeAll(async () => {
  for (const file of readdirSync(path.join(root, 'content/lessons'))) {
    const parsed = parseLessonSource(file, readFileSync(path.join(root, 'content/lessons', file), 'utf8'));
    if (parsed.success) ids.set(file.replace(/\.mdx$/, ''), new Set(lessonHeadings(parsed.data.body).map((h) => h.id)));
  }
});

const normalise = (s: string) =>
  s
    .replace(/\*\*/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe('content/SOURCES.md', () => {
  it('has rows for all five sources', () => {
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['01', '02', '03', '04', '05']));
  });

  it('links every row to a lesson section that exists', () => {
    const broken = rows
      .filter((r) => !ids.has(r.slug) || (r.anchor && !ids.get(r.slug)!.has(r.anchor)))
      .map((r) => `${r.source} "${r.heading}" → ${r.slug}#${r.anchor ?? ''}`);
    expect(broken).toEqual([]);
  });

  it.skipIf(!existsSync(sourcesDir))('maps every Markdown heading of sources 04 and 05', () => {
    const missing: string[] = [];
    for (const [id, prefix] of [['04', '04-'], ['05', '05-']] as const) {
      const file = readdirSync(sourcesDir).find((f) => f.startsWith(prefix))!;
      const text = readFileSync(path.join(sourcesDir, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      const mapped = rows.filter((r) => r.source === id).map((r) => normalise(r.heading));
      for (const m of text.matchAll(/^#{2,4}\s+(.+)$/gm)) {
        const heading = normalise(m[1]!);
        if (heading === 'index') continue;
        if (!mapped.some((h) => h.includes(heading))) missing.push(`${id}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
