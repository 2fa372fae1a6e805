import { expect, test, useTheme } from './fixtures';

test.describe('browsing the course', () => {
  test('the home page shows the course map and a way to start', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Service Boundaries' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Course map' })).toBeVisible();
    await expect(page.getByText(/min read/).first()).toBeVisible();
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page).toHaveURL(/\/lessons\/[a-z0-9-]+$/);
    await expect(page.getByRole('navigation', { name: 'Course' }).locator('[aria-current="page"]')).toHaveCount(1);
  });

  test('following the map opens the lesson, marked as current in the sidebar', async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('region', { name: 'Course map' });
    const second = map.getByRole('link').nth(1);
    const label = (await second.textContent())!.replace(/^\d+\.\s*/, '');
    await second.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
    const current = page.getByRole('navigation', { name: 'Course' }).locator('[aria-current="page"]');
    await expect(current).toHaveText(label);
    await expect(page.getByRole('region', { name: 'Learning objectives' }).getByRole('listitem').first()).toBeVisible();
  });

  test('the table of contents jumps to its section', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();
    const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true });
    const entry = toc.getByRole('link').nth(1);
    const href = (await entry.getAttribute('href'))!;
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href)).toBeInViewport();
  });

  test('each module ends with further reading whose links say they leave the course', async ({ page }) => {
    await page.goto('/lessons/event-sourcing-and-cqrs');
    await expect(page.getByRole('heading', { level: 2, name: 'Further reading for this module' })).toBeVisible();
    const paper = page.getByRole('link', { name: 'Sagas (external site)' });
    await expect(paper).toHaveAttribute('href', 'https://dl.acm.org/doi/10.1145/38713.38742');
    await expect(paper).toHaveAttribute('rel', 'noopener noreferrer');
    // Links inside the course stay plain.
    const inside = page.getByRole('link', { name: 'saga lesson', exact: true });
    await expect(inside).toHaveAttribute('href', /^\/lessons\//);
    await expect(inside).not.toHaveAttribute('rel', /noopener/);
  });

  test('previous and next links move through the course in order', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page).toHaveURL(/\/lessons\//);
    const first = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: /^Next lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(first!);
    await page.getByRole('link', { name: /^Previous lesson/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!);
  });

  test('the theme choice survives a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('the system theme is the default, with no flash of the other one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    // The class is set by the inline head script, before hydration.
    expect(await page.evaluate(() => document.documentElement.className)).toContain('dark');
  });

  test('on a phone the course menu is collapsed and opens on demand', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();
    const menu = page.getByRole('button', { name: 'Course contents' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Course' });
    await expect(nav.getByRole('link').first()).toBeHidden();
    await menu.click();
    await expect(nav.getByRole('link').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('on a 360 px phone every site link is on screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Site' }).filter({ visible: true }).getByRole('link');
    await expect(links).toHaveCount(6);
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      const name = (await link.textContent()) ?? '';
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(360);
    }
  });

  test('a missing page says so and leads back to the course map', async ({ page }) => {
    const response = await page.goto('/lessons/no-such-lesson');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not part of the course');
    await page.getByRole('link', { name: 'Go to the course map' }).click();
    await expect(page.getByRole('heading', { name: 'Course map' })).toBeVisible();
  });

  test('print hides navigation and keeps the lesson and its tables', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article table').first()).toBeVisible();
  });

  test('each page has its own title, description and Open Graph data', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start the course' }).click();
    await expect(page).toHaveURL(/\/lessons\//);
    const h1 = await page.getByRole('heading', { level: 1 }).textContent();
    await expect(page).toHaveTitle(`${h1} · Service Boundaries`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', h1!);
  });
});

test.describe('dark theme for a returning learner', () => {
  test('a stored dark choice applies before the first paint', async ({ page }) => {
    await useTheme(page, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('dark');
  });
});
