import 'server-only';
import { loadScenarios } from '@/lib/builder/scenarios';
import { loadCourse } from '@/lib/content/lessons';
import { loadGuides } from './guides';

/** Every instructor-mode page, for the sitemap (and so the site-wide accessibility scan). */
export function presenterRoutes(): string[] {
  const lessons = loadCourse().lessons.flatMap((l) => [`/lessons/${l.slug}/present`, `/lessons/${l.slug}/present/console`, `/lessons/${l.slug}/handout`]);
  return ['/teach', '/teach/poll', ...loadGuides().map((g) => `/teach/${g.module}`), ...loadScenarios().map((s) => `/teach/builder/${s.id}`), ...lessons];
}
