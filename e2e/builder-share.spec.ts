import { expect, test } from './fixtures';
import { BuilderPage } from './builder-page';

async function placeInNewService(builder: BuilderPage, name: string) {
  await builder.paletteItem(name).click();
  await builder.button('Move to…').click();
  await builder.page.getByRole('menuitem', { name: 'A new service' }).click();
}

test.describe('builder share links and files', () => {
  test('a share link opens the same design in a fresh browser', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const builder = new BuilderPage(page);
    await builder.open();
    await placeInNewService(builder, 'Checkout');
    await builder.node('Checkout').click();
    await builder.button('Move to…').click();
    await page.getByRole('menuitem', { name: 'A new service' }).click();
    await placeInNewService(builder, 'Billing');
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('textbox', { name: 'Name of Service 2' }).fill('Payments');
    await page.getByRole('textbox', { name: 'Name of Service 2' }).press('Enter');
    await builder.button('Copy share link').click();
    await expect(builder.status).toHaveText(/Share link copied|copy by hand/);
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/\/builder\/retail-shop#design=[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext();
    const other = new BuilderPage(await fresh.newPage());
    await other.page.goto(link.replace(/^https?:\/\/[^/]+/, test.info().project.use.baseURL!));
    await expect(other.service('Payments')).toBeVisible();
    await expect(other.node('Checkout')).toBeVisible();
    await expect(other.node('Billing')).toBeVisible();
    await expect(other.status).toHaveText(/Opened the design from the share link/);
    await expect(other.page).toHaveURL(/\/builder\/retail-shop$/);
    await fresh.close();
  });

  test('a broken or hostile link shows a clear message and opens the scenario unchanged', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open('retail-shop', '#design=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(builder.alert).toHaveText(/This share link could not be opened: .* The scenario opened unchanged\./);
    await expect(builder.canvas.getByRole('group')).toHaveCount(0);
    await expect(builder.paletteItem('Checkout')).toBeVisible();
  });

  test('a link whose design names unknown capabilities is refused', async ({ page }) => {
    // deflate-raw of {"scenarioId":"retail-shop","services":[{"id":"svc-1","name":"X","color":"blue"}],"placement":{"evil":"svc-1"},"modes":{}}
    const payload = await page.evaluate(async () => {
      const json = JSON.stringify({ scenarioId: 'retail-shop', services: [{ id: 'svc-1', name: 'X', color: 'blue' }], placement: { evil: 'svc-1' }, modes: {} });
      const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    });
    const builder = new BuilderPage(page);
    await builder.open('retail-shop', `#design=${payload}`);
    await expect(builder.alert).toContainText('"evil", which is not a capability');
    await expect(builder.canvas.getByRole('group')).toHaveCount(0);
  });

  test('importing a file that is not a design explains why and keeps the current design', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await placeInNewService(builder, 'Cart');
    const chooser = page.waitForEvent('filechooser');
    await builder.button('Import JSON').click();
    await (await chooser).setFiles({ name: 'design.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
    await expect(builder.alert).toHaveText(/could not be imported: it is not a design exported from this builder.*Your current design is unchanged/);
    await expect(builder.node('Cart')).toBeVisible();
  });

  test('an exported JSON file imports back', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await placeInNewService(builder, 'Email notifications');
    const downloading = page.waitForEvent('download');
    await builder.button('Export').click();
    await page.getByRole('menuitem', { name: 'Design as JSON' }).click();
    const file = await (await downloading).path();
    await builder.button('Reset').click();
    await expect(builder.paletteItem('Email notifications')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await builder.button('Import JSON').click();
    await (await chooser).setFiles(file);
    await expect(builder.node('Email notifications')).toBeVisible();
  });
});
