import pg from 'pg';
import { expect, test } from './fixtures';
import { HostScreen, LearnerPhone } from './live-page';
import { LiveServer, embeddedLiveServer } from './live-server';
import { QUESTION_TYPES } from '../lib/quiz/registry';
import { readQuiz } from './quiz-page';

/**
 * The live class, end to end: an instructor's screen and three phone-width learner pages in one
 * browser, against a server this spec starts itself (so it can restart it mid-question), on the
 * embedded store in a temporary folder; then two instances on one PostgreSQL.
 */
test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3210);
const server = embeddedLiveServer(BASE_PORT + 10, 'live-e2e');

const QUIZZES = ['monoliths-and-microservices', 'migration-strategies'];
const all = QUIZZES.flatMap((quizId) => readQuiz(quizId).map((q, index) => ({ quizId, q, index })));
const everyType = all.filter((c, i) => all.findIndex((d) => d.q.type === c.q.type) === i);
const single = all.find((c) => c.q.type === 'single')!;
const numeric = all.find((c) => c.q.type === 'numeric')!;


test('a class joins by code, answers every question type, and sees the reveal', async ({ browser }) => {
  test.setTimeout(300_000);
  const { host, context } = await HostScreen.open(browser, server.url);
  const code = await host.start();
  const learners = [await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url)];
  await learners[0]!.join(code, 'Ana', { viaLink: true });
  await learners[1]!.join(code, 'Bo');
  await learners[2]!.join(code, '');
  await host.expectInRoom(3);
  await expect(learners[2]!.page.getByText(/^You are [A-Z][a-z]+ [A-Z][a-z]+ \d\d$/)).toBeVisible();

  expect(new Set(everyType.map((c) => c.q.type))).toEqual(new Set(QUESTION_TYPES));
  for (const { quizId, q, index } of everyType) {
    await host.openQuestion(quizId, q, index);
    await host.expectAnswered(0, 3);
    // The first learner answers right, the second wrong, the third not at all.
    await learners[0]!.answer(q);
    await learners[1]!.answer(q, { wrong: true });
    await host.expectAnswered(2, 3);
    await host.button('Reveal answer').click();
    await expect(host.page.getByRole('heading', { name: 'The answer' })).toBeVisible();
    await expect(host.page.getByText('2 answers')).toBeVisible();
    await expect(learners[0]!.page.getByRole('heading', { name: 'Right!' })).toBeVisible();
    await expect(learners[1]!.page.getByRole('heading', { name: /^(Not this time|Partly right)/ })).toBeVisible();
    await expect(learners[2]!.page.getByRole('heading', { name: 'You did not answer' })).toBeVisible();
  }
  // The missed questions are on the second learner's review list, on that device.
  await learners[1]!.page.goto('/review');
  await expect(learners[1]!.page.getByText(everyType[0]!.q.prompt).first()).toBeVisible();
  for (const l of learners) await l.close();
  await context.close();
});

test('a reload keeps identity and answer, and a server restart mid-question loses no answer', async ({ browser }) => {
  test.setTimeout(180_000);
  const { host, context } = await HostScreen.open(browser, server.url);
  const code = await host.start();
  const [ana, bo, cy] = [await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url)];
  await ana.join(code, 'Ana');
  await bo.join(code, 'Bo');
  await cy.join(code, 'Cy');
  await host.openQuestion(single.quizId, single.q, single.index);
  await ana.answer(single.q);

  await ana.page.reload();
  await expect(ana.page.getByText('You are Ana')).toBeVisible();
  await expect(ana.page.getByRole('button', { name: 'Answer sent' })).toBeVisible();

  await bo.answer(single.q, { wrong: true });
  await host.expectAnswered(2, 3);
  await server.stop();
  await expect(ana.page.getByText('Reconnecting…')).toBeVisible({ timeout: 15_000 });
  await server.start();
  // Every page reconnects by itself; nothing submitted was lost.
  for (const l of [ana, bo, cy]) await expect(l.page.getByText('Connected')).toBeVisible({ timeout: 20_000 });
  await expect(host.page.getByText('live', { exact: true })).toBeVisible({ timeout: 20_000 });
  await host.expectAnswered(2, 3);
  await cy.answer(single.q);
  await host.expectAnswered(3, 3);
  await host.page.reload();
  await host.button('Reveal answer').click();
  await expect(host.page.getByText('3 answers')).toBeVisible();
  await expect(ana.page.getByRole('heading', { name: 'Right!' })).toBeVisible();
  for (const l of [ana, bo, cy]) await l.close();
  await context.close();
});

test('a countdown closes at the server\'s deadline, even when the server was down at that moment', async ({ request }) => {
  test.setTimeout(120_000);
  const created = await (await request.post(`${server.url}/api/live/sessions`, { data: {} })).json();
  const api = `${server.url}/api/live/sessions/${created.code}`;
  const host = { Authorization: `Bearer ${created.hostToken}` };
  const ana = await (await request.post(`${api}/participants`, { data: { nickname: 'Ana' }, headers: { Authorization: '' } })).json();
  const opened = await request.post(`${api}/rounds`, { data: { question: `${single.quizId}/${single.q.id}`, seconds: 5 }, headers: host });
  expect(opened.status()).toBe(201);
  const { roundId, deadline } = await opened.json();
  await server.stop();
  await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now()) + 500));
  await server.start();
  // Nobody sends a command: the restarted server read the running countdown and closed it at its deadline.
  await expect
    .poll(async () => (await (await request.get(api, { headers: host })).json()).round, { timeout: 15_000 })
    .toMatchObject({ id: roundId, status: 'closed', closedAt: deadline });
  const late = await request.post(`${api}/rounds/${roundId}/responses`, { data: { response: { selected: single.q.choices![0]!.id } }, headers: { Authorization: `Bearer ${ana.participantToken}` } });
  expect(late.status()).toBe(409);
});

