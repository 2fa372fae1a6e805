import type { MetadataRoute } from 'next';
import { loadScenarios } from '@/lib/builder/scenarios';
import { loadCourse } from '@/lib/content/lessons';
import { presenterRoutes } from '@/lib/teach/routes';

export const dynamic = 'force-static';

/** Every page of the course; the accessibility test scans each one. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = process.env.SITE_URL ?? 'http://localhost:3000';
  const pages = [
    '/',
    '/glossary',
    '/progress',
    '/review',
    '/builder',
    ...loadScenarios().map((s) => `/builder/${s.id}`),
    ...loadCourse().lessons.map((l) => `/lessons/${l.slug}`),
    ...presenterRoutes(),
  ];
  return pages.map((path) => ({ url: `${base}${path}` }));
}
