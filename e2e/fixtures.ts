import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule set every page is scanned with, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Fixtures = {
  /**
   * Runs axe on the page as it is now and fails with a readable list of violations. `within`
   * (a CSS selector) scans only that part, for tests that check one widget in many states.
   */
  expectNoA11yViolations: (page?: Page, within?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  expectNoA11yViolations: async ({ page }, provide) => {
    await provide(async (target = page, within) => {
      const builder = new AxeBuilder({ page: target }).withTags(AXE_TAGS);
      const results = await (within ? builder.include(within) : builder).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
      );
      expect(summary, `axe violations on ${target.url()}`).toEqual([]);
    });
  },
});

/** Sets the theme before any page script runs, as a returning learner's stored choice would. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => window.localStorage.setItem('sb-theme', t), theme);
}

export { expect };
