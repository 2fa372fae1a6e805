import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import type { QuestionType } from '../lib/quiz/schema';

/**
 * A page object for one quiz on a page. It reads the quiz's own YAML so the tests answer by
 * the data, not by lesson prose, and keep working as authors edit questions.
 */

type Choice = { id: string; text: string };
export type QuizQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  section: string;
  choices?: Choice[];
  reasons?: Choice[];
  answer?: unknown;
  items?: (Choice & { category?: string })[];
  pairs?: { id: string; prompt: string; answer: string }[];
  targets?: Choice[];
  categories?: { id: string; label: string }[];
};

export function readQuiz(id: string): QuizQuestion[] {
  return (parse(readFileSync(path.join(process.cwd(), 'content', 'quizzes', `${id}.yaml`), 'utf8')) as { questions: QuizQuestion[] }).questions;
}

export type Input = 'mouse' | 'keyboard';

export class QuizPage {
  readonly region: Locator;
  readonly feedback: Locator;
  readonly questions: QuizQuestion[];

  constructor(
    readonly page: Page,
    readonly quizId: string,
  ) {
    this.region = page.getByRole('region', { name: /^Quiz/ }).first();
    this.feedback = this.region.getByRole('status').last();
    this.questions = readQuiz(quizId);
  }

  async goto() {
    await this.page.goto(`/lessons/${this.quizId}`);
    await expect(this.region).toBeVisible();
    await this.page.waitForLoadState('networkidle');
    await this.ready();
  }

  /**
   * Brings the quiz on screen, as a learner scrolling to it does (its code loads only then), and
   * waits until React has hydrated it: its controls are disabled before that.
   */
  async ready() {
    await this.region.scrollIntoViewIfNeeded();
    await expect(this.region.getByRole('button', { name: /^(Check answer|Try again)$/ })).toBeEnabled();
  }

  question(type: QuizQuestion['type']): QuizQuestion {
    const q = this.questions.find((x) => x.type === type);
    if (!q) throw new Error(`quiz ${this.quizId} has no ${type} question`);
    return q;
  }

