import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { expect as baseExpect, test, useTheme as applyTheme } from './fixtures';

// Live pages wait on the server (the first request opens the store); a shared 2-core machine is slow.
const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Builder rounds in a live class (issue 15): three learners at phone width cut the same scenario,
 * the projector shows the count, the heat map and the common cuts; a resubmission replaces the
 * earlier cut; hostile designs are refused with a message and the round goes on; the session
 * report and its CSV; axe on the new screens in both themes.
 */

const SCENARIO = 'Orders, payments and stock';
const PHONE = { width: 390, height: 844 };
/** The projector: a 720p beamer. */
const PROJECTOR = { width: 1280, height: 720 };

async function startHost(browser: Browser, theme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: PROJECTOR });
  const page = await context.newPage();
  await applyTheme(page, theme);
  await page.goto('/teach/live');
  await page.getByRole('button', { name: 'Start live session' }).click();
  await expect(page).toHaveURL(/code=/, { timeout: 60_000 });
  const code = new URL(page.url()).searchParams.get('code')!;
  return { context, page, code };
}

async function joinAt(browser: Browser, code: string, nickname: string, theme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await applyTheme(page, theme);
  await page.goto(`/join?code=${code}`);
  await page.getByLabel(/Nickname/).fill(nickname);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  return { context, page };
}

/** Places capabilities with the table view's selects: each group becomes one new service. */
async function cut(page: Page, groups: string[][]) {
  let services = 0;
  for (const group of groups) {
    services++;
    for (const [i, capability] of group.entries()) {
      const select = page.getByRole('combobox', { name: `Service for ${capability}` });
      if (i === 0) await select.selectOption({ label: 'A new service' });
      else await select.selectOption({ index: services });
    }
  }
}

/** Joins through the API and submits a cut given as groups of capability ids. */
async function apiCut(request: APIRequestContext, code: string, roundId: string, nickname: string, groups: string[][]) {
  const joined = await request.post(`/api/live/sessions/${code}/participants`, { data: { nickname } });
  expect(joined.status()).toBe(201);
  const { participantToken } = (await joined.json()) as { participantToken: string };
  const design = { scenarioId: 'order-saga', services: groups.map((_, i) => ({ id: `s${i}`, name: `Service ${i + 1}`, color: 'teal' })), placement: Object.fromEntries(groups.flatMap((g, i) => g.map((c) => [c, `s${i}`]))), modes: {} };
  const sent = await request.post(`/api/live/sessions/${code}/rounds/${roundId}/responses`, { data: { response: design }, headers: { Authorization: `Bearer ${participantToken}` } });
  expect(sent.status()).toBe(200);
}

