import { expect, test } from './fixtures';
import { QuizPage } from './quiz-page';

/**
 * Saved progress survives a rewrite of the question bank (issue 13): attempts saved under a
 * question id that no longer exists never reach /review, cause no error, and are dropped from
 * storage the next time the learner checks an answer in that quiz.
 */

const LESSON = 'monoliths-and-microservices';
const AT = '2026-01-05T10:00:00.000Z';
const missed = (response: unknown) => ({
  attempts: 1,
  first: { earned: 0, total: 1, certainty: 'high', at: AT },
  best: { earned: 0, total: 1, certainty: 'high', at: AT },
  last: { earned: 0, total: 1, certainty: 'high', at: AT, response },
});

test('attempts at removed questions are dropped quietly and never reviewed', async ({ page }) => {
  const quiz = new QuizPage(page, LESSON);
  const kept = quiz.question('single');
  const removed = 'no-longer-in-the-bank';
  expect(quiz.questions.map((q) => q.id)).not.toContain(removed);
  const wrongChoice = kept.choices!.find((c) => c.id !== kept.answer)!.id;
  const saved = {
    v: 1,
    data: {
      quizzes: {
        [LESSON]: { questions: { [kept.id]: missed({ selected: wrongChoice }), [removed]: missed({ selected: 'gone' }) }, runs: 1, best: null, last: null },
        'a-quiz-that-was-deleted': { questions: { old: missed({ selected: 'x' }) }, runs: 0, best: null, last: null },
      },
    },
  };
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sb:quiz', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(saved));

  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const list = page.getByRole('main').getByRole('listitem').filter({ hasText: /attempt/ });
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText(kept.prompt);
  await expect(page.getByRole('button', { name: 'Practise it' })).toBeVisible();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);

  await quiz.goto();
  await quiz.open(kept);
  await quiz.button('Try again').click(); // the saved wrong answer was restored
  await quiz.answer(kept, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sb:quiz')!).data.quizzes);
  expect(Object.keys(stored[LESSON].questions)).toEqual([kept.id]);
  expect(stored[LESSON].questions[kept.id]).toMatchObject({ attempts: 2, best: { earned: 1 } });
  // Another page cannot know whether a quiz it does not show still exists: that record stays, unseen.
  expect(stored).toHaveProperty('a-quiz-that-was-deleted');
});
