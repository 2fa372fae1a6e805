import { expect, test } from './fixtures';
import { lessonPaths } from './site';

test('every lesson loads without an error in the console', async ({ page, request }) => {
  test.setTimeout(240_000);
  const lessons = await lessonPaths(request);
  expect(lessons.length).toBeGreaterThan(20);
  const errors: string[] = [];
  let current = '';
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${current}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${current}: ${err.message}`));
  for (const lesson of lessons) {
    current = lesson;
    await page.goto(lesson);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Down to the end, so what loads as it nears the screen (the quiz, live drawings) loads too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});

test('"On this page" marks the section scrolled to, and only that one', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/lessons/communication-patterns');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  const third = links.nth(2);
  const id = ((await third.getAttribute('href')) ?? '').slice(1);
  await page.evaluate((target) => {
    for (const el of document.querySelectorAll(`[id="${target}"]`)) if (el.checkVisibility()) el.scrollIntoView({ block: 'start' });
  }, id);
  await expect(third).toHaveAttribute('aria-current', 'location');
  await expect(toc.locator('a[aria-current="location"]')).toHaveCount(1);

  // Back to the top: the first section is the one being read.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(links.first()).toHaveAttribute('aria-current', 'location');
  await expect(third).not.toHaveAttribute('aria-current', 'location');
});

test('clicking an "On this page" link marks it', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/lessons/communication-patterns');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const fourth = toc.getByRole('link').nth(3);
  await fourth.click();
  await expect(fourth).toHaveAttribute('aria-current', 'location');
});