/** The heat map's capabilities in their on-screen order, read from the row headers ("1. Order taking"). */
async function heatOrder(heat: Locator) {
  return (await heat.getByRole('rowheader').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A heat-map cell's accessible name: "A and B: 33% together", or "A: the same capability" on the diagonal. */
const cellName = (a: string, b: string) => (a === b ? new RegExp(`^${esc(a)}: the same capability$`) : new RegExp(`^${esc(a)} and ${esc(b)}: \\d+% together$`));

const SAGA = [['Order taking', 'Order status'], ['Payments'], ['Inventory'], ['Confirmation email']];
const WITH_EMAIL = [['Order taking', 'Order status', 'Confirmation email'], ['Payments'], ['Inventory']];

test('three phones cut one scenario; the projector shows the count, heat map and common cuts; a resubmission replaces; the report has it all', async ({ browser }) => {
  test.setTimeout(180_000);
  const host = await startHost(browser);
  await host.page.getByRole('combobox', { name: 'Scenario' }).selectOption('order-saga');
  await host.page.getByRole('button', { name: 'Open builder round' }).click();
  await expect(host.page.getByRole('heading', { name: `Cut: ${SCENARIO}` })).toBeVisible();

  const learners = await Promise.all(['Ana', 'Ben', 'Cy'].map((n) => joinAt(browser, host.code, n)));
  for (const { page } of learners) {
    await expect(page.getByRole('heading', { name: `Cut: ${SCENARIO}` })).toBeVisible();
    // A phone opens the table view, with a select per capability.
    await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  }
  const [ana, ben, cy] = learners.map((l) => l.page) as [Page, Page, Page];
  await cut(ana, SAGA);
  await cut(ben, SAGA);
  await cut(cy, WITH_EMAIL);
  for (const page of [ana, ben, cy]) {
    await page.getByRole('button', { name: 'Submit my cut' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your cut is in' })).toBeVisible();
  }

  await expect(host.page.getByText('3 of 3 submitted')).toBeVisible();
  const heat = host.page.getByRole('grid', { name: 'Who put what together' });
  await expect(heat).toBeVisible();
  // Order taking and Confirmation email: together in 1 of 3 cuts; Order taking and Order status in all.
  await expect(heat.getByRole('gridcell', { name: 'Order taking and Confirmation email: 33% together', exact: true })).toBeVisible();
  await expect(heat.getByRole('gridcell', { name: 'Order taking and Order status: 100% together', exact: true })).toBeVisible();
  await expect(host.page.getByText('Cut 1: 2 learners (67%), 4 services')).toBeVisible();
  await expect(host.page.getByText('Cut 2: 1 learner (33%), 3 services')).toBeVisible();

  // The heat map by keyboard: one tab stop, arrows move cell by cell, Home/End along the row,
  // Ctrl+Home/End to the corners; each cell is named after its pair and share.
  const order = await heatOrder(heat);
  expect(order).toHaveLength(5);
  const cell = (r: number, c: number) => heat.getByRole('gridcell', { name: cellName(order[r]!, order[c]!) });
  const r0 = order.indexOf('Order taking');
  const c0 = order.indexOf('Confirmation email');
  await heat.getByRole('gridcell', { name: 'Order taking and Confirmation email: 33% together', exact: true }).click();
  await expect(cell(r0, c0)).toBeFocused();
  const down = Math.min(r0 + 1, 4);
  await host.page.keyboard.press('ArrowDown');
  await expect(cell(down, c0)).toBeFocused();
  const left = Math.max(c0 - 1, 0);
  await host.page.keyboard.press('ArrowLeft');
  await expect(cell(down, left)).toBeFocused();
  await host.page.keyboard.press('Home');
  await expect(cell(down, 0)).toBeFocused();
  await host.page.keyboard.press('End');
  await expect(cell(down, 4)).toBeFocused();
  await host.page.keyboard.press('Control+Home');
  await expect(cell(0, 0)).toBeFocused();
  await expect(cell(0, 0)).toHaveAccessibleName(`${order[0]}: the same capability`);
  await host.page.keyboard.press('ArrowUp');
  await expect(cell(0, 0)).toBeFocused();
  await host.page.keyboard.press('ArrowRight');
  await expect(cell(0, 1)).toBeFocused();
  // The room sees which pair is meant, under the map.
  await expect(host.page.getByText(cellName(order[0]!, order[1]!))).toBeVisible();
  // Only the last cell visited is in the tab order: Tab leaves the map (it would reach the next
  // cell if every cell were a tab stop), Shift+Tab comes back to the same cell.
  await host.page.keyboard.press('Tab');
  await expect(heat.locator(':focus')).toHaveCount(0);
  await host.page.keyboard.press('Shift+Tab');
  await expect(cell(0, 1)).toBeFocused();
  await host.page.keyboard.press('Control+End');
  await expect(cell(4, 4)).toBeFocused();

  // Cy changes their mind: the new cut replaces the old one (3 cuts, now all alike), not a fourth.
  await cut(cy, [['Confirmation email']]);
  await expect(cy.getByText('You changed your cut since you submitted it')).toBeVisible();
  await cy.getByRole('button', { name: 'Submit my cut again' }).click();
  await expect(cy.getByRole('status').filter({ hasText: 'replaced the earlier one' })).toBeVisible();
  await expect(host.page.getByText('3 of 3 submitted')).toBeVisible();
  await expect(host.page.getByText('Cut 1: 3 learners (100%), 4 services')).toBeVisible();

  // A submission full-screen, anonymised until "Show name".
  await host.page.getByRole('button', { name: 'Open the submissions one by one' }).click();
  await expect(host.page.getByRole('heading', { name: /^Submission 1 of 3$/ })).toBeVisible();
  await host.page.getByRole('checkbox', { name: 'Show name' }).check();
  await expect(host.page.getByRole('heading', { name: /^Submission 1 of 3: (Ana|Ben|Cy)$/ })).toBeVisible();
  await host.page.getByRole('button', { name: 'Back to the class' }).click();

  // Close and show: each learner sees their cut beside the class.
  await host.page.getByRole('button', { name: 'Show learners the class picture' }).click();
  await expect(ana.getByRole('heading', { name: 'Your cut beside the class' })).toBeVisible();
  await expect(ana.getByText('2 other learners drew exactly your cut.')).toBeVisible();
  await expect(ana.getByRole('rowheader', { name: 'Class consensus' })).toBeVisible();
  await expect(cy.getByRole('button', { name: /Submit my cut/ })).toHaveCount(0);

  // The report page and its CSV.
  const report = await host.context.newPage();
  await report.goto(`/teach/live/${host.code}/report`);
  await expect(report.getByRole('heading', { name: `Round 1: ${SCENARIO}` })).toBeVisible();
  await expect(report.getByRole('grid', { name: 'Who put what together' })).toBeVisible();
  const csv = await host.page.request.get(`/api/live/sessions/${host.code}/report?format=csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text).toMatch(/^section,round,item,label,count/);
  expect(text).toContain('builder-round,1,order-saga');
  expect(text).toMatch(/common-cut,1,cut-1,[^\r\n]*,3,1,/);
  expect(text).not.toMatch(/Ana|Ben/);
  await Promise.all([host.context.close(), ...learners.map((l) => l.context.close())]);
});

test('hostile designs are refused with a clear message and the round goes on', async ({ browser }) => {
  const host = await startHost(browser);
  const open = await host.page.request.post(`/api/live/sessions/${host.code}/rounds`, { data: { scenario: 'order-saga' } });
  const { roundId } = (await open.json()) as { roundId: string };
  const learner = await joinAt(browser, host.code, 'Mallory');
  await expect(learner.page.getByRole('heading', { name: `Cut: ${SCENARIO}` })).toBeVisible();
  const post = (data: unknown) => learner.page.request.post(`/api/live/sessions/${host.code}/rounds/${roundId}/responses`, { data });
  const svc = (name: string) => ({ scenarioId: 'order-saga', services: [{ id: 's1', name, color: 'blue' }], placement: { orders: 's1' }, modes: {} });

  const unknown = await post({ response: { ...svc('Orders'), placement: { 'drop-table': 's1' } } });
  expect(unknown.status()).toBe(422);
  expect((await unknown.json()).message).toBe('The design places "drop-table", which is not a capability of this scenario.');

  const script = await post({ response: svc('<script>alert(1)</script>') });
  expect(script.status()).toBe(422);
  expect((await script.json()).message).toContain('name the service in plain words');

  const huge = await post({ response: { ...svc('Orders'), padding: 'x'.repeat(10 * 1024 * 1024) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).message).toMatch(/larger than \d+ KB/);

  // The round goes on: a proper cut is accepted and counted.
  expect((await post({ response: svc('Orders') })).status()).toBe(200);
  await expect(host.page.getByText('1 of 1 submitted')).toBeVisible();
  // Nothing hostile reached the projector.
  await expect(host.page.getByText('alert(1)')).toHaveCount(0);
  await Promise.all([host.context.close(), learner.context.close()]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the builder round screens and the report pass axe in the ${theme} theme`, async ({ browser, request, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    const host = await startHost(browser, theme);
    const open = await host.page.request.post(`/api/live/sessions/${host.code}/rounds`, { data: { scenario: 'order-saga' } });
    const { roundId } = (await open.json()) as { roundId: string };
    const learner = await joinAt(browser, host.code, 'Ana', theme);
    await expect(learner.page.getByRole('heading', { name: `Cut: ${SCENARIO}` })).toBeVisible();
    await cut(learner.page, SAGA);
    await learner.page.getByRole('button', { name: 'Submit my cut' }).click();
    await expect(learner.page.getByRole('status').filter({ hasText: 'Your cut is in' })).toBeVisible();
    // Four more cuts, so the heat map shows every colour step: 100%, 60%, 40%, 20% and 0%.
    await apiCut(request, host.code, roundId, 'Ben', [['orders', 'order-status', 'email'], ['payments'], ['inventory']]);
    await apiCut(request, host.code, roundId, 'Cy', [['orders', 'order-status', 'email', 'payments'], ['inventory']]);
    await apiCut(request, host.code, roundId, 'Dee', [['orders', 'order-status'], ['payments', 'inventory'], ['email']]);
    await apiCut(request, host.code, roundId, 'Eve', [['orders', 'order-status', 'email'], ['payments', 'inventory']]);
    await expect(host.page.getByText('5 of 5 submitted')).toBeVisible();
    const heat = host.page.getByRole('grid', { name: 'Who put what together' });
    for (const share of ['100%', '60%', '40%', '20%', '0%']) await expect(heat.getByRole('gridcell', { name: new RegExp(`: ${share} together$`) }).first()).toBeVisible();
    await expectNoA11yViolations(learner.page);
    await expectNoA11yViolations(host.page);
    // And with a cell focused (the focus rings on a dark and a light step).
    await heat.getByRole('gridcell', { name: 'Order taking and Order status: 100% together', exact: true }).click();
    await expect(heat.getByRole('gridcell', { name: 'Order taking and Order status: 100% together', exact: true })).toBeFocused();
    await expectNoA11yViolations(host.page);
    await host.page.keyboard.press('ArrowRight');
    await expectNoA11yViolations(host.page);
    await host.page.getByRole('button', { name: 'Open the submissions one by one' }).click();
    await expect(host.page.getByRole('heading', { name: 'Submission 1 of 5' })).toBeVisible();
    await expectNoA11yViolations(host.page);
    await host.page.getByRole('button', { name: 'Back to the class' }).click();
    await host.page.getByRole('button', { name: 'Show learners the class picture' }).click();
    await expect(learner.page.getByRole('heading', { name: 'Your cut beside the class' })).toBeVisible();
    await expectNoA11yViolations(learner.page);
    const report = await host.context.newPage();
    await report.goto(`/teach/live/${host.code}/report`);
    await expect(report.getByRole('heading', { name: `Round 1: ${SCENARIO}` })).toBeVisible();
    await expect(report.getByRole('grid', { name: 'Who put what together' })).toBeVisible();
    await expectNoA11yViolations(report);
    await Promise.all([host.context.close(), learner.context.close()]);
  });
}
