import { expect, test, useTheme } from './fixtures';
import { sitemapPaths } from './site';

/**
 * Every route the sitemap lists, plus the 404 page, scanned in both themes. The routes are split
 * into groups so a failure names its kind of page and no single test runs for minutes.
 */
const GROUPS: { name: string; match: (path: string) => boolean }[] = [
  { name: 'lesson pages', match: (p) => /^\/lessons\/[^/]+$/.test(p) },
  { name: 'presenter views', match: (p) => /^\/lessons\/[^/]+\/present$/.test(p) },
  { name: 'speaker consoles', match: (p) => /\/present\/console$/.test(p) },
  { name: 'handouts', match: (p) => /\/handout$/.test(p) },
  { name: 'builder and teaching pages', match: (p) => /^\/(builder|teach)(\/|$)/.test(p) },
  { name: 'home, glossary, progress, review and 404', match: (p) => !/^\/(lessons|builder|teach)(\/|$)/.test(p) },
];

for (const theme of ['light', 'dark'] as const) {
  for (const group of GROUPS) {
    test(`${group.name} pass axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page, request, expectNoA11yViolations }) => {
      test.setTimeout(240_000);
      await useTheme(page, theme);
      const paths = [...(await sitemapPaths(request)), '/no-such-page'].filter(group.match);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await expectNoA11yViolations();
      }
    });
  }
}
