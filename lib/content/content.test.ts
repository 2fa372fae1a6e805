/**
 * One test loads every content file: lessons, the course order, glossary and guides. Each
 * failure names the file and the item, so an author knows what to fix.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { COURSE } from '@/content/course';
import { checkCourse } from './course-check';
import { glossaryFileSchema, type GlossaryEntry } from './glossary-schema';
import { guideSchema } from '@/lib/teach/guide-schema';
import { COURSE_TAGS, unknownTags } from './course-tags';
import { lessonHeadings } from './headings';
import { parseLessonSource, type ParsedLesson } from './lesson-schema';

const root = path.resolve(__dirname, '../..');
const dir = (name: string) => path.join(root, 'content', name);
const filesIn = (name: string, ext: string) =>
  existsSync(dir(name)) ? readdirSync(dir(name)).filter((f) => f.endsWith(ext)).sort() : [];

const lessons = new Map<string, ParsedLesson>();
const headingIds = new Map<string, Set<string>>();
const parseProblems: string[] = [];

beforeAll(async () => {
  for (const file of filesIn('lessons', '.mdx')) {
    const result = parseLessonSource(`content/lessons/${file}`, readFileSync(path.join(dir('lessons'), file), 'utf8'));
    if (!result.success) {
      parseProblems.push(result.error);
      continue;
    }
    const slug = file.replace(/\.mdx$/, '');
    lessons.set(slug, result.data);
    headingIds.set(slug, new Set(lessonHeadings(result.data.body).map((h) => h.id)));
  }
});

describe('lessons', () => {
  it('every lesson file has valid metadata', () => {
    expect(parseProblems).toEqual([]);
  });

  it('the course order lists every lesson once, under the module the lesson names', () => {
    expect(checkCourse(COURSE, new Map([...lessons].map(([slug, l]) => [slug, l.meta])))).toEqual([]);
  });

  it('every lesson has objectives, at least one diagram and a key-takeaways block', () => {
    const problems: string[] = [];
    for (const [slug, { meta, body }] of lessons) {
      const file = `content/lessons/${slug}.mdx`;
      if (meta.objectives.length < 2) problems.push(`${file}: fewer than two objectives`);
      if (!/```mermaid\n/.test(body)) problems.push(`${file}: no diagram`);
      if (!/<Takeaways>/.test(body)) problems.push(`${file}: no <Takeaways> block`);
    }
    expect(problems).toEqual([]);
  });

  it('every lesson uses only the course tags', () => {
    const problems = [...lessons].flatMap(([slug, { body }]) =>
      unknownTags(body).map(({ name, line }) => `content/lessons/${slug}.mdx: body line ${line}: <${name}> is not a course tag (${COURSE_TAGS.join(', ')})`),
    );
    expect(problems).toEqual([]);
  });

  it('every diagram has a title and a description for screen readers', () => {
    const problems: string[] = [];
    for (const [slug, { body }] of lessons) {
      for (const m of body.matchAll(/```mermaid\n([\s\S]*?)```/g)) {
        if (!/^\s*accTitle:/m.test(m[1]!) || !/^\s*accDescr:/m.test(m[1]!)) {
          problems.push(`content/lessons/${slug}.mdx: diagram "${m[1]!.split('\n')[0]}…" lacks accTitle or accDescr`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('links between lessons point at lessons and headings that exist', () => {
    const problems: string[] = [];
    for (const [slug, { body }] of lessons) {
      for (const m of body.matchAll(/\]\(\/lessons\/([a-z0-9-]+)(?:#([a-z0-9-]+))?\)/g)) {
        const [, target, anchor] = m;
        if (!lessons.has(target!)) problems.push(`content/lessons/${slug}.mdx: link to missing lesson "${target}"`);
        else if (anchor && !headingIds.get(target!)!.has(anchor)) problems.push(`content/lessons/${slug}.mdx: link to missing heading "${target}#${anchor}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('glossary', () => {
  const entries: (GlossaryEntry & { file: string })[] = [];
  const problems: string[] = [];
  for (const file of filesIn('glossary', '.yaml')) {
    const result = glossaryFileSchema.safeParse(parse(readFileSync(path.join(dir('glossary'), file), 'utf8')));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      problems.push(`content/glossary/${file}: item ${issue.path.join('.')}: ${issue.message}`);
    } else entries.push(...result.data.map((e) => ({ ...e, file })));
  }

  it('every glossary file validates', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 60 terms, each defined once', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60);
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries) {
      for (const name of [e.term, ...(e.aliases ?? [])]) {
        const key = name.toLowerCase();
        if (seen.has(key)) dupes.push(`"${name}" in content/glossary/${e.file} and content/glossary/${seen.get(key)}`);
        seen.set(key, e.file);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('every term points at a lesson (and heading) that exists', () => {
    const missing = entries
      .filter((e) => !lessons.has(e.lesson) || (e.anchor && !headingIds.get(e.lesson)!.has(e.anchor)))
      .map((e) => `content/glossary/${e.file}: "${e.term}" → ${e.lesson}${e.anchor ? `#${e.anchor}` : ''}`);
    expect(missing).toEqual([]);
  });
});

describe('instructor guides', () => {
  it('every module has a guide, and every guide validates and names real lessons', () => {
    const problems: string[] = [];
    for (const mod of COURSE) {
      const file = path.join(dir('guides'), `${mod.id}.yaml`);
      if (!existsSync(file)) {
        problems.push(`content/guides/${mod.id}.yaml: missing`);
        continue;
      }
      const result = guideSchema.safeParse(parse(readFileSync(file, 'utf8')));
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(`content/guides/${mod.id}.yaml: field "${issue.path.join('.')}" ${issue.message}`);
        continue;
      }
      if (result.data.module !== mod.id) problems.push(`content/guides/${mod.id}.yaml: field "module" is "${result.data.module}"`);
      for (const item of result.data.agenda) {
        if (item.lesson && !lessons.has(item.lesson)) problems.push(`content/guides/${mod.id}.yaml: agenda names missing lesson "${item.lesson}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
