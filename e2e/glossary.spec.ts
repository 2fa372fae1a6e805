import { expect, test } from './fixtures';

test.describe('glossary', () => {
  test('the glossary page lists terms with the lesson that teaches each', async ({ page }) => {
    await page.goto('/glossary');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    const link = page.getByRole('link', { name: /^Taught in:/ }).first();
    await link.click();
    await expect(page).toHaveURL(/\/lessons\//);
  });

  test('a term in a lesson shows its definition on keyboard focus and hides on Escape', async ({ page }) => {
    await page.goto('/lessons/monoliths-and-microservices');
    const term = page.locator('article').getByRole('button', { expanded: false }).and(page.locator('[aria-describedby]')).first();
    await term.focus();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    await expect(term).toHaveAccessibleDescription(/.{20,}/);
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('on a phone, tapping a term shows its definition inside the screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/lessons/monoliths-and-microservices');
    const term = page.locator('article [aria-describedby][aria-expanded]').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await context.close();
  });
});
