import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { QuizPage, type Input, type QuizQuestion } from './quiz-page';

/** Page objects for the live class: the instructor's screen and a learner's phone. */

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export class HostScreen {
  constructor(readonly page: Page) {}

  static async open(browser: Browser, baseURL: string): Promise<{ host: HostScreen; context: BrowserContext }> {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 720 } });
    return { host: new HostScreen(await context.newPage()), context };
  }

  /** Starts a session from /teach and returns its code. */
  async start(): Promise<string> {
    await this.page.goto('/teach');
    await this.page.getByRole('link', { name: 'Start live session' }).click();
    await this.page.getByRole('button', { name: 'Start live session' }).click();
    await expect(this.page.getByRole('heading', { name: 'Join on your phone' })).toBeVisible({ timeout: 20_000 });
    return new URL(this.page.url()).searchParams.get('code')!;
  }

  async expectInRoom(n: number) {
    await expect(this.page.getByText(new RegExp(`^${n} learners? in the room`))).toBeVisible();
  }

  async openQuestion(quizId: string, q: QuizQuestion, index: number) {
    await this.page.getByRole('combobox', { name: 'Quiz' }).selectOption(quizId);
    await this.page.getByRole('button', { name: `Open question ${index + 1}: ${q.prompt}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: /^Question \d+$/ })).toBeVisible();
  }

  async expectAnswered(n: number, of: number) {
    await expect(this.page.getByTestId('answered')).toHaveText(`${n} of ${of}`);
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }
}

export class LearnerPhone {
  readonly quiz: QuizPage;
  constructor(readonly page: Page) {
    this.quiz = new QuizPage(page, 'monoliths-and-microservices');
    Object.assign(this.quiz, { region: page.getByRole('main') });
  }

  static async open(browser: Browser, baseURL: string, theme?: 'light' | 'dark'): Promise<LearnerPhone> {
    const context = await browser.newContext({ baseURL, ...PHONE });
    const page = await context.newPage();
    if (theme) await page.addInitScript((t) => window.localStorage.setItem('sb-theme', t), theme);
    return new LearnerPhone(page);
  }

  /** Joins by typing the code (or by the QR code's link when `viaLink`). */
  async join(code: string, nickname: string, { viaLink = false } = {}) {
    if (viaLink) await this.page.goto(`/join?code=${code}`);
    else {
      await this.page.goto('/join');
      await this.page.getByLabel('Session code').fill(code.toLowerCase());
      await this.page.getByRole('button', { name: 'Next' }).click();
    }
    await this.page.getByLabel(/^Nickname/).fill(nickname);
    await this.page.getByRole('button', { name: 'Join' }).click();
    await expect(this.page.getByText('You are in.')).toBeVisible();
  }

  async answer(q: QuizQuestion, { wrong = false, input = 'keyboard' as Input } = {}) {
    await expect(this.page.getByText(q.prompt, { exact: true }).first()).toBeVisible();
    await this.quiz.answer(q, input, { wrong });
    await this.page.getByRole('button', { name: /^(Send answer|Change my answer)$/ }).click();
    await expect(this.page.getByRole('button', { name: 'Answer sent' })).toBeVisible();
  }

  async close() {
    await this.page.context().close();
  }
}
