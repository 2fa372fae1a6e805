import { expect, test, useTheme } from './fixtures';

const ROUTES = [
  '/lessons/migration-strategies/present?slide=2',
  '/lessons/migration-strategies/present/console?slide=2',
  '/lessons/migration-strategies/handout',
  '/teach',
  '/teach/foundations',
  '/teach/poll',
  '/teach/builder/retail-shop',
];

// The sitemap scan covers every presenter route at rest; this one adds the states people reach
// with keys and buttons: a revealed poll, a blank screen, the go-to dialog.
for (const theme of ['light', 'dark'] as const) {
  test(`presenter and teach pages pass axe in the ${theme} theme, in every state`, async ({ page, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await useTheme(page, theme);
    for (const route of ROUTES) {
      await page.goto(route);
      await page.waitForLoadState('networkidle');
      await expectNoA11yViolations();
    }
    await page.goto('/teach/poll?quiz=migration-strategies');
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expectNoA11yViolations();

    await page.goto('/lessons/migration-strategies/present?slide=2');
    await expect(page.getByText(/^Slide 2 of/)).toBeVisible();
    await page.keyboard.press('b');
    await expectNoA11yViolations();
    await page.keyboard.press('b');
    await page.keyboard.press('g');
    await expect(page.getByRole('dialog', { name: 'Go to a slide' })).toBeVisible();
    await expectNoA11yViolations();
  });
}
