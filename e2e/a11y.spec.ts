import { expect, test, useTheme } from './fixtures';
import { sitemapPaths } from './site';

// One scan per route and theme: every route the sitemap lists, plus the 404 page.
for (const theme of ['light', 'dark'] as const) {
  test(`every route passes axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page, request, expectNoA11yViolations }) => {
    test.setTimeout(180_000);
    await useTheme(page, theme);
    const paths = [...(await sitemapPaths(request)), '/no-such-page'];
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expectNoA11yViolations();
    }
  });
}
