import { expect, test, useTheme } from './fixtures';
import { ProgressPage, finishedCourseRecords, seedStorage } from './progress-page';

const AT = '2025-03-01T10:00:00.000Z';
const oneLessonRead = () => ({
  'sb:progress': JSON.stringify({ v: 1, data: { lessons: { 'real-time-ml': { readAt: AT, via: 'marked' } }, last: null, certificateName: '' } }),
});

test('damaged stored progress is explained, kept aside, and the page still works', async ({ page }) => {
  await seedStorage(page, { 'sb:progress': '{"v":1,"data":{"lessons":"oops"', 'sb:builder': JSON.stringify({ v: 1, data: { designs: {}, best: { 'retail-shop': 71 } } }) });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const progress = new ProgressPage(page);
  await progress.goto();
  const notice = progress.main.getByRole('heading', { name: 'Some saved progress could not be read' }).locator('..');
  await expect(notice).toContainText('Your saved lessons read could not be loaded (the saved data is not readable (it is not valid JSON)), so they count as empty here.');
  await expect(notice).toContainText('A copy of the old data was kept in this browser under “sb:progress:backup”.');
  expect(await page.evaluate(() => localStorage.getItem('sb:progress:backup'))).toBe('{"v":1,"data":{"lessons":"oops"');
  // The rest of the page reads the records that are fine.
  await expect(progress.summary).toHaveText(/^0 of \d+ lessons read/);
  await expect(progress.section('Builder scores')).toContainText('Best 71 / 100');

  // Learning carries on: the next lesson read replaces the damaged record.
  await page.goto('/lessons/real-time-ml');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await progress.goto();
  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read/);
  await expect(progress.main.getByRole('heading', { name: 'Some saved progress could not be read' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a wrong or damaged import file is explained and the current progress kept', async ({ page }) => {
  await seedStorage(page, oneLessonRead());
  const progress = new ProgressPage(page);
  await progress.goto();
  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read/);
  const before = await page.evaluate(() => localStorage.getItem('sb:progress'));

  await progress.importFile({ name: 'notes.json', text: '{"app":"service-boundaries","format":1,"records":{"sb:progress":{"v":1,"da' });
  await expect(progress.alert).toHaveText(/^“notes\.json” could not be imported\. This file could not be read: it is not valid JSON/);

  await progress.importFile({ name: 'package.json', text: '{"name":"something-else","version":"1.0.0"}' });
  await expect(progress.alert).toContainText('This is not a Service Boundaries progress file.');

  await progress.importFile({ name: 'future.json', text: JSON.stringify({ app: 'service-boundaries', format: 9, exportedAt: AT, records: {} }) });
  await expect(progress.alert).toContainText('exported by a newer version of the site');

  const allDamaged = { 'sb:progress': { v: 1, data: { lessons: 7 } }, 'sb:quiz': { v: 1, data: [] }, 'sb:builder': { v: 1, data: null } };
  await progress.importFile({ name: 'damaged.json', text: JSON.stringify({ app: 'service-boundaries', format: 1, exportedAt: AT, records: allDamaged }) });
  await expect(progress.alert).toContainText('Nothing in this file could be restored.');
  await expect(progress.alert).toContainText('Your progress in this browser is unchanged.');

  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read/);
  expect(await page.evaluate(() => localStorage.getItem('sb:progress'))).toBe(before);
  await expect(progress.status).toBeEmpty();
});

test('importing over existing progress asks first, and a partly damaged file restores what it can', async ({ page }) => {
  await seedStorage(page, oneLessonRead());
  const progress = new ProgressPage(page);
  await progress.goto();
  const records = {
    'sb:progress': { v: 1, data: { lessons: { 'real-time-ml': { readAt: AT, via: 'end' }, 'monoliths-and-microservices': { readAt: AT, via: 'end' } }, last: null, certificateName: '' } },
    'sb:quiz': { v: 1, data: { quizzes: { x: { questions: 'damaged' } } } },
  };
  const file = { name: 'partial.json', text: JSON.stringify({ app: 'service-boundaries', format: 1, exportedAt: AT, records }) };

  await progress.importFile(file);
  const dialog = page.getByRole('dialog', { name: 'Replace your progress with the file’s?' });
  await expect(dialog).toContainText('your lessons read.');
  await expect(dialog).toContainText('The quiz answers and scores in the file are damaged (the problem is at “quizzes.x.questions”)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(progress.button('Import progress from a file')).toBeFocused();
  await expect(progress.summary).toHaveText(/^1 of \d+ lessons read/);

  await progress.importFile(file);
  await dialog.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(progress.status).toContainText('Progress restored from the file exported on');
  await expect(progress.status).toContainText('The file holds no builder designs and best scores, so yours in this browser were kept.');
  await expect(progress.summary).toHaveText(/^2 of \d+ lessons read/);
});

test('with everything done, the certificate takes a name and prints alone', async ({ page }) => {
  await seedStorage(page, finishedCourseRecords());
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const progress = new ProgressPage(page);
  await progress.goto();
  // Everything the site lists is done (the seed covers every lesson and quiz in the content).
  await expect(progress.summary).toHaveText(/^(\d+) of \1 lessons read · (\d+) of \2 end-of-lesson quizzes finished$/);
  const section = progress.section('Certificate');
  await section.getByRole('button', { name: 'Print certificate' }).click();
  await expect(section.getByRole('status')).toHaveText('Type the name to print on the certificate first.');
  const name = section.getByRole('textbox', { name: 'Your name, as it should appear' });
  await expect(name).toBeFocused();
  await name.fill('Ada Lovelace');
  const certificate = section.getByRole('group', { name: 'Certificate of completion' });
  await expect(certificate).toContainText('Ada Lovelace');
  await expect(certificate).toContainText(/\d+ lessons read · \d+ end-of-lesson quizzes finished · completed on (1 March 2025|March 1, 2025)/);
  await section.getByRole('button', { name: 'Print certificate' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');

  await page.emulateMedia({ media: 'print' });
  await expect(certificate).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Completion by module' })).toBeHidden();
  await expect(name).toBeHidden();
  await expect(page.locator('body > header')).toBeHidden();

  // The name is kept in this browser for next time.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.getByRole('group', { name: 'Certificate of completion' })).toContainText('Ada Lovelace');
});

test('until everything is done, the certificate says what is left and nothing is hidden from print', async ({ page }) => {
  await seedStorage(page, oneLessonRead());
  const progress = new ProgressPage(page);
  await progress.goto();
  await expect(progress.section('Certificate')).toContainText(/more lessons to read and \d+ more end-of-lesson quizzes to finish\.$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Completion by module' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`/progress passes axe with progress, a dialog open and the certificate (${theme})`, async ({ page, expectNoA11yViolations }) => {
    await useTheme(page, theme);
    await seedStorage(page, oneLessonRead());
    const progress = new ProgressPage(page);
    await progress.goto();
    await expectNoA11yViolations();
    await progress.button('Reset progress').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoA11yViolations();
    await page.keyboard.press('Escape');

    await page.evaluate((records) => {
      for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v);
    }, finishedCourseRecords('Grace Hopper'));
    await page.reload();
    await expect(page.getByRole('group', { name: 'Certificate of completion' })).toContainText('Grace Hopper');
    await expectNoA11yViolations();
  });
}
