import { describe, expect, it } from 'vitest';
import { checkCourse } from './course-check';
import type { LessonMeta } from './lesson-schema';

const meta = (module: string): LessonMeta => ({
  title: 'A lesson',
  summary: 'A summary long enough to pass.',
  module,
  objectives: ['One objective here.', 'Two objectives here.'],
  sources: ['01'],
});

describe('checkCourse', () => {
  it('accepts a course whose lessons all exist and agree', () => {
    const lessons = new Map([['a', meta('m')]]);
    expect(checkCourse([{ id: 'm', title: 'M', summary: 's', lessons: ['a'] }], lessons)).toEqual([]);
  });

  it('reports a listed lesson without a file', () => {
    const problems = checkCourse([{ id: 'm', title: 'M', summary: 's', lessons: ['a', 'b'] }], new Map([['a', meta('m')]]));
    expect(problems).toEqual(['content/course.ts: lesson "b" has no file content/lessons/b.mdx']);
  });

  it('reports a file that the course does not list', () => {
    const lessons = new Map([['a', meta('m')], ['z', meta('m')]]);
    expect(checkCourse([{ id: 'm', title: 'M', summary: 's', lessons: ['a'] }], lessons)).toEqual([
      'content/lessons/z.mdx: not listed in content/course.ts',
    ]);
  });

  it('reports a module field that disagrees with the course order', () => {
    const problems = checkCourse([{ id: 'm', title: 'M', summary: 's', lessons: ['a'] }], new Map([['a', meta('other')]]));
    expect(problems[0]).toMatch(/a\.mdx: field "module" is "other"/);
  });

  it('reports a module without lessons, which would otherwise vanish from the course map', () => {
    const problems = checkCourse([{ id: 'm', title: 'M', summary: 's', lessons: ['a'] }, { id: 'empty', title: 'E', summary: 's', lessons: [] }], new Map([['a', meta('m')]]));
    expect(problems).toEqual(['content/course.ts: module "empty" has no lessons']);
  });
});
