import { expect, test } from './fixtures';
import { DiagramFigure, watchScripts } from './diagram-page';
import { QuizPage } from './quiz-page';

/** Strings found only in the code of the quiz, the diagram editor and the full-screen view. */
const QUIZ_CODE = /Choose an answer first\./;
const EDITOR_CODE = /Mermaid syntax\. The drawing redraws as you type\./;
const FULLSCREEN_CODE = /Close full screen/;

const LESSON = 'monoliths-and-microservices';

test.describe('code a lesson loads only when the learner needs it', () => {
  test('the quiz is on the page at once, and its code arrives as it nears the screen', async ({ page }) => {
    const scripts = watchScripts(page);
    const quiz = new QuizPage(page, LESSON);
    await page.goto(`/lessons/${LESSON}`);
    await page.waitForLoadState('networkidle');
    // The server drew the quiz: its question can be read before any of its code is fetched.
    await expect(quiz.region.getByText(quiz.questions[0]!.prompt)).toBeAttached();
    expect(await scripts.matching(QUIZ_CODE)).toEqual([]);

    await quiz.ready();
    expect(await scripts.matching(QUIZ_CODE)).toHaveLength(1);
    const first = quiz.questions[0]!;
    await quiz.answer(first, 'mouse');
    await quiz.check('mouse');
    await expect(quiz.feedback).toHaveText(/^Correct/);
  });

  test('the diagram editor and the full-screen view load when opened', async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto(`/lessons/${LESSON}`);
    await page.waitForLoadState('networkidle');
    expect(await scripts.matching(EDITOR_CODE)).toEqual([]);
    expect(await scripts.matching(FULLSCREEN_CODE)).toEqual([]);

    const diagram = new DiagramFigure(page);
    await diagram.editButton.click();
    await expect(diagram.source).toBeVisible();
    expect(await scripts.matching(EDITOR_CODE)).toHaveLength(1);

    await diagram.figure.getByRole('button', { name: 'Full screen' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await scripts.matching(FULLSCREEN_CODE)).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Close full screen' }).click();
    await expect(dialog).toBeHidden();
  });

  test('after moving to the next lesson, its quiz works without scrolling first', async ({ page }) => {
    await page.goto(`/lessons/${LESSON}`);
    await page.waitForLoadState('networkidle');
    await page.getByRole('navigation', { name: 'Lesson navigation' }).getByRole('link', { name: /^Next lesson/ }).click();
    await expect(page).not.toHaveURL(new RegExp(`/lessons/${LESSON}$`));
    const region = page.getByRole('region', { name: /^Quiz/ }).first();
    await expect(region.getByRole('button', { name: 'Check answer' })).toBeEnabled();
  });
});
