import type { CourseModule } from '@/content/course';
import type { LessonMeta } from './lesson-schema';

/**
 * Checks the course order against the lesson files: every listed lesson exists, every file is
 * listed once, every module lists at least one, and each lesson's `module` field names the
 * module that lists it.
 * Returns one message per problem, each naming the file or module.
 */
export function checkCourse(course: CourseModule[], lessons: Map<string, LessonMeta>): string[] {
  const problems: string[] = [];
  const seenModules = new Set<string>();
  const listed = new Map<string, string>();
  for (const mod of course) {
    if (seenModules.has(mod.id)) problems.push(`content/course.ts: module "${mod.id}" is listed twice`);
    seenModules.add(mod.id);
    if (mod.lessons.length === 0) problems.push(`content/course.ts: module "${mod.id}" has no lessons`);
    for (const slug of mod.lessons) {
      if (listed.has(slug)) problems.push(`content/course.ts: lesson "${slug}" is listed twice`);
      listed.set(slug, mod.id);
      const meta = lessons.get(slug);
      if (!meta) problems.push(`content/course.ts: lesson "${slug}" has no file content/lessons/${slug}.mdx`);
      else if (meta.module !== mod.id)
        problems.push(`content/lessons/${slug}.mdx: field "module" is "${meta.module}" but content/course.ts lists it under "${mod.id}"`);
    }
  }
  for (const slug of lessons.keys()) {
    if (!listed.has(slug)) problems.push(`content/lessons/${slug}.mdx: not listed in content/course.ts`);
  }
  return problems;
}
