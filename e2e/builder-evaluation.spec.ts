import { expect, test, useTheme } from './fixtures';
import { BuilderPage } from './builder-page';

test.describe('the builder explains its score', () => {
  test('a reference tried on the canvas keeps its events, scores well, and the chart filters the findings', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open('order-saga');
    await builder.button('Show a reference design').click();
    await builder.button('Try “Four services and a choreographed saga” on the canvas').click();
    await expect(builder.evaluation.getByRole('heading', { level: 2 })).toHaveText(/Score: (8[5-9]|9\d|100) \/ 100/);
    await expect(builder.evaluation).not.toContainText('Problem:');

    const chart = builder.evaluation.getByRole('region', { name: 'Why this score' });
    await expect(chart).toContainText(/Weighs most here: .+ \(.+\)\./);
    const consistency = chart.getByRole('button', { name: /^Consistency: \d+ of 100/ });
    await expect(consistency).toHaveAttribute('aria-pressed', 'false');
    // The chart works from the keyboard: focus the bar, press Enter, only its findings remain.
    await consistency.focus();
    await page.keyboard.press('Enter');
    await expect(consistency).toHaveAttribute('aria-pressed', 'true');
    const findings = builder.evaluation.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    await expect(findings).toHaveCount(1);
    await expect(findings.first()).toContainText('Accepted trade-off:');
    await expect(findings.first()).toContainText('The cut needs a saga');
    await builder.button('Show all findings').click();
    await expect(consistency).toHaveAttribute('aria-pressed', 'false');
    expect(await findings.count()).toBeGreaterThan(1);
  });

  test('making the payment call wait again is a problem that names the constraint', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open('order-saga');
    await builder.button('Show a reference design').click();
    await builder.button('Try “Four services and a choreographed saga” on the canvas').click();
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('combobox', { name: 'Style of Order taking → Payments' }).selectOption('sync');
    const problem = builder.evaluation.getByRole('listitem').filter({ hasText: 'Problem:' }).first();
    await expect(problem).toContainText('Orders waits on Payments, which can take 2.5 s');
    await expect(problem).toContainText('The payment provider sometimes takes several seconds to answer.');
  });

  test('"Suggest a cut" explains its services in words and loads without a problem', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open('chatqna-pipeline');
    await builder.button('Suggest a cut').click();
    const suggestion = builder.evaluation.getByRole('heading', { name: /^A suggested cut: \d+ services, score \d+$/ }).locator('..');
    await expect(suggestion).toContainText(/Small models: .*use small accelerators/);
    await expect(suggestion).toContainText('LLM serving stands alone: it needs large accelerators');
    await expect(suggestion).toContainText(/The references score/);
    await builder.button('Try the suggested cut on the canvas').click();
    await expect(builder.service('Small models')).toBeVisible();
    await expect(builder.evaluation).not.toContainText('Problem:');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the evaluation with its chart passes axe (${theme})`, async ({ page, expectNoA11yViolations }) => {
      await useTheme(page, theme);
      const builder = new BuilderPage(page);
      await builder.open('retail-shop');
      await builder.button('Show a reference design').click();
      await builder.button('Try “Monolith with the odd ones out” on the canvas').click();
      await expect(builder.evaluation.getByRole('region', { name: 'Why this score' })).toBeVisible();
      await builder.evaluation.getByRole('button', { name: /^Resource fit:/ }).click();
      await expectNoA11yViolations(page, '[aria-label="Evaluation"]');
    });
  }
});
