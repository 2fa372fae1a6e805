import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, Response } from '@playwright/test';

/** Text found only in Mermaid's own code, to tell its chunks apart from the site's. */
export const MERMAID_MARKER = /No diagram type detected|mermaidAPI/;

/** How many ```mermaid fences a lesson file holds (the page must show as many diagrams). */
export function fencesInLesson(slug: string): number {
  const file = path.join(process.cwd(), 'content', 'lessons', `${slug}.mdx`);
  return (readFileSync(file, 'utf8').match(/^\s*(```|~~~)mermaid\s*$/gm) ?? []).length;
}

/** Collects the JavaScript the page downloads, to tell which of it holds what (Mermaid, the quiz…). */
export function watchScripts(page: Page) {
  const scripts: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .text()
        .then((body) => void scripts.push({ url: response.url(), body }))
        .catch(() => undefined),
    );
  });
  return {
    /** The scripts downloaded so far whose code matches `marker`. */
    async matching(marker: RegExp) {
      await Promise.all(pending);
      return scripts.filter((s) => marker.test(s.body)).map((s) => s.url);
    },
    mermaidScripts() {
      return this.matching(MERMAID_MARKER);
    },
  };
}

/** A diagram on a lesson page, found by the accessible name of its figure (its title). */
export class DiagramFigure {
  readonly figure: Locator;
  constructor(readonly page: Page, index = 0) {
    this.figure = page.locator('figure[data-diagram]').nth(index);
  }
  get editButton() {
    return this.figure.getByRole('button', { name: 'Edit diagram' });
  }
  get source() {
    return this.figure.getByRole('textbox', { name: 'Diagram source' });
  }
  /** The drawing the learner sees now (the theme's build-time SVG or the live one). */
  get visibleSvg() {
    return this.figure.locator('[data-diagram-theme] > svg').filter({ visible: true });
  }
  async mode() {
    return this.figure.getAttribute('data-diagram');
  }
  async edit(source: string) {
    if ((await this.editButton.getAttribute('aria-expanded')) !== 'true') await this.editButton.click();
    await this.source.fill(source);
  }
}
