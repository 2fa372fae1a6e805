import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { COURSE, type CourseModule } from '@/content/course';
import { checkCourse } from './course-check';
import { parseLessonSource, type LessonMeta } from './lesson-schema';
import { readingMinutes } from './reading-time';

const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

/** A lesson as the site uses it: validated metadata, its place in the course, its body. */
export type Lesson = LessonMeta & {
  slug: string;
  body: string;
  minutes: number;
  moduleTitle: string;
  /** 1-based position in the whole course. */
  number: number;
};

/**
 * Reads and validates every lesson once per build. Throws one error listing every problem,
 * each naming the file and field, so a bad lesson fails the build.
 */
export const loadCourse = cache((): { modules: (CourseModule & { items: Lesson[] })[]; lessons: Lesson[] } => {
  const problems: string[] = [];
  const parsed = new Map<string, { meta: LessonMeta; body: string }>();
  for (const name of readdirSync(LESSONS_DIR).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const file = `content/lessons/${name}`;
    const result = parseLessonSource(file, readFileSync(path.join(LESSONS_DIR, name), 'utf8'));
    if (result.success) parsed.set(name.slice(0, -4), result.data);
    else problems.push(result.error);
  }
  const metas = new Map([...parsed].map(([slug, p]) => [slug, p.meta]));
  problems.push(...checkCourse(COURSE, metas));
  if (problems.length) throw new Error(`Invalid course content:\n  ${problems.join('\n  ')}`);

  const lessons: Lesson[] = [];
  const modules = COURSE.map((mod) => {
    const items = mod.lessons.map((slug) => {
      const { meta, body } = parsed.get(slug)!;
      const lesson: Lesson = { ...meta, slug, body, minutes: readingMinutes(body), moduleTitle: mod.title, number: lessons.length + 1 };
      lessons.push(lesson);
      return lesson;
    });
    return { ...mod, items };
  });
  return { modules, lessons };
});

/** The params of every `/lessons/[slug]/…` route (the lesson, its slides, console and handout), e.g. `[{ slug: "monolith-first" }]`. */
export function lessonStaticParams(): { slug: string }[] {
  return loadCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export function getLesson(slug: string): Lesson | undefined {
  return loadCourse().lessons.find((l) => l.slug === slug);
}

export function getNeighbours(slug: string): { prev?: Lesson; next?: Lesson } {
  const { lessons } = loadCourse();
  const i = lessons.findIndex((l) => l.slug === slug);
  return { prev: lessons[i - 1], next: lessons[i + 1] };
}
