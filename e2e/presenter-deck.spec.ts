import { expect, test } from './fixtures';

const LESSON = '/lessons/migration-strategies';
const counter = (page: import('@playwright/test').Page) => page.getByText(/^Slide \d+ of \d+$/);

/** The deck's size, read off the counter ("Slide 1 of 17" → 17). */
async function slideCount(page: import('@playwright/test').Page) {
  const text = (await counter(page).textContent()) ?? '';
  return Number(/of (\d+)/.exec(text)?.[1]);
}

test.describe('presenter view', () => {
  test('moves with the arrows, Space, PageUp/PageDown (a clicker), Home and End, keeping the slide in the URL', async ({ page }) => {
    await page.goto(`${LESSON}/present`);
    await expect(counter(page)).toHaveText(/^Slide 1 of \d+$/);
    const total = await slideCount(page);
    expect(total).toBeGreaterThan(5);

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`Slide 2 of ${total}`);
    await page.keyboard.press('Space');
    await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText(`Slide 4 of ${total}`);
    await expect(page).toHaveURL(/[?&]slide=4\b/);
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText(`Slide 3 of ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`Slide 2 of ${total}`);
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`Slide ${total} of ${total}`);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`Slide 1 of ${total}`);
  });

  test('opens at the slide in the URL and keeps it across a reload', async ({ page }) => {
    // Slide 1 is the title, slide 2 the lesson's opening paragraph, then each section on as
    // many slides as it needs ("Two ways to migrate" takes two).
    await page.goto(`${LESSON}/present?slide=5`);
    await expect(counter(page)).toHaveText(/^Slide 5 of/);
    await expect(page.getByRole('region', { name: /^Slide 5 of \d+: The big bang$/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=6/);
    await page.reload();
    await expect(counter(page)).toHaveText(/^Slide 6 of/);
    await page.goto(`${LESSON}/present#/7`);
    await expect(counter(page)).toHaveText(/^Slide 7 of/);
  });

  test('G goes to a slide by number', async ({ page }) => {
    await page.goto(`${LESSON}/present`);
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    await page.keyboard.press('g');
    const dialog = page.getByRole('dialog', { name: 'Go to a slide' });
    await expect(dialog).toBeVisible();
    // The current number is selected: typing replaces it.
    await page.keyboard.type('6');
    await expect(dialog.getByLabel(/Slide number/)).toHaveValue('6');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(counter(page)).toHaveText(/^Slide 6 of/);
  });

  test('B blanks the screen and B (or moving on) brings the slide back', async ({ page }) => {
    await page.goto(`${LESSON}/present?slide=3`);
    const slide = page.getByRole('heading', { name: 'Two ways to migrate' });
    await expect(slide).toBeVisible();
    await page.keyboard.press('b');
    await expect(slide).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'The screen is blank' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Blank screen' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('B');
    await expect(slide).toBeVisible();
    await page.keyboard.press('.');
    await expect(slide).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^Slide 4 of/);
    await expect(page.getByRole('heading', { name: 'Two ways to migrate (continued)' })).toBeVisible();
  });

  test('Esc goes back to the lesson at the section on screen', async ({ page }) => {
    await page.goto(`${LESSON}/present?slide=6`);
    await expect(counter(page)).toHaveText(/^Slide 6 of/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`${LESSON}#the-big-bang$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Migration strategies' })).toBeVisible();
  });

  test('slide text is projector size (at least 28 px at 1280×720)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${LESSON}/present?slide=2`);
    const paragraph = page.getByRole('region', { name: /^Slide 2 of/ }).locator('p').first();
    await expect(paragraph).toBeVisible();
    const size = await paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
  });

  // At 1280×720 the bar once wrapped to two rows and covered the lower half of this button
  // (the click landed on the counter): the click below wakes the bar, as a real mouse would.
  test('a quiz in the lesson becomes polls: one question alone, then "Reveal answer"', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${LESSON}/present`);
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    await page.keyboard.press('End');
    const reveal = page.getByRole('button', { name: 'Reveal answer' });
    // Step back slide by slide (each step waits for the counter, since a slide is fitted to the
    // screen before it shows) until a poll's reveal button appears.
    for (let i = 0; i < 12; i++) {
      const found = await reveal.waitFor({ state: 'visible', timeout: 1_500 }).then(() => true, () => false);
      if (found) break;
      const before = (await counter(page).textContent())!;
      await page.keyboard.press('PageUp');
      await expect(counter(page)).not.toHaveText(before);
    }
    await expect(reveal).toBeVisible();
    await expect(page.getByText(/^Quiz: .* · question \d+ of \d+$/)).toBeVisible();
    await reveal.click();
    await expect(page.getByText('Answer', { exact: true })).toBeVisible();
    await expect(reveal).toBeHidden();
  });

  test('revealing a matching poll marks where each item goes, on the list itself', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${LESSON}/present`);
    await expect(counter(page)).toHaveText(/^Slide 1 of/);
    await page.keyboard.press('End');
    const poll = page.getByRole('region', { name: /: Poll: Analytics has just moved out of the monolith/ });
    for (let i = 0; i < 15 && !(await poll.isVisible()); i++) {
      const before = (await counter(page).textContent())!;
      await page.keyboard.press('PageUp');
      await expect(counter(page)).not.toHaveText(before);
    }
    await expect(poll).toBeVisible();
    const items = poll.getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(5);
    await expect(poll.getByText(/goes with/)).toHaveCount(0);
    await poll.getByRole('button', { name: 'Reveal answer' }).click();
    // Each numbered item now ends with its target's letter (read out as "goes with C").
    for (const item of await items.all()) await expect(item).toContainText(/: goes with [A-Z]$/);
    await expect(poll.getByText('Answer', { exact: true })).toBeVisible();
  });

  test('at 1280×720 the control bar is one row and the slide ends above it', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${LESSON}/present?slide=2`);
    await expect(counter(page)).toHaveText(/^Slide 2 of/);
    const nav = page.getByRole('navigation', { name: 'Presentation' });
    const buttons = [nav.getByRole('button', { name: 'Previous slide' }), nav.getByRole('button', { name: 'Full screen' }), nav.getByRole('button', { name: 'More' })];
    const boxes = await Promise.all(buttons.map(async (b) => (await b.boundingBox())!));
    // One row: every control shares the first one's top edge.
    for (const box of boxes) expect(Math.abs(box.y - boxes[0]!.y)).toBeLessThan(2);
    // The bar is the footer that holds the counter and this navigation.
    const bar = (await nav.locator('xpath=..').boundingBox())!;
    expect(bar.height).toBeLessThan(60);
    const frame = (await page.getByRole('region', { name: /^Slide 2 of/ }).boundingBox())!;
    expect(frame.y + frame.height).toBeLessThanOrEqual(bar.y + 1);
  });

  test('"More" holds the console, live session and lesson links; Esc closes it and stays in the deck', async ({ page }) => {
    await page.goto(`${LESSON}/present?slide=3`);
    await expect(counter(page)).toHaveText(/^Slide 3 of/);
    const more = page.getByRole('button', { name: 'More' });
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Speaker console' })).toHaveAttribute('href', `${LESSON}/present/console?slide=3`);
    await expect(page.getByRole('link', { name: 'Start live session' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
    await expect(page.getByRole('link', { name: 'Speaker console' })).toBeHidden();
    await expect(page).toHaveURL(/\/present\?slide=3/);
    await expect(counter(page)).toHaveText(/^Slide 3 of/);
  });

  test('speaker notes stay out of the lesson page', async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1, name: 'Migration strategies' })).toBeVisible();
    await expect(page.getByText(/ask the room which one they would pick/i)).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute('href', `${LESSON}/present`);
  });
});
