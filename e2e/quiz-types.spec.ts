import { expect, test } from './fixtures';
import { QUESTION_TYPES } from '../lib/quiz/registry';
import { QuizPage, readQuiz, type Input } from './quiz-page';

/** Every question type, answered by pointer (clicks and drags) and by keyboard alone. */
const QUIZZES = ['monoliths-and-microservices', 'migration-strategies'];
// One question of each type: the first one found in these two quizzes.
const all = QUIZZES.flatMap((quizId) => readQuiz(quizId).map((q) => ({ quizId, type: q.type })));
const cases = all.filter((c, i) => all.findIndex((d) => d.type === c.type) === i);

test('the two lesson quizzes between them use every question type', () => {
  // Every type the registry grades, so a new type fails here until a quiz here uses it.
  expect(new Set(cases.map((c) => c.type))).toEqual(new Set(QUESTION_TYPES));
});

for (const { quizId, type } of cases) {
  for (const input of ['mouse', 'keyboard'] as Input[]) {
    test(`${type} question answered by ${input} is graded correct`, async ({ page }) => {
      const quiz = new QuizPage(page, quizId);
      await quiz.goto();
      const q = quiz.question(type);
      await quiz.open(q);
      await quiz.answer(q, input);
      await quiz.check(input);
      await expect(quiz.feedback).toHaveText(/^Correct/);
      // Checked by keyboard, focus stays on the button pressed (now "Try again"), so the learner
      // is not thrown back to the top of the page. A mouse user's focus is not specified.
      if (input === 'keyboard') await expect(quiz.button('Try again')).toBeFocused();
    });
  }

  test(`${type} question answered wrongly says "Not quite", names the misconception and links the section`, async ({ page }) => {
    const quiz = new QuizPage(page, quizId);
    await quiz.goto();
    const q = quiz.question(type);
    await quiz.open(q);
    await quiz.answer(q, 'mouse', { wrong: true });
    await quiz.check('mouse');
    await expect(quiz.feedback).toHaveText(/^Not quite/);
    await expect(quiz.feedback.getByRole('link', { name: /^Review: / })).toHaveAttribute('href', `/lessons/${q.section}`);
    // Locked until "Try again", then editable with the answer kept.
    await quiz.button('Try again').click();
    await expect(quiz.feedback).toHaveText('');
    await expect(quiz.button('Check answer')).toBeVisible();
  });
}

test('checking an unanswered question explains what is missing without grading it', async ({ page }) => {
  const quiz = new QuizPage(page, 'monoliths-and-microservices');
  await quiz.goto();
  await quiz.check('mouse');
  await expect(quiz.feedback).not.toHaveText(/^(Correct|Not quite)/);
  await expect(quiz.feedback).toHaveText(/.+/);
  await expect(quiz.button('Check answer')).toBeVisible();
});

test('hints are revealed one at a time before checking', async ({ page }) => {
  const quiz = new QuizPage(page, 'monoliths-and-microservices');
  await quiz.goto();
  const q = quiz.questions.find((x) => (x as { hints?: string[] }).hints?.length)!;
  await quiz.open(q);
  await quiz.button('Show a hint').click();
  await expect(quiz.region.getByText(/^Hint: /)).toHaveCount(1);
});

test('a keyboard move of an ordering item is announced and keeps focus on its button', async ({ page }) => {
  const quiz = new QuizPage(page, 'migration-strategies');
  await quiz.goto();
  const q = quiz.question('ordering');
  await quiz.open(q);
  const down = quiz.region.getByRole('button', { name: /^Move “.*” down$/ }).first();
  const name = await down.getAttribute('aria-label');
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(quiz.region.getByRole('status').first()).toHaveText(/moved to position 2 of/);
  await expect(quiz.region.getByRole('button', { name: name! })).toBeFocused();
});
