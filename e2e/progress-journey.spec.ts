import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ProgressPage } from './progress-page';
import { QuizPage } from './quiz-page';

const LESSON = 'monoliths-and-microservices';

/** Answers every question of the quiz, the single-choice one wrongly while "Sure", and opens the results. */
async function finishQuiz(quiz: QuizPage) {
  const missed = quiz.question('single');
  for (const q of quiz.questions) {
    await quiz.open(q);
    const wrong = q === missed;
    await quiz.answer(q, 'mouse', { wrong });
    await quiz.region.getByRole('radio', { name: wrong ? 'Sure' : 'Fairly sure', exact: true }).check();
    await quiz.check('mouse');
    await expect(quiz.feedback).toHaveText(wrong ? /^Not quite/ : /^Correct/);
  }
  await quiz.button('See results').click();
  await expect(quiz.region.getByRole('heading', { name: 'Your results' })).toBeVisible();
  return missed;
}

test('complete a lesson and its quiz, see it on /progress, then export, reset and import it back', async ({ page }, info) => {
  test.setTimeout(90_000);
  const quiz = new QuizPage(page, LESSON);
  await quiz.goto();
  await page.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await expect(page.getByText(/You finished this lesson on /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as not done' })).toBeFocused();
  const missed = await finishQuiz(quiz);

  const progress = new ProgressPage(page);
  await progress.goto();
  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read · 1 of \d+ end-of-lesson quizzes finished$/);
  const foundations = progress.module('Foundations');
  await expect(foundations.getByText(/^1 of \d+ lessons read$/)).toBeVisible();
  await expect(foundations.getByRole('listitem').filter({ hasText: /Monoliths/ })).toContainText(/Read .*quiz best \d+%/);
  const topic = progress.section('Topics to revisit').getByRole('listitem').first();
  await expect(topic.getByRole('link')).toHaveAttribute('href', `/lessons/${missed.section}`);
  await expect(topic).toContainText('1 of them while sure');

  const exported = await progress.exportFile();
  expect(JSON.parse(exported.text)).toMatchObject({ app: 'service-boundaries', format: 1, records: { 'sb:progress': { v: 1 }, 'sb:quiz': { v: 1 } } });
  await expect(progress.status).toContainText('Saved “service-boundaries-progress-');
  // Keep the file where the trace can show it if the test fails.
  const file = info.outputPath('exported.json');
  writeFileSync(file, exported.text);

  await progress.reset();
  await expect(progress.status).toContainText('Progress reset.');
  await expect(progress.button('Reset progress')).toBeFocused();
  await expect(progress.summary).toHaveText(/^0 of \d+ lessons read · 0 of \d+/);
  await expect(progress.section('Topics to revisit')).toContainText('Nothing to revisit yet');
  expect(await page.evaluate(() => [localStorage.getItem('sb:progress'), localStorage.getItem('sb:quiz')])).toEqual([null, null]);

  await progress.importFile(file);
  await expect(progress.status).toContainText('Progress restored from the file exported on');
  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read · 1 of \d+ end-of-lesson quizzes finished$/);
  await expect(progress.section('Topics to revisit').getByRole('link').first()).toHaveAttribute('href', `/lessons/${missed.section}`);

  // The restored progress is what the rest of the site reads, after a reload too.
  await page.goto('/');
  const row = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: /Monoliths and microservices/i }) }).first();
  await expect(row.getByText(/^✓\s*Read$/)).toBeVisible();
  await expect(page.getByText(/^1 of \d+ lessons read\. See your progress$/)).toBeVisible();
});

test('reaching the end of a lesson counts it as read; "Mark as not done" undoes it', async ({ page }) => {
  // Time flows as usual until the test moves it on (below).
  await page.clock.install();
  await page.goto('/lessons/real-time-ml');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Lesson navigation' }).scrollIntoViewIfNeeded();
  await expect(page.getByText(/You finished this lesson on /)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'this lesson now counts as read' })).toBeAttached();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sb:progress')!).data.lessons['real-time-ml']);
  expect(stored).toMatchObject({ via: 'end' });

  await page.getByRole('button', { name: 'Mark as not done' }).click();
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeFocused();
  // The end is still on screen, but an explicit "not done" wins for this visit (the end counts
  // after one second on screen; move the clock on further than that).
  await page.clock.runFor(1500);
  await expect(page.getByRole('button', { name: 'Mark as done' })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sb:progress')!).data.lessons)).toEqual({});
});

test('the home page offers to continue at the section last read', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();

  await page.goto(`/lessons/${LESSON}`);
  await page.waitForLoadState('networkidle');
  const heading = page.getByRole('main').locator('.prose > h2[id]').nth(2);
  const id = await heading.getAttribute('id');
  const title = (await heading.textContent())!.trim();
  await heading.evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sb:progress') ?? 'null')?.data.last?.section)).toBe(id);

  await page.goto('/');
  const link = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(link).toHaveAttribute('href', `/lessons/${LESSON}#${id}`);
  await expect(page.getByText(`, at “${title}”`)).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON}#${id}$`));
});
