import type { Locator, Page } from '@playwright/test';

/** The builder editor for one scenario, located by roles and accessible names. */
export class BuilderPage {
  constructor(readonly page: Page) {}

  async open(scenario = 'retail-shop', hash = '') {
    await this.page.goto(`/builder/${scenario}${hash}`);
    await this.canvas.locator('.react-flow__renderer').waitFor();
  }

  get palette(): Locator {
    return this.page.getByRole('region', { name: /^Palette/ });
  }
  get canvas(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Canvas' });
  }
  get evaluation(): Locator {
    return this.page.getByRole('region', { name: 'Evaluation' });
  }
  /** The builder's error message (Next's empty route announcer is also an alert). */
  get alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }
  get status(): Locator {
    return this.page.getByRole('status').filter({ hasNotText: /^$/ }).first();
  }
  /** A capability on the canvas (placed in a service). */
  node(name: string): Locator {
    return this.canvas.getByRole('button', { name: `Capability: ${name}`, exact: true });
  }
  /** A capability still in the palette. */
  paletteItem(name: string): Locator {
    return this.palette.getByRole('button', { name: `Capability: ${name}`, exact: true });
  }
  service(name: string): Locator {
    return this.canvas.getByRole('group', { name: `Service: ${name}`, exact: true });
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Drags with real mouse events, in small steps, as a person would. */
  async drag(from: Locator, to: { x: number; y: number }) {
    const box = (await from.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  async centreOf(locator: Locator) {
    const box = (await locator.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
