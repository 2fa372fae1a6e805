import type { Browser } from '@playwright/test';

/** The Chromium binary every tool drives; undefined means Playwright's own browser. */
export function chromiumPath(): string | undefined;
/** The binary as a path, Playwright's own included (for Lighthouse). */
export function chromiumBinary(): string;
/** Flags every headless run uses. */
export const CHROMIUM_ARGS: string[];
/** Launches the chosen Chromium through Playwright. */
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
