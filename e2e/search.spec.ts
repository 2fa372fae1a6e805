import { expect, test } from './fixtures';

test.describe('course search', () => {
  test('Ctrl+K opens search; a result jumps to its section', async ({ page }) => {
    await page.goto('/');
    // No wait for hydration: before it, the inline early-controls script answers the shortcut
    // and the dialog takes over what was typed (e2e/early-controls.spec.ts holds the code back).
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('saga');
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(/\d+ results?\./);
    const href = await results.first().getAttribute('href');
    await results.first().click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  for (const query of ['strangler', 'HPA', 'Conway', 'microservise']) {
    test(`finds "${query}"`, async ({ page }) => {
      await page.goto('/glossary');
      await page.getByRole('button', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog', { name: 'Search the course' });
      await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
      await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    });
  }

  test('"/" opens search, arrows move through results and Escape closes it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    const box = dialog.getByRole('searchbox', { name: 'Search' });
    await expect(box).toBeFocused();
    await box.fill('monolith');
    const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(results.nth(1)).toBeVisible();
    await box.press('ArrowDown');
    await expect(results.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('xylophone quartz');
    await expect(dialog.getByRole('status')).toHaveText('No results for “xylophone quartz”.');
  });
});
