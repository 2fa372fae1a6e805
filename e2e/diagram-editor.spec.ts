import { readFileSync } from 'node:fs';
import { expect, test, useTheme } from './fixtures';
import { DiagramFigure, fencesInLesson, watchScripts } from './diagram-page';
import { lessonPaths } from './site';

const EDITED = 'flowchart LR\n  accTitle: Edited\n  accDescr: Two boxes.\n  Alpha[Alpha service] --> Omega[Omega service]';

async function firstLessonWithDiagram(request: Parameters<typeof lessonPaths>[0]): Promise<string> {
  const lessons = await lessonPaths(request);
  const lesson = lessons.find((p) => fencesInLesson(p.split('/').pop()!) > 0);
  expect(lesson, 'a lesson with a diagram').toBeDefined();
  return lesson!;
}

test.describe('the live diagram editor', () => {
  test.beforeEach(async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(await firstLessonWithDiagram(request));
  });

  test('Mermaid loads only when the editor opens, and the drawing follows the edits', async ({ page }) => {
    const scripts = watchScripts(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await scripts.mermaidScripts()).toEqual([]);

    const diagram = new DiagramFigure(page);
    const original = await diagram.figure.locator('figcaption').textContent();
    await diagram.editButton.click();
    await expect(diagram.editButton).toHaveAttribute('aria-expanded', 'true');
    await expect(diagram.figure.getByRole('status')).toHaveText(/Live renderer ready/);
    expect((await scripts.mermaidScripts()).length).toBeGreaterThan(0);

    await diagram.source.fill(EDITED);
    await expect(diagram.figure).toHaveAttribute('data-diagram', 'live');
    await expect(diagram.visibleSvg).toContainText('Omega service');
    await expect(diagram.visibleSvg).toHaveAttribute('role', 'img');
    // The caption describes the lesson's diagram, so it says the drawing is now an edited one.
    await expect(diagram.figure.locator('figcaption')).toHaveText(`${original!} (edited)`);
    await diagram.figure.getByRole('button', { name: 'Reset' }).click();
    await expect(diagram.figure.locator('figcaption')).toHaveText(original!);
  });

  test('the editor opens under the drawing, in view, with the focus in the source', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await diagram.editButton.click();
    await expect(diagram.source).toBeFocused();
    await expect(diagram.source).toBeInViewport();
    const drawing = (await diagram.figure.getByRole('group', { name: /zoom \d+%/ }).boundingBox())!;
    const editor = (await diagram.figure.getByText('Diagram source', { exact: true }).boundingBox())!;
    const caption = (await diagram.figure.locator('figcaption').boundingBox())!;
    expect(editor.y, 'the editor starts below the drawing').toBeGreaterThan(drawing.y + drawing.height);
    expect(editor.y, 'and above the caption').toBeLessThan(caption.y);
  });

  test('the source has line numbers and long lines scroll sideways instead of wrapping', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    const long = `flowchart LR\n  accTitle: Long\n  accDescr: One long line.\n  A[${'a very long label '.repeat(12)}] --> B`;
    await diagram.edit(long);
    const numbers = diagram.figure.getByTestId('line-numbers');
    await expect(numbers).toHaveText('1234');
    await diagram.source.fill(`${long}\n  B --> C`);
    await expect(numbers).toHaveText('12345');
    const field = await diagram.source.evaluate((el: HTMLTextAreaElement) => ({
      wrap: el.getAttribute('wrap'),
      overflows: el.scrollWidth > el.clientWidth,
      lineHeight: getComputedStyle(el).lineHeight,
      paddingTop: getComputedStyle(el).paddingTop,
    }));
    expect(field.wrap).toBe('off');
    expect(field.overflows, 'the long line runs past the edge of the field').toBe(true);
    // Each number sits on its line: the same line height and the same top padding.
    const gutter = await numbers.evaluate((el) => ({
      lineHeight: getComputedStyle(el).lineHeight,
      paddingTop: getComputedStyle(el).paddingTop,
      first: (el.firstElementChild as HTMLElement).getBoundingClientRect().height,
    }));
    expect(gutter.lineHeight).toBe(field.lineHeight);
    expect(gutter.paddingTop).toBe(field.paddingTop);
    expect(gutter.first).toBeCloseTo(parseFloat(field.lineHeight), 0);
  });

  test('a syntax error shows Mermaid\'s message and line and keeps the last good drawing; Reset restores', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    const original = await diagram.figure.getAttribute('data-diagram');
    await diagram.edit(EDITED);
    await expect(diagram.visibleSvg).toContainText('Omega service');
    await diagram.source.fill(`${EDITED}\n  Omega -->`);
    const error = diagram.figure.getByText(/^Syntax error on line 5\./);
    await expect(error).toBeVisible();
    await expect(diagram.figure.locator('pre', { hasText: /Parse error|Expecting/ })).toBeVisible();
    await expect(diagram.source).toHaveAttribute('aria-invalid', 'true');
    await expect(diagram.visibleSvg).toContainText('Omega service');

    await diagram.figure.getByRole('button', { name: 'Reset' }).click();
    await expect(diagram.source).not.toHaveValue(EDITED);
    await expect(error).toBeHidden();
    await expect(diagram.figure).toHaveAttribute('data-diagram', original!);
    await expect(diagram.figure.getByRole('button', { name: 'Reset' })).toBeDisabled();
  });

  test('an edited drawing is redrawn in the new theme when the theme changes', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await diagram.edit(EDITED);
    await expect(diagram.visibleSvg).toContainText('Omega service');
    const lightCss = await diagram.visibleSvg.locator('style').textContent();
    expect(lightCss).toContain('#1c2330');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => diagram.visibleSvg.locator('style').textContent()).toContain('#e6e9ee');
    await expect(diagram.visibleSvg).toContainText('Omega service');
  });

  test('a drawing made while its frame is hidden has its real size when shown', async ({ page }) => {
    const diagram = new DiagramFigure(page);
    await diagram.editButton.click();
    // A CSS locator: role locators skip hidden elements, and this one is about to be hidden.
    const frame = diagram.figure.locator('[role="group"][aria-label*="zoom"]');
    await frame.evaluate((el) => ((el.parentElement as HTMLElement).style.display = 'none'));
    await diagram.source.fill(EDITED);
    await expect(diagram.figure).toHaveAttribute('data-diagram', 'live');
    await frame.evaluate((el) => ((el.parentElement as HTMLElement).style.display = ''));
    const box = await diagram.visibleSvg.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(30);
  });

  test('Copy source and Download SVG', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const diagram = new DiagramFigure(page);
    await diagram.figure.getByRole('button', { name: 'Copy source' }).click();
    await expect(diagram.figure.getByRole('status')).toHaveText('Source copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/accTitle:/);

    const title = (await diagram.figure.locator('figcaption strong').textContent())!.replace(/\.\s*$/, '');
    const [download] = await Promise.all([page.waitForEvent('download'), diagram.figure.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toBe(`${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}.svg`);
    const file = readFileSync((await download.path())!, 'utf8');
    expect(file.startsWith('<?xml')).toBe(true);
    expect(file).toContain('<svg');
    expect(file).toContain('background-color: #ffffff');
  });

  test('the editor and its error pass axe', async ({ page, expectNoA11yViolations }) => {
    const diagram = new DiagramFigure(page);
    await diagram.edit('flowchart LR\n  A --> ');
    await expect(diagram.figure.getByText(/Syntax error on line|cannot be drawn/)).toBeVisible();
    await expectNoA11yViolations();
  });
});

