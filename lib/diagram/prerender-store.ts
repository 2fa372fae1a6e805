import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagramKey } from './cache-key';
import type { DiagramTheme } from './theme';

/**
 * Where the build-time renderer keeps its drawings: `<key>.light.svg` and `<key>.dark.svg`,
 * committed with the lessons so a build needs no browser unless a diagram changed.
 */
export const PRERENDER_DIR = path.join('lib', 'diagram', 'prerendered');

export function prerenderFile(root: string, key: string, theme: DiagramTheme): string {
  return path.join(root, PRERENDER_DIR, `${key}.${theme}.svg`);
}

/** The Mermaid version installed, the one the site ships and the renderer loads. */
export function installedMermaidVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** A diagram drawn ahead of time in both themes, with the key its ids are prefixed with. */
export type Prerendered = { key: string; light: string; dark: string };

/** The cached drawings of a source, or null when either theme is missing (stale or new). */
export function readPrerendered(root: string, source: string, mermaidVersion: string): Prerendered | null {
  const key = diagramKey(source, mermaidVersion);
  const light = prerenderFile(root, key, 'light');
  const dark = prerenderFile(root, key, 'dark');
  if (!existsSync(light) || !existsSync(dark)) return null;
  return { key, light: readFileSync(light, 'utf8'), dark: readFileSync(dark, 'utf8') };
}
