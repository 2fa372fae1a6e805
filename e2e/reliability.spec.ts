import type { Page } from '@playwright/test';
import { BuilderPage } from './builder-page';
import { DiagramFigure } from './diagram-page';
import { expect, test } from './fixtures';

/**
 * Puts a long source in the editor the way a paste does (one input event); Playwright's \`fill\`
 * types through the browser's editing code, which alone takes 30 s for 2,000 lines.
 */
async function paste(diagram: DiagramFigure, source: string) {
  if ((await diagram.editButton.getAttribute('aria-expanded')) !== 'true') await diagram.editButton.click();
  await diagram.source.evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, source);
}

/** A share-link payload for a design, made in the browser the way the site makes one. */
async function sharePayload(page: Page, design: object): Promise<string> {
  return page.evaluate(async (json) => {
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }, JSON.stringify(design));
}

const savedScenarios = (page: Page) =>
  page.evaluate(() => Object.keys((JSON.parse(localStorage.getItem('sb:builder') ?? '{"data":{"designs":{}}}') as { data: { designs: object } }).data.designs).sort());

test.describe('the builder across tabs', () => {
  test('two tabs on different scenarios keep both designs', async ({ context }) => {
    const a = new BuilderPage(await context.newPage());
    const b = new BuilderPage(await context.newPage());
    await a.open('retail-shop');
    await b.open('streaming-platform');
    await b.button('New service').click();
    await expect(b.service('Service 1')).toBeVisible();
    await a.button('New service').click();
    await expect(a.service('Service 1')).toBeVisible();
    expect(await savedScenarios(a.page)).toEqual(['retail-shop', 'streaming-platform']);
    await b.page.reload();
    await expect(b.service('Service 1')).toBeVisible();
  });

  test('a change in one tab appears in the other and survives the other tab’s next change', async ({ context }) => {
    const a = new BuilderPage(await context.newPage());
    const b = new BuilderPage(await context.newPage());
    await a.open();
    await b.open();
    await a.button('New service').click();
    await expect(b.service('Service 1')).toBeVisible();
    await expect(b.status).toHaveText('Updated with the changes you made in another tab.');
    await b.button('New service').click();
    await expect(b.service('Service 2')).toBeVisible();
    await a.page.reload();
    await expect(a.service('Service 1')).toBeVisible();
    await expect(a.service('Service 2')).toBeVisible();
  });
});

test('a share link opened over the learner’s own design asks first, and both designs are kept', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.open();
  await builder.button('New service').click();
  await expect(builder.service('Service 1')).toBeVisible();
  const payload = await sharePayload(page, { scenarioId: 'retail-shop', services: [{ id: 'svc-1', name: 'Shared one', color: 'blue' }], placement: {}, modes: {} });

  // A new document, as when the link is opened from a chat (a hash change alone does not reload).
  await page.goto('/builder');
  await builder.open('retail-shop', `#design=${payload}`);
  const offer = page.getByRole('region', { name: 'Shared design' });
  await expect(offer).toContainText('your own design is kept');
  await expect(builder.service('Service 1')).toBeVisible();
  await offer.getByRole('button', { name: 'Open the shared design' }).click();
  await expect(builder.service('Shared one')).toBeVisible();
  await expect(page).toHaveURL(/\/builder\/retail-shop$/);

  await page.reload();
  await expect(builder.service('Shared one')).toBeVisible();
  const kept = page.getByRole('region', { name: 'Kept design' });
  await kept.getByRole('button', { name: 'Switch to your own design' }).click();
  await expect(builder.service('Service 1')).toBeVisible();
  await expect(builder.service('Shared one')).toHaveCount(0);
  await kept.getByRole('button', { name: 'Switch to the shared design' }).click();
  await expect(builder.service('Shared one')).toBeVisible();
});

test.describe('storage that will not keep work', () => {
  test('a full storage still shows the saved design and says, once, that new work is not kept', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.open();
    await builder.button('New service').click();
    await expect(builder.service('Service 1')).toBeVisible();
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await expect(builder.service('Service 1')).toBeVisible();
    const notice = page.getByRole('status').filter({ hasText: 'Your work on this page will not be kept' });
    await expect(notice).toContainText('storage for the site is full');
    await expect(notice).toHaveCount(1);
    await page.goto('/progress');
    await expect(page.getByRole('status').filter({ hasText: 'storage for the site is full' })).toBeVisible();
  });

  test('blocked storage is said on the builder too', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const builder = new BuilderPage(page);
    await builder.open();
    await expect(page.getByRole('status').filter({ hasText: 'not letting the site keep anything' })).toBeVisible();
    await builder.button('New service').click();
    await expect(builder.service('Service 1')).toBeVisible();
  });
});

