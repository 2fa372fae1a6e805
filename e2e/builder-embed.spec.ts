import { expect, test } from './fixtures';
import { BuilderPage } from './builder-page';

const LESSON = '/lessons/drawing-service-boundaries';

test.describe('the builder inside a lesson', () => {
  test('loads only when scrolled near, works with single clicks, and shares its design with the full editor', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    const embed = page.getByRole('region', { name: 'Builder: The online shop' });
    await expect(embed).toBeAttached();
    // Nothing of React Flow is on the page until the learner gets there.
    await expect(page.locator('.react-flow')).toHaveCount(0);
    const before = scripts.length;

    await embed.scrollIntoViewIfNeeded();
    const builder = new BuilderPage(page);
    await expect(embed.locator('.react-flow__renderer')).toBeVisible();
    expect(scripts.length).toBeGreaterThan(before);

    // Select a capability with a click, then "Move to…" a new service: no dragging needed.
    await builder.paletteItem('Cart').click();
    await builder.button('Move to…').click();
    await page.getByRole('menu', { name: 'Move to…' }).getByRole('menuitem').first().click();
    await expect(builder.node('Cart')).toBeVisible();
    await expect(embed.getByRole('region', { name: 'Evaluation' })).toContainText(/Score: \d+ \/ 100/);

    await embed.getByRole('link', { name: 'Open The online shop in the full editor' }).click();
    await expect(page).toHaveURL(/\/builder\/retail-shop$/);
    await expect(builder.node('Cart')).toBeVisible();
  });

  test('the lesson with a builder passes axe once the builder has loaded', async ({ page, expectNoA11yViolations }) => {
    await page.goto(LESSON);
    const embed = page.getByRole('region', { name: 'Builder: The online shop' });
    await embed.scrollIntoViewIfNeeded();
    await expect(embed.locator('.react-flow__renderer')).toBeVisible();
    await expectNoA11yViolations();
  });
});
