import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const LESSON = '/lessons/migration-strategies';
const counter = (page: Page) => page.getByText(/^Slide \d+ of \d+/).first();

test.describe('speaker console', () => {
  test('shows the current and next slide, the notes and the time budget', async ({ page }) => {
    await page.goto(`${LESSON}/present/console?slide=3`);
    await expect(counter(page)).toHaveText(/^Slide 3 of/);
    await expect(page.getByRole('heading', { name: 'Now: Two ways to migrate' })).toBeVisible();
    // The section is long enough to take two slides, so the next slide continues it.
    await expect(page.getByRole('heading', { name: /^Next: Two ways to migrate/ })).toBeVisible();
    const notes = page.getByRole('region', { name: 'Speaker notes' });
    await expect(notes).toContainText('ask the room which one they would pick');
    await expect(page.getByText(/left of \d+ minutes/)).toBeVisible();
    await page.getByRole('button', { name: 'Start timer' }).click();
    await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
  });

  test('the audience window follows the console slide for slide, and catches up after reloads', async ({ page, context }) => {
    // Lets the test make a window miss messages, as a throttled hidden window would.
    await context.addInitScript(() => {
      const Native = window.BroadcastChannel;
      window.BroadcastChannel = class extends Native {
        set onmessage(handler: ((e: MessageEvent) => void) | null) {
          super.onmessage = handler && ((e: MessageEvent) => ((window as unknown as { __deaf?: boolean }).__deaf ? undefined : handler.call(this, e)));
        }
        get onmessage() {
          return super.onmessage;
        }
      } as typeof BroadcastChannel;
    });
    await page.goto(`${LESSON}/present/console`);
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open audience window' }).click()]);
    await audience.waitForLoadState();
    await expect(counter(audience)).toHaveText(/^Slide 1 of/);
    // Slides only: no presenter controls in the audience window.
    await expect(audience.getByRole('button', { name: 'Next slide' })).toHaveCount(0);

    // Title, opening paragraph, "Two ways to migrate" on two slides, then "The big bang" on slide 5.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 5 of/);
    await expect(counter(audience)).toHaveText(/^Slide 5 of/);
    await expect(audience.getByRole('heading', { name: 'The big bang', exact: true })).toBeVisible();

    await page.keyboard.press('b');
    await expect(audience.getByRole('heading', { name: 'The big bang', exact: true })).toBeHidden();
    await page.keyboard.press('b');
    await expect(audience.getByRole('heading', { name: 'The big bang', exact: true })).toBeVisible();

    // The audience window reloads on an old slide number: it asks the console and catches up.
    await audience.goto(`${LESSON}/present?audience=1&slide=1`);
    await expect(counter(audience)).toHaveText(/^Slide 5 of/);

    // The console reloads: it keeps its place and the audience stays with it, then follows again.
    await page.reload();
    await expect(counter(page)).toHaveText(/^Slide 5 of/);
    await page.keyboard.press('ArrowRight');
    await expect(counter(audience)).toHaveText(/^Slide 6 of/);

    // Hidden or minimised, a window may miss messages (throttled); on becoming visible it re-syncs.
    await audience.evaluate(() => ((window as unknown as { __deaf: boolean }).__deaf = true));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 8 of/);
    await expect(counter(audience)).toHaveText(/^Slide 6 of/);
    await audience.evaluate(() => {
      (window as unknown as { __deaf: boolean }).__deaf = false;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(counter(audience)).toHaveText(/^Slide 8 of/);
  });

  test('a poll revealed on the console shows its answer in the audience window', async ({ page, context }) => {
    await page.goto(`${LESSON}/present/console`);
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open audience window' }).click()]);
    await page.keyboard.press('End');
    const reveal = page.getByRole('region', { name: /^Now:/ }).getByRole('button', { name: 'Reveal answer' });
    for (let i = 0; i < 12 && !(await reveal.isVisible()); i++) await page.keyboard.press('PageUp');
    await expect(reveal).toBeVisible();
    await expect(audience.getByRole('button', { name: 'Reveal answer' })).toHaveCount(0);
    await expect(audience.getByText('Answer', { exact: true })).toHaveCount(0);
    await reveal.click();
    await expect(audience.getByText('Answer', { exact: true })).toBeVisible();
  });
});
