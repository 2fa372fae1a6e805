import { expect, test, useTheme } from './fixtures';
import { QuizPage } from './quiz-page';

const LESSON = 'monoliths-and-microservices';

/** Answers every question: right, except the ones listed, which get a wrong answer marked "Sure". */
async function answerAll(quiz: QuizPage, wrongIds: string[] = []) {
  for (const q of quiz.questions) {
    await quiz.open(q);
    const wrong = wrongIds.includes(q.id);
    await quiz.answer(q, 'mouse', { wrong });
    await quiz.region.getByRole('radio', { name: wrong ? 'Sure' : 'Fairly sure', exact: true }).check();
    await quiz.check('mouse');
    await expect(quiz.feedback).toHaveText(wrong ? /^Not quite/ : /^Correct/);
  }
}

test('answers, scores and attempts survive a reload', async ({ page }) => {
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  const first = quiz.questions[0]!;
  await quiz.answer(first, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sb:quiz') ?? 'null'));
  expect(stored).toMatchObject({ v: 1, data: { quizzes: { [LESSON]: { questions: { [first.id]: { attempts: 1, best: { earned: 1 } } } } } } });

  await page.reload();
  await quiz.ready();
  await expect(quiz.region.getByText('Question 2 of')).toBeVisible();
  await quiz.button('Previous question').click();
  await expect(quiz.feedback).toHaveText(/^Correct/);
  await expect(quiz.button('Try again')).toBeVisible();
});

test('the summary shows score, calibration and sections; retakes reshuffle and can take only the missed ones', async ({ page }) => {
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  const single = quiz.question('single');
  const optionOrder = () => quiz.region.getByRole('group', { name: single.prompt }).getByRole('radio').evaluateAll((els) => els.map((e) => e.parentElement!.textContent));
  const before = await optionOrder();
  await answerAll(quiz, [single.id]);
  await quiz.button('See results').click();

  await expect(quiz.region.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(quiz.region).toContainText(`${quiz.questions.length - 1} of ${quiz.questions.length} questions fully right`);
  const calibration = quiz.region.getByRole('table', { name: 'How sure you were, and how it went' });
  await expect(calibration.getByRole('row', { name: /^Sure 0 1$/ })).toBeVisible();
  await expect(quiz.region.getByText('Sure, but not right')).toBeVisible();
  await expect(quiz.region.getByRole('link', { name: /./ }).filter({ has: page.locator(`[href="/lessons/${single.section}"]`) }).or(quiz.region.locator(`a[href="/lessons/${single.section}"]`))).toBeVisible();

  await quiz.button('Retake only the ones I missed (1)').click();
  await expect(quiz.region.getByText('Question 1 of 1')).toBeVisible();
  expect(await optionOrder()).not.toEqual(before);
  await quiz.answer(single, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);
  await quiz.button('See results').click();
  await expect(quiz.region).toContainText('1 of 1 question fully right');
  await expect(quiz.button('Retake only the ones I missed (1)')).toHaveCount(0);

  // A retake is offered even after a perfect score.
  await quiz.button('Retake quiz').click();
  await expect(quiz.region.getByText(`Question 1 of ${quiz.questions.length}`)).toBeVisible();

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sb:quiz')!));
  expect(stored.data.quizzes[LESSON].questions[single.id]).toMatchObject({ attempts: 2, first: { earned: 0, certainty: 'high' }, best: { earned: 1 } });
  expect(stored.data.quizzes[LESSON].runs).toBe(2);
});

test('corrupted saved data is explained, kept aside, and the quiz still grades', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sb:quiz', '{"v":1,"data":{"quizzes":{"x":{"questions":"oops"}}}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  await expect(quiz.region).toContainText('could not be read');
  await expect(quiz.region).toContainText('sb:quiz:backup');
  const q = quiz.questions[0]!;
  await quiz.answer(q, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);
  expect(await page.evaluate(() => localStorage.getItem('sb:quiz:backup'))).toContain('oops');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sb:quiz')!).data.quizzes)).toHaveProperty(LESSON);
});

test('data from a newer version of the site is left untouched', async ({ page }) => {
  const future = JSON.stringify({ v: 99, data: { anything: true } });
  await page.addInitScript((value) => localStorage.setItem('sb:quiz', value), future);
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  await expect(quiz.region).toContainText('newer version');
  await quiz.answer(quiz.questions[0]!, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);
  expect(await page.evaluate(() => localStorage.getItem('sb:quiz'))).toBe(future);
});

test('with storage unavailable the quiz says so and still grades', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  // Said once for the whole page, by the site's storage notice.
  await expect(page.getByRole('status').filter({ hasText: 'not letting the site keep anything' })).toBeVisible();
  await quiz.answer(quiz.questions[0]!, 'mouse');
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Correct/);
  expect(errors).toEqual([]);
});