test('closed answers, a wrong code, a full session and a removed learner each get a clear message', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { host, context } = await HostScreen.open(browser, server.url);
  const code = await host.start();
  const [ana, bo] = [await LearnerPhone.open(browser, server.url), await LearnerPhone.open(browser, server.url)];
  await ana.join(code, 'Ana');
  await bo.join(code, '<b>Bo</b>');
  await expect(host.page.getByText('<b>Bo</b>', { exact: true })).toBeVisible();

  await host.openQuestion(numeric.quizId, numeric.q, numeric.index);
  await host.button('Close answers').click();
  await expect(ana.page.getByText('Answers are closed; you did not answer this one.')).toBeVisible();

  await host.page.getByRole('button', { name: 'Remove <b>Bo</b>' }).click();
  await expect(bo.page.getByText('The instructor removed you from this session.')).toBeVisible();
  await host.expectAnswered(0, 1);

  const wrong = await LearnerPhone.open(browser, server.url);
  await wrong.page.goto('/join');
  await wrong.page.getByLabel('Session code').fill('ZZZ ZZZ');
  await wrong.page.getByRole('button', { name: 'Next' }).click();
  await expect(wrong.page.getByRole('main').getByRole('alert')).toHaveText('No session has this code. Check it on the big screen.');

  const small = await (await request.post(`${server.url}/api/live/sessions`, { data: { maxParticipants: 1 } })).json();
  await request.post(`${server.url}/api/live/sessions/${small.code}/participants`, { data: {}, headers: { Authorization: '' } });
  await wrong.page.goto(`/join?code=${small.code}`);
  await wrong.page.getByRole('button', { name: 'Join' }).click();
  await expect(wrong.page.getByRole('main').getByRole('alert')).toHaveText('This session is full (1 learners). Ask the instructor.');

  await host.button('Lock to new learners').click();
  await wrong.page.goto(`/join?code=${code}`);
  await expect(wrong.page.getByRole('main').getByRole('alert')).toHaveText('The instructor has closed this session to new learners.');
  for (const l of [ana, bo, wrong]) await l.close();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`join, answer and projector screens pass axe in the ${theme} theme`, async ({ browser, expectNoA11yViolations }) => {
    test.setTimeout(120_000);
    const { host, context } = await HostScreen.open(browser, server.url);
    await host.page.addInitScript((t) => window.localStorage.setItem('sb-theme', t), theme);
    const code = await host.start();
    await expectNoA11yViolations(host.page);
    const learner = await LearnerPhone.open(browser, server.url, theme);
    await learner.page.goto('/join');
    await expect(learner.page.getByLabel('Session code')).toBeVisible();
    await expectNoA11yViolations(learner.page);
    await learner.join(code, 'Ana');
    await host.openQuestion(single.quizId, single.q, single.index);
    await expect(learner.page.getByText(single.q.prompt, { exact: true }).first()).toBeVisible();
    await expectNoA11yViolations(learner.page);
    await expectNoA11yViolations(host.page);
    await learner.answer(single.q);
    await host.button('Reveal answer').click();
    await expect(learner.page.getByRole('heading', { name: 'Right!' })).toBeVisible();
    await expectNoA11yViolations(host.page);
    await expectNoA11yViolations(learner.page);
    await learner.close();
    await context.close();
  });
}

test.describe('two instances on one PostgreSQL', () => {
  const admin = process.env.LIVE_TEST_DATABASE_URL;
  test.skip(!admin, 'needs LIVE_TEST_DATABASE_URL: npm test starts a PostgreSQL and sets it');
  const name = `live_e2e_${process.pid}`;
  let a: LiveServer;
  let b: LiveServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists ${name}`);
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(admin!);
    url.pathname = `/${name}`;
    a = new LiveServer(BASE_PORT + 20, { DATABASE_URL: url.toString() });
    b = new LiveServer(BASE_PORT + 21, { DATABASE_URL: url.toString() });
    await Promise.all([a.start(), b.start()]);
  });
  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists ${name}`);
    await client.end();
  });

  test('the instructor on one instance and the learners on the other see the same room', async ({ browser }) => {
    test.setTimeout(120_000);
    const { host, context } = await HostScreen.open(browser, a.url);
    const code = await host.start();
    const learners = [await LearnerPhone.open(browser, b.url), await LearnerPhone.open(browser, b.url), await LearnerPhone.open(browser, b.url)];
    for (const [i, l] of learners.entries()) await l.join(code, `Learner ${i + 1}`);
    await host.expectInRoom(3);
    await host.openQuestion(single.quizId, single.q, single.index);
    for (const l of learners) await l.answer(single.q);
    await host.expectAnswered(3, 3);
    await host.button('Reveal answer').click();
    await expect(host.page.getByText('3 answers')).toBeVisible();
    for (const l of learners) await expect(l.page.getByRole('heading', { name: 'Right!' })).toBeVisible();
    for (const l of learners) await l.close();
    await context.close();
  });
});

