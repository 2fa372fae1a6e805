import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A slow network, made certain: every JavaScript chunk is held back until the test releases it,
 * so the page sits in its server HTML (plus the inline scripts) for as long as the test likes.
 */
async function holdScripts(page: Page) {
  const held: (() => Promise<void>)[] = [];
  let released = false;
  await page.route('**/_next/static/**/*.js', (route) => {
    if (released) return route.continue();
    held.push(() => route.continue());
  });
  return {
    /** How many chunks are waiting (the page asked for its code). */
    count: () => held.length,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((go) => go()));
    },
  };
}

/** Console errors React reports when hydration goes wrong (mismatch, or a client re-render). */
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /hydrat|#418|#423|#425/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test.use({ colorScheme: 'light' });

test.describe('controls before hydration', () => {
  test('the theme toggle works before React runs, and does not toggle twice after', async ({ page }) => {
    const scripts = await holdScripts(page);
    const errors = hydrationErrors(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect.poll(scripts.count).toBeGreaterThan(0);
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).toContainText(': on', { useInnerText: true });
    expect(await page.evaluate(() => localStorage.getItem('sb-theme'))).toBe('dark');
    // Still before hydration: nothing has loaded.
    await expect(toggle).not.toHaveAttribute('data-early-ready');

    await scripts.release();
    await expect(toggle).toHaveAttribute('data-early-ready', '');
    // Hydration keeps the early choice; one click is one switch.
    await expect(html).toHaveClass(/\bdark\b/);
    await toggle.click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toContainText(': off', { useInnerText: true });
    expect(await page.evaluate(() => localStorage.getItem('sb-theme'))).toBe('light');
    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    expect(errors).toEqual([]);
  });

  test('Ctrl+K opens search before React runs, and what was typed carries into the real dialog', async ({ page }) => {
    const scripts = await holdScripts(page);
    const errors = hydrationErrors(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await expect.poll(scripts.count).toBeGreaterThan(0);

    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Getting search ready')).toBeVisible();
    const box = dialog.getByRole('searchbox', { name: 'Search' });
    await expect(box).toBeFocused();
    await page.keyboard.type('saga');
    await expect(box).toHaveValue('saga');

    await scripts.release();
    // The React dialog takes over: the same words, now with results, and typing goes on in it.
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(box).toHaveValue('saga');
    await expect(box).toBeFocused();
    await page.keyboard.type('s');
    await expect(box).toHaveValue('sagas');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    // (Escape would first clear the search field: Chromium's own behaviour for type="search".)
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('the Search button and "/" open the early search box too', async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto('/glossary', { waitUntil: 'domcontentloaded' });
    await expect.poll(scripts.count).toBeGreaterThan(0);
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('strangler');
    await scripts.release();
    await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Search' })).toHaveValue('strangler');
  });

  test('the quiz says it is getting ready, and its actions are unavailable until then', async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto('/lessons/migration-strategies', { waitUntil: 'domcontentloaded' });
    const quiz = page.getByRole('region', { name: /^Quiz/ }).first();
    await quiz.scrollIntoViewIfNeeded();
    const check = quiz.getByRole('button', { name: 'Check answer' });
    const next = quiz.getByRole('button', { name: 'Next question' });
    const cue = quiz.getByText('Getting the quiz ready…');
    await expect(cue).toBeVisible();
    await expect(check).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(check).toHaveAccessibleDescription('Getting the quiz ready…');

    await scripts.release();
    await expect(cue).toBeHidden();
    await expect(check).toBeEnabled();
    await expect(check).not.toHaveAttribute('aria-disabled');
    await expect(next).not.toHaveAttribute('aria-disabled');
  });

  test('the builder and the presenter show their controls as not ready until they are', async ({ page }) => {
    const scripts = await holdScripts(page);
    await page.goto('/builder/order-saga', { waitUntil: 'domcontentloaded' });
    const tools = page.getByRole('toolbar', { name: 'Builder tools' });
    await expect(page.getByText('Getting the builder ready…')).toBeVisible();
    await expect(tools.getByRole('button', { name: 'New service' })).toHaveAttribute('aria-disabled', 'true');
    await scripts.release();
    await expect(page.getByText('Getting the builder ready…')).toBeHidden();
    await expect(tools.getByRole('button', { name: 'New service' })).toBeEnabled();

    const again = await holdScripts(page);
    await page.goto('/lessons/migration-strategies/present/console', { waitUntil: 'domcontentloaded' });
    const open = page.getByRole('button', { name: 'Open audience window' });
    const cue = page.getByText('Getting the controls ready…');
    await expect(cue).toBeVisible();
    await expect(open).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('button', { name: 'Start timer' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('button', { name: 'Next slide' })).toHaveAttribute('aria-disabled', 'true');
    await again.release();
    await expect(cue).toBeHidden();
    await expect(open).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeEnabled();
  });
});
