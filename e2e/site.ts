import type { APIRequestContext } from '@playwright/test';

/** Every route the site lists in its sitemap, as paths (e.g. `/lessons/real-time-ml`). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The reading pages of the lessons (`/lessons/<slug>`), without their presenter and handout routes. */
export async function lessonPaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapPaths(request)).filter((p) => /^\/lessons\/[^/]+$/.test(p));
}