  button(name: string) {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** Walks forward with "Next question" until the question with this prompt shows. */
  async open(q: QuizQuestion) {
    const index = this.questions.indexOf(q);
    const position = this.region.getByText(/^Question \d+ of \d+/);
    for (let i = 0; i < 20; i++) {
      const text = (await position.textContent()) ?? '';
      const current = Number(/Question (\d+)/.exec(text)?.[1]) - 1;
      if (current === index) return;
      await this.button(current < index ? 'Next question' : 'Previous question').click();
      await expect(position).not.toHaveText(text);
    }
    throw new Error(`could not reach question ${q.id}`);
  }

  async check(input: Input) {
    if (input === 'keyboard') {
      await this.button('Check answer').focus();
      await this.page.keyboard.press('Enter');
    } else await this.button('Check answer').click();
  }

  /** Chooses one radio in a group by its label, by click or by arrow keys. */
  private async pick(group: Locator, label: string, input: Input) {
    const target = group.getByRole('radio', { name: label, exact: true });
    if (input === 'mouse') return target.check();
    const radios = group.getByRole('radio');
    await radios.first().focus();
    await this.page.keyboard.press('Space');
    for (let i = 0; i < 10 && !(await target.isChecked()); i++) await this.page.keyboard.press('ArrowDown');
    await expect(target).toBeChecked();
  }

  /** Chooses an option of a native select by arrow keys (keyboard) or selectOption (pointer). */
  private async choose(select: Locator, label: string, input: Input) {
    if (input === 'mouse') return void (await select.selectOption({ label }));
    await select.focus();
    const labels = await select.locator('option').allTextContents();
    const current = labels.indexOf((await select.locator('option:checked').textContent()) ?? '');
    const want = labels.indexOf(label);
    for (let i = current; i !== want; i += want > current ? 1 : -1) await this.page.keyboard.press(want > current ? 'ArrowDown' : 'ArrowUp');
    await expect(select.locator('option:checked')).toHaveText(label);
  }

  /** Answers the open question right (or, with `wrong`, with the first wrong option). */
  async answer(q: QuizQuestion, input: Input, { wrong = false } = {}) {
    await this.answerers[q.type](q, input, wrong);
  }

  /** Question type → how a learner answers it; a type missing here fails the type check. */
  private readonly answerers: Record<QuestionType, (q: QuizQuestion, input: Input, wrong: boolean) => Promise<void>> = {
    single: async (q, input, wrong) => {
      const id = wrong ? q.choices!.find((c) => c.id !== q.answer)!.id : (q.answer as string);
      await this.pick(this.region.getByRole('group', { name: q.prompt, exact: true }), choiceText(q.choices, id), input);
    },
    multiple: async (q, input, wrong) => {
      const key = q.answer as string[];
      const ids = wrong ? [key[0]!, q.choices!.find((c) => !key.includes(c.id))!.id] : key;
      for (const id of ids) {
        const box = this.region.getByRole('checkbox', { name: choiceText(q.choices, id), exact: true });
        if (input === 'mouse') await box.check();
        else {
          await box.focus();
          await this.page.keyboard.press('Space');
        }
      }
    },
    'true-false': (q, input, wrong) => this.verdictAndReason(q, input, wrong),
    scenario: (q, input, wrong) => this.verdictAndReason(q, input, wrong),
    numeric: async (q, input, wrong) => {
      const field = this.region.getByRole('textbox', { name: /^Your answer/ });
      const value = wrong ? '1' : String((q.answer as { value: number }).value);
      if (input === 'mouse') return field.fill(value);
      await field.focus();
      await this.page.keyboard.type(value);
    },
    ordering: (q, input, wrong) => this.order(q, input, wrong),
    matching: async (q, input, wrong) => {
      const r = this.region;
      for (const [i, pair] of q.pairs!.entries()) {
        const target = wrong && i === 0 ? q.targets!.find((t) => t.id !== pair.answer)!.text : choiceText(q.targets, pair.answer);
        const select = r.getByRole('combobox', { name: pair.prompt, exact: true });
        if (input === 'mouse') await this.roomToDrag();
        if (input === 'mouse') await r.getByRole('listitem').filter({ hasText: new RegExp(`^${escape(target)}$`) }).dragTo(r.getByText(pair.prompt, { exact: true }));
        else await this.choose(select, target, input);
        await expect(select.locator('option:checked')).toHaveText(target);
      }
    },
    categorize: async (q, input, wrong) => {
      const r = this.region;
      for (const [i, item] of q.items!.entries()) {
        const wanted = wrong && i === 0 ? q.categories!.find((c) => c.id !== item.category)! : q.categories!.find((c) => c.id === item.category)!;
        const select = r.getByRole('combobox', { name: `Category for “${item.text}”` });
        if (input === 'mouse') {
          // `has` is matched inside each card, so it takes a locator without the region prefix.
          const card = r.getByRole('listitem').filter({ has: this.page.getByRole('combobox', { name: `Category for “${item.text}”` }) });
          await this.roomToDrag();
          // Drop on the category's heading: the box grows downwards as cards arrive.
          await card.dragTo(r.getByRole('group', { name: new RegExp(`^${escape(wanted.label)} \\(`) }).getByText(new RegExp(`^${escape(wanted.label)} \\(`)));
        } else await this.choose(select, wanted.label, input);
        await expect(select.locator('option:checked')).toHaveText(wanted.label);
      }
    },
  };

  /** True-false and scenario questions: a first pick (the verdict or the recommendation), then the reason. */
  private async verdictAndReason(q: QuizQuestion, input: Input, wrong: boolean) {
    const key = q.answer as { verdict?: boolean; choice?: string; reason: string };
    const first = this.region.getByRole('group', { name: q.prompt, exact: true });
    if (q.type === 'true-false') await this.pick(first, (wrong ? !key.verdict : key.verdict) ? 'True' : 'False', input);
    else await this.pick(first, choiceText(q.choices, wrong ? q.choices!.find((c) => c.id !== key.choice)!.id : key.choice!), input);
    const reason = wrong ? q.reasons!.find((c) => c.id !== key.reason)!.id : key.reason;
    await this.pick(this.region.getByRole('group', { name: 'Why?', exact: true }), choiceText(q.reasons, reason), input);
  }

  /**
   * Headless Chromium drops an HTML5 drag when the page has to scroll between the source and the
   * target, which a real learner's browser autoscrolls through: give the page room so both fit.
   */
  private async roomToDrag() {
    const size = this.page.viewportSize();
    if (size && size.height < 1400) await this.page.setViewportSize({ width: size.width, height: 1400 });
  }

  /** Orders the items: by dragging (mouse) or by the Move buttons pressed from the keyboard. */
  private async order(q: QuizQuestion, input: Input, wrong: boolean) {
    const list = this.region.getByRole('list').filter({ has: this.page.getByRole('button', { name: /^Move / }) });
    const wanted = q.items!.map((i) => i.text);
    if (wrong) [wanted[0], wanted[1]] = [wanted[1]!, wanted[0]!];
    const texts = async () => (await list.getByRole('listitem').allTextContents()).map((t) => wanted.find((w) => t.includes(w))!);
    for (const [index, text] of wanted.entries()) {
      const from = (await texts()).indexOf(text);
      if (from === index) continue;
      if (input === 'mouse') {
        await list.getByRole('listitem').filter({ hasText: text }).dragTo(list.getByRole('listitem').nth(index));
      } else {
        await this.region.getByRole('button', { name: `Move “${text}” up` }).focus();
        for (let i = from; i > index; i--) await this.page.keyboard.press('Enter');
      }
      await expect.poll(async () => (await texts()).indexOf(text)).toBe(index);
    }
  }
}

const choiceText = (list: Choice[] | undefined, id: string) => list!.find((c) => c.id === id)!.text;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
