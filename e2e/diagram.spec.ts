import { expect, test } from './fixtures';
import { fencesInLesson, watchScripts } from './diagram-page';
import { lessonPaths } from './site';

/** The lessons that hold diagrams, enumerated at test time (lessons keep arriving). */
async function lessonsWithDiagrams(request: Parameters<typeof lessonPaths>[0]) {
  const lessons = await lessonPaths(request);
  return lessons.map((p) => ({ path: p, fences: fencesInLesson(p.split('/').pop()!) })).filter((l) => l.fences > 0);
}

test.describe('diagrams drawn at build time', () => {
  test('every diagram of every lesson is drawn, in both themes, with no Mermaid downloaded', async ({ page, request }) => {
    test.setTimeout(240_000);
    const lessons = await lessonsWithDiagrams(request);
    expect(lessons.length).toBeGreaterThan(0);
    const scripts = watchScripts(page);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    for (const lesson of lessons) {
      await page.goto(lesson.path);
      const figures = page.locator('figure[data-diagram]');
      await expect(figures, `${lesson.path}: one figure per mermaid fence`).toHaveCount(lesson.fences);
      for (let i = 0; i < lesson.fences; i += 1) {
        const figure = figures.nth(i);
        await expect(figure, `${lesson.path} diagram ${i + 1} has a build-time drawing (run node scripts/render-diagrams.mjs)`).toHaveAttribute('data-diagram', 'static');
        const drawings = figure.locator('[data-diagram-theme] > svg');
        const count = await drawings.count();
        expect(count, `${lesson.path} diagram ${i + 1}: one drawing for both themes, or one per theme`).toBeGreaterThanOrEqual(1);
        for (let j = 0; j < count; j += 1) {
          await expect(drawings.nth(j)).toHaveAttribute('role', 'img');
          expect(await drawings.nth(j).locator('.error-icon').count(), `${lesson.path} diagram ${i + 1}`).toBe(0);
          expect(await drawings.nth(j).locator('g').count()).toBeGreaterThan(2);
        }
        const box = await drawings.filter({ visible: true }).boundingBox();
        expect(box!.width, `${lesson.path} diagram ${i + 1} width`).toBeGreaterThan(100);
        expect(box!.height).toBeGreaterThan(20);
      }
    }
    expect(await scripts.mermaidScripts()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('ids never clash when a page holds several diagrams', async ({ page, request }) => {
    const lesson = (await lessonsWithDiagrams(request)).find((l) => l.fences >= 2);
    test.skip(!lesson, 'no lesson has two diagrams yet');
    await page.goto(lesson!.path);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    // Each drawing's style rules are scoped to its own root id.
    const scoped = await page.locator('[data-diagram-theme] > svg').evaluateAll((svgs) =>
      svgs.every((svg) => (svg.querySelector('style')?.textContent ?? '').includes(`#${svg.id}`)),
    );
    expect(scoped).toBe(true);
  });

  test('the caption and the image name the diagram for screen readers', async ({ page, request }) => {
    const lesson = (await lessonsWithDiagrams(request))[0]!;
    await page.goto(lesson.path);
    const figure = page.locator('figure[data-diagram]').first();
    const caption = (await figure.locator('figcaption strong').textContent())!.replace(/\.\s*$/, '');
    await expect(page.getByRole('figure', { name: new RegExp(caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()).toBeVisible();
    await expect(figure.getByRole('img', { name: caption })).toBeVisible();
  });

  test('the theme switch recolours every drawing at once, without Mermaid', async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const lesson = (await lessonsWithDiagrams(request))[0]!;
    const scripts = watchScripts(page);
    await page.goto(lesson.path);
    const drawings = page.locator('figure[data-diagram] [data-diagram-theme] > svg').filter({ visible: true });
    const colours = () => drawings.evaluateAll((svgs) => svgs.map((svg) => getComputedStyle(svg).fill));
    // The drawing's text colour is the site's ink: #1c2330 light, #e6e9ee dark.
    expect(new Set(await colours())).toEqual(new Set(['rgb(28, 35, 48)']));
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(new Set(await colours())).toEqual(new Set(['rgb(230, 233, 238)']));
    expect(await scripts.mermaidScripts()).toEqual([]);
  });

  test('the page does not shift while it loads', async ({ page, request }) => {
    const lesson = (await lessonsWithDiagrams(request))[0]!;
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(lesson.path);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // Wait until every diagram is drawn (what could shift the page); layout shifts are reported
    // after the frame that painted them, so let two frames pass.
    await expect(page.locator('figure[data-diagram="pending"]')).toHaveCount(0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });
});
