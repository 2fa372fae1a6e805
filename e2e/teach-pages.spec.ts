import { expect, test } from './fixtures';

test.describe('teach pages', () => {
  test('/teach lists every module plan, each with a way to start presenting', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Site' }).first().getByRole('link', { name: 'Teach' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Teach this course' })).toBeVisible();
    const plans = page.getByRole('link', { name: /^Session plan: / });
    await expect(plans).toHaveCount(7);
    const start = page.getByRole('link', { name: /^Start presenting Foundations/ });
    await expect(start).toHaveAttribute('href', /\/lessons\/[a-z0-9-]+\/present\/console$/);
  });

  test('a module plan shows its agenda with timings, prompts, exercise and misconceptions', async ({ page }) => {
    await page.goto('/teach/foundations');
    await expect(page.getByRole('heading', { level: 1, name: 'Foundations' })).toBeVisible();
    const agenda = page.getByRole('table');
    await expect(agenda.getByRole('row').nth(1)).toContainText('0:00–0:10');
    for (const name of ['Objectives', 'Agenda', 'Discussion prompts', 'Common misconceptions']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: /^Exercise: / })).toBeVisible();
    await page.getByRole('link', { name: 'Start presenting' }).click();
    await expect(page.getByRole('button', { name: 'Open audience window' })).toBeVisible();
  });

  test('a plan carries its materials with the key, and the handout prints them without it', async ({ page }) => {
    await page.goto('/teach/inside');
    await expect(page.getByRole('heading', { level: 2, name: 'Material: Ten calls from an online shop' })).toBeVisible();
    const key = page.getByRole('region', { name: 'Ten calls from an online shop with the answer key' });
    await expect(key.getByRole('row')).toHaveCount(11);
    await expect(key.getByRole('row').nth(1)).toContainText('Request-response');
    await expect(page.getByRole('heading', { level: 2, name: 'If you are short of time' })).toBeVisible();
    await page.getByRole('link', { name: 'handout', exact: true }).click();
    await expect(page).toHaveURL(/\/lessons\/communication-patterns\/handout#material-ten-calls$/);
    const sheet = page.getByRole('region', { name: 'Ten calls from an online shop' });
    await expect(sheet.getByRole('listitem')).toHaveCount(10);
    await expect(sheet).not.toContainText('Request-response: the customer needs the answer now');
    await expect(page.getByRole('region', { name: 'Answer key' })).toContainText('Request-response: the customer needs the answer now');
  });

  test('a class poll shows one question alone and reveals its answer', async ({ page }) => {
    await page.goto('/teach/poll?quiz=migration-strategies&q=analytics-down-sign-in');
    await expect(page.getByLabel('Quiz')).toHaveValue('migration-strategies');
    await expect(page.getByLabel('Question')).toHaveValue('analytics-down-sign-in');
    await expect(page.getByRole('heading', { level: 2, name: /Then the analytics service hangs/ })).toBeVisible();
    await expect(page.getByText('4,500 ms', { exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(page.getByText('4,500 ms', { exact: true })).toBeVisible();
    await expect(page.getByText(/500 ms of pause, 2,000 ms for the retry, 4,500 ms in all/)).toBeVisible();
    // Any question of any quiz can be pulled in; the choice is kept in the URL.
    await page.getByLabel('Quiz').selectOption('monoliths-and-microservices');
    await expect(page).toHaveURL(/quiz=monoliths-and-microservices/);
    await expect(page.getByRole('button', { name: 'Reveal answer' })).toBeVisible();
  });

  test('the handout prints takeaways, a worksheet and the answer key on its own page', async ({ page }) => {
    await page.goto('/lessons/migration-strategies/handout');
    await expect(page.getByRole('heading', { level: 1, name: 'Migration strategies' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Worksheet' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print the handout' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Site' }).first()).toBeHidden();
    const key = page.getByRole('region', { name: 'Answer key' });
    await expect(key).toBeVisible();
    expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await expect(page.locator('.slide-diagram-light').first()).toBeVisible();
  });

  test('the builder on the big screen shows a reference design and explains a bad share link', async ({ page }) => {
    await page.goto('/teach/builder/retail-shop');
    await expect(page.getByRole('heading', { level: 2, name: 'Reference design' })).toBeVisible();
    const field = page.getByLabel("Learner's share link");
    await field.fill('https://example.org/builder/retail-shop');
    await page.getByRole('button', { name: 'Open design' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'carries no design' })).toBeVisible();
    await field.fill('https://example.org/builder/order-saga#design=abc');
    await page.getByRole('button', { name: 'Open design' }).click();
    await expect(page.getByRole('link', { name: 'Open it with its own scenario' })).toHaveAttribute('href', '/teach/builder/order-saga#design=abc');
    await page.getByRole('button', { name: 'Reference design', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Reference design' })).toBeHidden();
  });
});