test('the review page gathers missed questions across lessons and practising them clears the list', async ({ page }) => {
  const monoliths = new QuizPage(page, LESSON);
  await monoliths.goto();
  const missed = monoliths.question('single');
  await monoliths.answer(missed, 'mouse', { wrong: true });
  await monoliths.region.getByRole('radio', { name: 'Sure', exact: true }).check();
  await monoliths.check('mouse');

  const migration = new QuizPage(page, 'migration-strategies');
  await migration.goto();
  const guessed = migration.questions[0]!;
  await migration.answer(guessed, 'mouse');
  await migration.region.getByRole('radio', { name: 'Guessing' }).check();
  await migration.check('mouse');
  await expect(migration.feedback).toHaveText(/^Correct/);

  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const list = page.getByRole('main').getByRole('listitem').filter({ hasText: /attempt/ });
  await expect(list).toHaveCount(2);
  await expect(list.nth(0)).toContainText('Sure, but not right');
  await expect(list.nth(0)).toContainText(missed.prompt);
  await expect(list.nth(1)).toContainText('Right, but a guess');

  await page.getByRole('button', { name: 'Practise all 2' }).click();
  const practice = new QuizPage(page, LESSON);
  await expect(practice.region).toHaveAccessibleName(/^Quiz: Practice/);
  await practice.answer(missed, 'mouse');
  await practice.region.getByRole('radio', { name: 'Fairly sure' }).check();
  await practice.check('mouse');
  await expect(practice.feedback).toHaveText(/^Correct/);
  await practice.button('Next question').click();
  const guessedAgain = { ...migration.question(guessed.type) };
  await practice.answer(guessedAgain, 'keyboard');
  await practice.region.getByRole('radio', { name: 'Sure', exact: true }).check();
  await practice.check('keyboard');
  await expect(practice.feedback).toHaveText(/^Correct/);
  await page.getByRole('button', { name: 'Back to the review list' }).click();
  await expect(page.getByText('Nothing to review right now.')).toBeVisible();
});

test('the review list loads without the question bank; practising fetches it, and a failed fetch keeps the list', async ({ page }) => {
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  const missed = quiz.question('single');
  await quiz.answer(missed, 'mouse', { wrong: true });
  await quiz.check('mouse');
  await expect(quiz.feedback).toHaveText(/^Not quite/);

  const bankRequests: string[] = [];
  page.on('request', (r) => r.url().endsWith('/review/questions.json') && bankRequests.push(r.url()));
  await page.route('**/review/questions.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/review');
  const list = page.getByRole('main').getByRole('listitem').filter({ hasText: /attempt/ });
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText(missed.prompt);
  expect(bankRequests).toEqual([]);

  const practise = page.getByRole('button', { name: 'Practise it' });
  await practise.click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
  await expect(list).toHaveCount(1);

  await page.unroute('**/review/questions.json');
  await practise.click();
  const practice = new QuizPage(page, LESSON);
  await expect(practice.region).toHaveAccessibleName('Quiz: Practice (1 question)');
  await practice.answer(missed, 'mouse');
  await practice.check('mouse');
  await expect(practice.feedback).toHaveText(/^Correct/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`every question type, the feedback and the summary pass axe in the ${theme} theme`, async ({ page, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    await useTheme(page, theme);
    for (const id of [LESSON, 'migration-strategies']) {
      const quiz = new QuizPage(page, id);
      await quiz.goto();
      // The whole page once; then the quiz alone in each state (the page scan covers the rest).
      await expectNoA11yViolations();
      const inQuiz = `[data-quiz="${id}"]`;
      for (const [i, q] of quiz.questions.entries()) {
        await quiz.open(q);
        await quiz.region.scrollIntoViewIfNeeded();
        await expectNoA11yViolations(page, inQuiz);
        await quiz.answer(q, 'mouse', { wrong: i === 0 });
        await quiz.region.getByRole('radio', { name: 'Sure', exact: true }).check();
        await quiz.check('mouse');
        await expect(quiz.feedback).toHaveText(/^(Correct|Not quite)/);
        await expectNoA11yViolations(page, inQuiz);
      }
      await quiz.button('See results').click();
      await expect(quiz.region.getByRole('heading', { name: 'Your results' })).toBeVisible();
      await expectNoA11yViolations(page, inQuiz);
    }
    await page.goto('/review');
    await expect(page.getByRole('button', { name: /^Practise/ })).toBeVisible();
    await expectNoA11yViolations();
  });
}
