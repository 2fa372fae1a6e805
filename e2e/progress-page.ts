import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** A page object for `/progress`: its sections by heading, and export / import / reset. */
export class ProgressPage {
  readonly main: Locator;
  readonly summary: Locator;
  readonly alert: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.summary = this.main.getByText(/lessons read · \d+ of \d+ end-of-lesson quizzes finished/);
    this.alert = this.main.getByRole('alert');
    this.status = this.section('Move your progress to another device').getByRole('status');
  }

  async goto() {
    await this.page.goto('/progress');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(this.summary).toBeVisible();
    await this.page.waitForLoadState('networkidle');
  }

  section(title: string): Locator {
    return this.main.getByRole('region', { name: title });
  }

  module(title: string): Locator {
    return this.section('Completion by module').getByRole('listitem', { name: new RegExp(`^Module \\d+\\. ${title}$`) });
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** Clicks "Export progress" and returns the downloaded file's path and text. */
  async exportFile(): Promise<{ file: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.button('Export progress').click();
    const saved = await download;
    const file = await saved.path();
    expect(saved.suggestedFilename()).toMatch(/^service-boundaries-progress-\d{4}-\d{2}-\d{2}\.json$/);
    return { file, text: readFileSync(file, 'utf8') };
  }

  /** Chooses a file (a path, or a name with its content) through "Import progress from a file". */
  async importFile(file: string | { name: string; text: string }) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Import progress from a file').click();
    const files = typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) };
    await (await chooser).setFiles(files);
  }

  async reset() {
    await this.button('Reset progress').click();
    const dialog = this.page.getByRole('dialog', { name: 'Reset all your progress?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** Every lesson slug in course order, and every end-of-lesson quiz id, read from the content. */
function courseContent(): { lessons: string[]; finalQuizzes: string[] } {
  const source = readFileSync(path.join(process.cwd(), 'content', 'course.ts'), 'utf8');
  const lessons = [...source.matchAll(/lessons: \[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([a-z0-9-]+)'/g)].map((s) => s[1]!));
  const finalQuizzes = readdirSync(path.join(process.cwd(), 'content', 'quizzes'))
    .filter((f) => f.endsWith('.yaml') && !/-check-\d+\.yaml$/.test(f))
    .map((f) => f.slice(0, -'.yaml'.length));
  return { lessons, finalQuizzes };
}

/** Stored records for a learner who has read every lesson and finished every end-of-lesson quiz. */
export function finishedCourseRecords(name = ''): Record<string, string> {
  const { lessons, finalQuizzes } = courseContent();
  const at = '2025-03-01T10:00:00.000Z';
  const run = { earned: 8, total: 10, at };
  const progress = { lessons: Object.fromEntries(lessons.map((s) => [s, { readAt: at, via: 'end' }])), last: null, certificateName: name };
  const quizzes = Object.fromEntries(finalQuizzes.map((id) => [id, { questions: {}, runs: 1, best: run, last: run }]));
  return {
    'sb:progress': JSON.stringify({ v: 1, data: progress }),
    'sb:quiz': JSON.stringify({ v: 1, data: { quizzes } }),
  };
}

/** Sets stored records before any page script runs (once: a reload keeps what the page wrote since). */
export async function seedStorage(page: Page, records: Record<string, string>) {
  await page.addInitScript((r) => {
    if (sessionStorage.getItem('sb-e2e-seeded')) return;
    sessionStorage.setItem('sb-e2e-seeded', '1');
    for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v);
  }, records);
}