test.describe('records from a newer version of the site', () => {
  const future = JSON.stringify({ v: 7, data: { something: 'new' } });

  test('lesson progress is kept and the learner is told why Mark as done cannot save', async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('sb:progress', value), future);
    await page.goto('/lessons/monoliths-and-microservices');
    const button = page.getByRole('button', { name: 'Mark as done' });
    await expect(button).toBeDisabled();
    await expect(page.getByText(/newer version of the site.*cannot mark lessons done/)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('sb:progress'))).toBe(future);
  });

  test('the presenter timer is kept and says why it cannot start', async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('sb:presenter', value), future);
    await page.goto('/lessons/migration-strategies/present/console');
    await expect(page.getByRole('button', { name: 'Start timer' })).toBeDisabled();
    await expect(page.getByText(/the timer cannot be started or reset/)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('sb:presenter'))).toBe(future);
  });
});

test('addresses with broken percent-encoding answer 400 with the security headers', async ({ request }) => {
  for (const path of ['/lessons/%ff', '/lessons/a%', '/builder/%ff', '/teach/%ff']) {
    const response = await request.get(path);
    expect([400, 404], path).toContain(response.status());
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['content-security-policy'], path).toContain("object-src 'none'");
  }
});

test.describe('a strict Content-Security-Policy', () => {
  test('no route allows inline script by default', async ({ request }) => {
    for (const path of ['/', '/lessons/monoliths-and-microservices', '/builder/retail-shop', '/progress', '/teach', '/no-such-page']) {
      const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
      const script = csp.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
      expect(script, path).toContain("'self'");
      expect(script, path).not.toContain('unsafe-inline');
    }
  });

  for (const path of ['/lessons/monoliths-and-microservices', '/builder/retail-shop', '/no-such-page']) {
    test(`${path} runs its own scripts and blocks an injected inline handler`, async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      await page.goto(path);
      // The page hydrated (React marks the toggle it took over from the inline early-controls
      // script) and the toggle works, so none of its own scripts was blocked.
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect(toggle).toHaveAttribute('data-early-ready', '');
      await toggle.click();
      await expect(page.locator('html')).toHaveClass(/dark/);
      expect(violations).toEqual([]);

      const blocked = page.evaluate(
        () => new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })),
      );
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/no-such-image.png" onerror="window.__injected = 1">');
        const script = document.createElement('script');
        script.textContent = 'window.__injected2 = 1';
        document.body.append(script);
      });
      expect(await blocked).toMatch(/script-src/);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => [(window as { __injected?: number }).__injected, (window as { __injected2?: number }).__injected2])).toEqual([undefined, undefined]);
    });
  }
});

test.describe('the diagram editor with learner-typed source', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/lessons/monoliths-and-microservices');
  });

  test('a label that mentions javascript: is drawn', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await diagram.edit('flowchart LR\n  A[Learn javascript: the basics] --> B[Next]');
    await expect(diagram.visibleSvg).toContainText('Learn javascript: the basics');
  });

  test('links to other sites are removed from the drawing', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await diagram.edit('flowchart LR\n  A["<a href=\'https://example.com/\'>Label link</a>"] --> B[Target]\n  click B href "https://example.com/" _self');
    await expect(diagram.visibleSvg).toContainText('Target');
    await expect(diagram.visibleSvg).toContainText('Label link');
    const hrefs = await diagram.figure.locator('a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href')).filter((h) => h && !h.startsWith('#')));
    expect(hrefs).toEqual([]);
    await diagram.figure.getByText('Target', { exact: true }).click({ force: true });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/lessons\/monoliths-and-microservices/);
  });

  test('a diagram too large to draw quickly is refused with a reason and the page stays responsive', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    const huge = ['flowchart LR', ...Array.from({ length: 2_000 }, (_, i) => `  N${i}[Node ${i}]`)].join('\n');
    await paste(diagram, huge);
    await expect(diagram.figure).toContainText(/too large to draw here: it has 2,001 lines/);
    const start = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  test('a long run of spaces in a style line does not freeze the page', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await paste(diagram, `flowchart LR\n  A --> B\n  style A x${' '.repeat(100_000)}y`);
    const start = Date.now();
    await page.evaluate(() => new Promise((r) => setTimeout(() => r(null), 600)));
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});