test.describe('learner-typed source cannot run script', () => {
  const PAYLOADS = {
    'an onerror attribute in a label': 'flowchart LR\n  A["<img src=x onerror=window.__xss=1>"] --> B',
    'a script element in a label': 'flowchart LR\n  A["<script>window.__xss=1</script>"] --> B',
    'a javascript: link': 'flowchart LR\n  A --> B\n  click A href "javascript:window.__xss=1"',
    'a click callback': 'flowchart LR\n  A --> B\n  click A call alert(1)',
    'an init directive loosening security': '%%{init: {"securityLevel": "loose", "themeCSS": "body{background:red !important}"}}%%\nflowchart LR\n  A["<img src=x onerror=window.__xss=1>"] --> B\n  click A call alert(1)',
    'front matter loosening security': '---\nconfig:\n  securityLevel: loose\n  themeCSS: "body{background:red !important}"\n---\nflowchart LR\n  A["<b onmouseover=window.__xss=1>hover</b>"] --> B',
    'a javascript: link in a sequence diagram': 'sequenceDiagram\n  participant A\n  link A: Evil @ javascript:window.__xss=1\n  A->>A: hi',
  };

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    test(`${name} does nothing`, async ({ page, request }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(await firstLessonWithDiagram(request));
      const diagram = new DiagramFigure(page);
      await diagram.edit(payload);
      await expect(diagram.figure).toHaveAttribute('data-diagram', 'live');
      const svg = diagram.visibleSvg;
      await expect(svg).toBeVisible();
      // Hover and click what a payload would hang its handler on; it must be there, or the test
      // would prove nothing.
      const target = svg.locator('g.node, g.actor, rect.actor').first();
      await expect(target, 'a node or actor to hover and click').toBeVisible();
      await target.dispatchEvent('mouseover');
      await target.evaluate((el) => el.addEventListener('click', () => ((window as unknown as { __clicked?: boolean }).__clicked = true), { once: true }));
      // Dispatched on the target itself, so an element drawn over it (a sequence diagram's actor
      // menu, say) cannot swallow the click that a payload's handler would need.
      await target.dispatchEvent('click');
      // Handlers run during the click's dispatch; wait for it, then for two frames.
      await page.waitForFunction(() => (window as unknown as { __clicked?: boolean }).__clicked === true);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await diagram.figure.locator('script, iframe, object, embed').count()).toBe(0);
      const handlers = await diagram.figure.locator('*').evaluateAll((els) =>
        els.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`)),
      );
      expect(handlers).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    });
  }
});

test.describe('big diagrams', () => {
  test('zoom, pan inside the frame and the full-screen view', async ({ page, request }) => {
    await page.goto(await firstLessonWithDiagram(request));
    const diagram = new DiagramFigure(page);
    const frame = diagram.figure.getByRole('group', { name: /zoom 100%/ });
    const before = (await diagram.visibleSvg.boundingBox())!.width;
    await diagram.figure.getByRole('button', { name: 'Zoom in' }).click();
    await diagram.figure.getByRole('button', { name: 'Zoom in' }).click();
    await expect(diagram.figure.getByRole('group', { name: /zoom 200%/ })).toBeVisible();
    expect((await diagram.visibleSvg.boundingBox())!.width).toBeGreaterThan(before * 1.5);
    const scroller = diagram.figure.getByRole('group', { name: /zoom 200%/ });
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // Drag pans the frame, not the page.
    const start = await scroller.evaluate((el) => el.scrollLeft);
    await scroller.scrollIntoViewIfNeeded();
    const box = (await scroller.boundingBox())!;
    const y = box.y + Math.min(box.height / 2, 120);
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, y, { steps: 5 });
    await page.mouse.up();
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeLessThan(start);

    // Keyboard: 0 fits again.
    await scroller.focus();
    await page.keyboard.press('0');
    await expect(frame).toBeVisible();

    const open = diagram.figure.getByRole('button', { name: 'Full screen' });
    await open.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('svg[role="img"]').filter({ visible: true })).toBeVisible();
    const dialogBox = (await dialog.boundingBox())!;
    expect(dialogBox.width).toBeGreaterThan(1000);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`on a phone (${theme}) the toolbar is one row of named icons and a cropped diagram says it scrolls`, async ({ page, request }, testInfo) => {
      await useTheme(page, theme);
      await page.setViewportSize({ width: 360, height: 740 });
      const lessons = (await lessonPaths(request)).filter((p) => fencesInLesson(p.split('/').pop()!) > 0);
      const tools = ['Edit diagram', 'Zoom out', 'Zoom in', 'Fit to width', 'Full screen', 'Copy source', 'Download SVG'];
      let cropped: DiagramFigure | null = null;
      for (const lesson of lessons) {
        await page.goto(lesson);
        const count = await page.locator('figure[data-diagram]').count();
        for (let i = 0; i < count && !cropped; i += 1) {
          const diagram = new DiagramFigure(page, i);
          await diagram.figure.scrollIntoViewIfNeeded();
          const tops = await Promise.all(tools.map(async (name) => (await diagram.figure.getByRole('button', { name, exact: true }).boundingBox())!.y));
          expect(Math.max(...tops) - Math.min(...tops), `${lesson} diagram ${i + 1}: the toolbar is one row`).toBeLessThanOrEqual(2);
          const frame = diagram.figure.getByRole('group', { name: /zoom \d+%/ });
          if (await frame.evaluate((el) => el.scrollWidth > el.clientWidth + 1)) cropped = diagram;
        }
        if (cropped) break;
      }
      expect(cropped, 'a lesson with a diagram wider than a phone').not.toBeNull();
      const diagram = cropped!;
      const edit = (await diagram.editButton.boundingBox())!;
      expect(edit.width, 'an icon, not the words').toBeLessThan(48);
      const cue = diagram.figure.getByText('Scroll sideways for the rest of the diagram');
      await expect(cue).toBeVisible();
      await expect(diagram.figure.locator('[data-scroll-cue="right"]')).toBeVisible();
      await expect(diagram.figure.locator('[data-scroll-cue="left"]')).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath(`phone-diagram-${theme}.png`) });
      await testInfo.attach(`phone-diagram-${theme}`, { path: testInfo.outputPath(`phone-diagram-${theme}.png`), contentType: 'image/png' });

      // Scrolled to the far edge, the fade moves to the side that is now cropped.
      await diagram.figure.getByRole('group', { name: /zoom \d+%/ }).evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect(diagram.figure.locator('[data-scroll-cue="right"]')).toHaveCount(0);
      await expect(diagram.figure.locator('[data-scroll-cue="left"]')).toBeVisible();
      await expect(cue).toBeVisible();
    });
  }

  test('on a wide screen the toolbar shows words and a diagram that fits has no scroll cue', async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(await firstLessonWithDiagram(request));
    const diagram = new DiagramFigure(page);
    await expect(diagram.editButton).toHaveText('Edit diagram');
    expect((await diagram.editButton.boundingBox())!.width).toBeGreaterThan(60);
    const frame = diagram.figure.getByRole('group', { name: /zoom \d+%/ });
    const cue = diagram.figure.getByText('Scroll sideways for the rest of the diagram');
    // The cue follows the drawing: none while it fits, shown once zooming crops it.
    if (await frame.evaluate((el) => el.scrollWidth > el.clientWidth + 1)) await expect(cue).toBeVisible();
    else await expect(cue).toHaveCount(0);
    await diagram.figure.getByRole('button', { name: 'Zoom in' }).click();
    await diagram.figure.getByRole('button', { name: 'Zoom in' }).click();
    await expect(cue).toBeVisible();
  });

  test('on a phone a diagram never widens the page', async ({ page, request }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const lessons = (await lessonPaths(request)).filter((p) => fencesInLesson(p.split('/').pop()!) > 0);
    for (const lesson of lessons) {
      await page.goto(lesson);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, lesson).toBeLessThanOrEqual(0);
    }
  });
});

test('a dark-theme lesson with diagrams passes axe', async ({ page, request, expectNoA11yViolations }) => {
  await useTheme(page, 'dark');
  await page.goto(await firstLessonWithDiagram(request));
  await expectNoA11yViolations();
});
