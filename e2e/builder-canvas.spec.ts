import { expect, test, useTheme } from './fixtures';
import { BuilderPage } from './builder-page';

test.describe('builder canvas', () => {
  test('a capability dragged with the mouse onto empty canvas makes a service; another dragged into it joins it', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    const canvasBox = (await builder.canvas.boundingBox())!;
    await builder.drag(builder.paletteItem('Pricing'), { x: canvasBox.x + canvasBox.width / 2, y: canvasBox.y + canvasBox.height / 2 });
    await expect(builder.service('Service 1')).toBeVisible();
    await expect(builder.node('Pricing')).toBeVisible();
    await expect(builder.paletteItem('Pricing')).toHaveCount(0);

    await builder.drag(builder.paletteItem('Promotions'), await builder.centreOf(builder.service('Service 1')));
    await expect(builder.node('Promotions')).toBeVisible();
    await expect(builder.status).toHaveText(/Promotions moved to Service 1/);
    await expect(builder.service('Service 1')).toContainText('2 capabilities');

    // Dragging a capability node out of every service returns it to the palette.
    await builder.drag(builder.node('Promotions'), { x: canvasBox.x + 30, y: canvasBox.y + canvasBox.height - 30 });
    await expect(builder.paletteItem('Promotions')).toBeVisible();
    await expect(builder.service('Service 1')).toContainText('1 capability');
  });

  test('keyboard only: select, "Move to…" a new service, undo and redo with the keyboard', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.paletteItem('Cart').focus();
    await page.keyboard.press('Enter');
    const move = builder.button('Move to…');
    await move.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Move to…' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(builder.status).toHaveText('Created Service 1 with Cart.');
    await expect(builder.node('Cart')).toBeVisible();
    await expect(move).toBeFocused();

    await page.keyboard.press('Control+z');
    await expect(builder.paletteItem('Cart')).toBeVisible();
    await expect(builder.status).toHaveText('Undone.');
    await page.keyboard.press('Control+Shift+z');
    await expect(builder.node('Cart')).toBeVisible();
    await builder.button('Undo').click();
    await expect(builder.paletteItem('Cart')).toBeVisible();
    await builder.button('Redo').click();
    await expect(builder.node('Cart')).toBeVisible();
  });

  test('arrow-key moves on the canvas reach the store: undoable and saved', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.paletteItem('Cart').click();
    await builder.button('Move to…').click();
    await page.getByRole('menuitem', { name: 'A new service' }).click();
    const node = builder.node('Cart');
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('sb:builder')!).data.designs['retail-shop'].positions.cart.x as number);
    const start = await saved();
    await node.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(builder.status).toHaveText(/Moved Cart on the canvas/);
    await expect.poll(saved).toBeGreaterThan(start);
    const moved = await saved();
    await builder.button('Undo').click();
    await expect.poll(saved).toBeLessThan(moved);
    await builder.button('Redo').click();
    await expect.poll(saved).toBe(moved);
    await page.reload();
    await expect(builder.node('Cart')).toBeVisible();
    expect(await saved()).toBe(moved);
    await expect(builder.button('Undo')).toBeDisabled();
  });

  test('the table view does the whole exercise and stays in sync with the canvas', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('combobox', { name: 'Service for Checkout' }).selectOption({ label: 'A new service' });
    await page.getByRole('combobox', { name: 'Service for Billing' }).selectOption({ label: 'Service 1' });
    await page.getByRole('textbox', { name: 'Name of Service 1' }).fill('Orders');
    await page.getByRole('textbox', { name: 'Name of Service 1' }).press('Enter');
    await expect(builder.status).toHaveText('Renamed Service 1 to Orders.');
    await page.getByRole('tab', { name: 'Canvas' }).click();
    await expect(builder.service('Orders')).toContainText('2 capabilities');
    await expect(builder.node('Billing')).toBeVisible();
  });

  test('the design survives a reload, and the evaluation shows a score', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.paletteItem('Sign-in').click();
    await builder.button('Move to…').click();
    await page.getByRole('menuitem', { name: 'A new service' }).click();
    await expect(builder.evaluation).toContainText(/Score: \d+ \/ 100/);
    await page.reload();
    await expect(builder.node('Sign-in')).toBeVisible();
    await expect(builder.service('Service 1')).toBeVisible();
  });

  test('deleting a service returns its capabilities to the palette', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.paletteItem('Billing').click();
    await builder.button('Move to…').click();
    await page.getByRole('menuitem', { name: 'A new service' }).click();
    await builder.service('Service 1').focus();
    await builder.button('Delete Service 1').click();
    await expect(builder.paletteItem('Billing')).toBeVisible();
    await expect(builder.status).toHaveText('Deleted Service 1. Billing went back to the palette.');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the builder has no axe violations (${theme})`, async ({ page, expectNoA11yViolations }) => {
      await useTheme(page, theme);
      const builder = new BuilderPage(page);
      await builder.open();
      await builder.paletteItem('Checkout').click();
      await builder.button('Move to…').click();
      await page.getByRole('menuitem', { name: 'A new service' }).click();
      await builder.paletteItem('Pricing').click();
      await builder.button('Move to…').click();
      await page.getByRole('menuitem', { name: 'A new service' }).click();
      await expect(builder.node('Pricing')).toBeVisible();
      await expectNoA11yViolations();
      await page.getByRole('tab', { name: 'Table' }).click();
      await expectNoA11yViolations();
    });
  }
});
