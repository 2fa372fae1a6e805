import { BuilderPage } from './builder-page';
import { QuizPage, readQuiz } from './quiz-page';
import { expect, test, useTheme } from './fixtures';

const LESSON = 'data-ownership-and-sagas';

test.describe('print', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`a lesson printed from the ${theme} theme is dark on white, without controls, its quiz as a full list`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto(`/lessons/${LESSON}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      const look = await page.evaluate(() => {
        const rgb = (el: Element) => getComputedStyle(el).color;
        return { h1: rgb(document.querySelector('h1')!), h2: rgb(document.querySelector('main h2')!), body: getComputedStyle(document.body).backgroundColor };
      });
      expect(look.body).toBe('rgb(255, 255, 255)');
      // Dark text: every channel well under half.
      for (const color of [look.h1, look.h2]) for (const channel of color.match(/\d+/g)!.slice(0, 3).map(Number)) expect(channel).toBeLessThan(100);
      // No control is printed: only glossary terms (words of the text) remain as buttons.
      const controls = page.locator('main button:not([data-print-text]), main select, main input, [role="toolbar"]');
      for (const control of await controls.all()) await expect(control).toBeHidden();
      await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
      const questions = readQuiz(LESSON);
      const list = page.getByRole('region', { name: /: every question$/ });
      await expect(list).toBeVisible();
      await expect(list.getByRole('listitem').filter({ has: page.locator('.question-prompt') })).toHaveCount(questions.length);
      await expect(list.getByRole('heading', { name: questions.at(-1)!.prompt })).toBeVisible();
    });
  }

  test('on screen the quiz is interactive and its printed list stays hidden', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}`);
    await expect(page.getByRole('region', { name: /: every question$/ })).toBeHidden();
  });
});

test.describe('search ranking', () => {
  const open = async (page: import('@playwright/test').Page, query: string) => {
    await page.goto('/glossary');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
    return dialog;
  };

  test('"saga" puts the lesson on sagas first, groups results by kind and highlights the match', async ({ page }) => {
    const dialog = await open(page, 'saga');
    const results = dialog.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toContainText('Data ownership and sagas');
    await expect(results.getByRole('heading').first()).toHaveText(/^Lessons \(\d+\)$/);
    await expect(results.getByRole('link').first().locator('mark').first()).toHaveText(/^sagas?$/i);
    // Quiz hits are labelled once, as quiz questions of their lesson.
    const quiz = results.getByRole('list', { name: /^Quiz questions/ });
    await expect(quiz.getByRole('link').first()).toContainText(/Quiz question · /);
    await expect(quiz.getByRole('link').first()).not.toContainText('Quiz · Quiz');
  });

  test('"HPA" puts the Horizontal Pod Autoscaler entry first', async ({ page }) => {
    const dialog = await open(page, 'HPA');
    await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toContainText('Horizontal Pod Autoscaler');
  });

  test('"Show all" lists every result of a kind', async ({ page }) => {
    const dialog = await open(page, 'saga');
    const showAll = dialog.getByRole('button', { name: /^Show all \d+ / }).first();
    const total = Number(/Show all (\d+)/.exec((await showAll.textContent()) ?? '')?.[1]);
    const name = /^Show all \d+ (.+)$/.exec((await showAll.textContent()) ?? '')![1]!;
    await showAll.click();
    const group = dialog.getByRole('list', { name: new RegExp(`^${name}`, 'i') });
    await expect(group.getByRole('link')).toHaveCount(total);
  });
});

test.describe('presenter', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the control bar fades when the pointer rests and comes back when it moves or a control has focus', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}/present`);
    const bar = page.locator('.presenter-bar');
    await page.mouse.move(600, 300);
    await expect(bar).toHaveCSS('opacity', '1');
    await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
    await page.mouse.move(620, 340);
    await expect(bar).toHaveCSS('opacity', '1');
    await expect(bar).toHaveCSS('opacity', '0', { timeout: 6000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(bar).toHaveCSS('opacity', '1');
  });

  test('revealing a poll marks the right option on the slide and dims the rest', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}/present`);
    await page.keyboard.press('End');
    const reveal = page.getByRole('button', { name: 'Reveal answer' });
    // Walk back from the end to a choice question (one whose options can be marked).
    for (let i = 0; i < 12; i++) {
      if ((await reveal.count()) > 0) {
        await reveal.click();
        if ((await page.locator('.question-options li[data-correct="true"]').count()) > 0) break;
      }
      await page.keyboard.press('ArrowLeft');
    }
    const right = page.locator('.question-options li[data-correct="true"]');
    await expect(right.first()).toBeVisible();
    await expect(right.first()).toContainText('(right answer)');
    await expect(page.locator('.question-options li[data-correct="false"]').first()).toBeVisible();
  });
});

test('the theme button shows whether the dark theme is on', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveText(/Dark theme: off/);
  await toggle.click();
  await expect(toggle).toHaveText(/Dark theme: on/);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test.describe('quiz feedback per item', () => {
  const QUIZZES = ['monoliths-and-microservices', 'migration-strategies'];
  const all = QUIZZES.flatMap((quizId) => readQuiz(quizId).map((q) => ({ quizId, type: q.type })));
  const marked = ['multiple', 'ordering', 'matching', 'categorize'] as const;
  for (const type of marked) {
    const found = all.find((c) => c.type === type);
    if (!found) continue;
    test(`a wrong ${type} answer marks its rows right or wrong, with where each belonged`, async ({ page }) => {
      const quiz = new QuizPage(page, found.quizId);
      await quiz.goto();
      const q = quiz.question(type);
      await quiz.open(q);
      await quiz.answer(q, 'mouse', { wrong: true });
      await quiz.check('mouse');
      await expect(quiz.feedback).toHaveText(/^Not quite/);
      const wrong = quiz.region.locator('[data-mark-note="wrong"], [data-mark-note="missed"]');
      await expect(wrong.first()).toBeVisible();
      await expect(wrong.first()).toHaveText(/^(✗ Wrong|! Missed) · (Belongs in: |Right match: |Belongs at position \d|Does not apply|Also applies)/);
      if (type === 'categorize' || type === 'matching') await expect(quiz.region.locator('[data-mark-note="right"]').first()).toBeVisible();
      await quiz.button('Try again').click();
      await expect(quiz.region.locator('[data-mark-note]')).toHaveCount(0);
    });
  }
});

test.describe('builder: the Move to menu stays inside the viewport', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const builder = new BuilderPage(page);
      await builder.open();
      await builder.paletteItem('Cart').click();
      await builder.button('Move to…').click();
      const menu = page.getByRole('menu', { name: 'Move to…' });
      await expect(menu).toBeVisible();
      const box = (await menu.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);
    });
  }
});

test('the class poll answers a clicker: PageDown and PageUp step through the questions', async ({ page }) => {
  await page.goto('/teach/poll');
  const slide = page.getByRole('region', { name: /^Slide 1 of \d+: Poll: / });
  await expect(slide).toBeVisible();
  await expect(page.locator('.poll-board[data-ready]')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: /^Slide 2 of \d+: Poll: / })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(slide).toBeVisible();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
});
