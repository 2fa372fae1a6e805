import type { MetadataRoute } from 'next';
import { loadCourse } from '@/lib/content/lessons';

export const dynamic = 'force-static';

/** Every page of the course; the accessibility test scans each one. */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = process.env.SITE_URL ?? 'http://localhost:3000';
  const pages = ['/', '/glossary', ...loadCourse().lessons.map((l) => `/lessons/${l.slug}`)];
  return pages.map((path) => ({ url: `${base}${path}` }));
}
