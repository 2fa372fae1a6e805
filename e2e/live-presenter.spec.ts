import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HostScreen, LearnerPhone } from './live-page';
import { embeddedLiveServer } from './live-server';
import { readQuiz } from './quiz-page';

/**
 * "Ask the room" from a poll slide: the instructor's presenter, the live tab it opens, and two
 * learners' phones in one browser, against a server this spec starts on the embedded store.
 */
test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3210);
const server = embeddedLiveServer(BASE_PORT + 30, 'live-presenter');
const LESSON = 'migration-strategies';
const questions = readQuiz(LESSON);


const counter = (page: Page) => page.getByText(/^Slide \d+ of \d+$/);

/**
 * Presses the bar's "Ask the room" from the keyboard. The bar fades and lets clicks through after
 * a few idle seconds (use-idle.ts), which a test cannot count on under load; focus keeps it shown.
 */
async function askTheRoom(deck: Page) {
  const ask = deck.getByRole('button', { name: 'Ask the room' });
  await ask.focus();
  await deck.keyboard.press('Enter');
}

/** Steps back from where the deck is until a poll slide offers "Ask the room"; returns its question. */
async function previousPoll(deck: Page) {
  const ask = deck.getByRole('button', { name: 'Ask the room' });
  for (let i = 0; i < 15; i++) {
    const before = (await counter(deck).textContent())!;
    await deck.keyboard.press('PageUp');
    await expect(counter(deck)).not.toHaveText(before);
    if (await ask.isVisible()) break;
  }
  await expect(ask).toBeVisible();
  const name = (await deck.getByRole('region', { name: /^Slide \d+ of \d+: Poll: / }).getAttribute('aria-label'))!;
  const prompt = name.replace(/^Slide \d+ of \d+: Poll: /, '');
  const q = questions.find((x) => x.prompt === prompt);
  expect(q, `the poll "${prompt}" is a question of ${LESSON}`).toBeTruthy();
  return q!;
}

test('"Ask the room" on a poll slide opens its question for the room, and answers reach the projector', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 720 } });
  const deck = await context.newPage();
  await deck.goto(`/lessons/${LESSON}/present`);
  await expect(counter(deck)).toHaveText(/^Slide 1 of/);
  // Slides without a question do not offer it.
  await expect(deck.getByRole('button', { name: 'Ask the room' })).toHaveCount(0);
  await deck.keyboard.press('End');
  const first = await previousPoll(deck);

  // No session yet: pressing it opens the live tab, which starts one and opens that question.
  const [tab] = await Promise.all([context.waitForEvent('page'), askTheRoom(deck)]);
  const host = new HostScreen(tab);
  await expect(tab.getByRole('heading', { name: /^Question \d+$/ })).toBeVisible({ timeout: 20_000 });
  await expect(tab.getByText(first.prompt, { exact: true }).first()).toBeVisible();
  await expect(tab).toHaveURL(/[?&]code=[A-Z0-9]{6}/);
  const code = new URL(tab.url()).searchParams.get('code')!;

  // Two learners join by the code and see that question.
  const learners = [await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url)];
  for (const [i, l] of learners.entries()) {
    await l.page.goto(`/join?code=${code}`);
    await l.page.getByLabel(/^Nickname/).fill(`Learner ${i + 1}`);
    await l.page.getByRole('button', { name: 'Join' }).click();
    await expect(l.page.getByText(`You are Learner ${i + 1}`)).toBeVisible();
    await expect(l.page.getByText(first.prompt, { exact: true }).first()).toBeVisible();
  }
  await host.expectAnswered(0, 2);
  await learners[0]!.answer(first);
  await host.expectAnswered(1, 2);
  await learners[1]!.answer(first, { wrong: true });
  await host.expectAnswered(2, 2);

  // Another poll slide: the same tab and the same session, now with this slide's question.
  const second = await previousPoll(deck);
  expect(second.id).not.toBe(first.id);
  await askTheRoom(deck);
  await expect(tab.getByText(second.prompt, { exact: true }).first()).toBeVisible({ timeout: 20_000 });
  expect(context.pages()).toHaveLength(2);
  await expect(tab).toHaveURL(new RegExp(`[?&]code=${code}`));
  await host.expectAnswered(0, 2);
  for (const l of learners) await expect(l.page.getByText(second.prompt, { exact: true }).first()).toBeVisible();
  await learners[0]!.answer(second);
  await host.expectAnswered(1, 2);
  await host.button('Reveal answer').click();
  await expect(tab.getByRole('heading', { name: 'The answer' })).toBeVisible();
  await expect(learners[0]!.page.getByRole('heading', { name: 'Right!' })).toBeVisible();
  await expect(learners[1]!.page.getByRole('heading', { name: 'You did not answer' })).toBeVisible();

  for (const l of learners) await l.close();
  await context.close();
});
