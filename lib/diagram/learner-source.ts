import type { DiagramError } from './errors';

/**
 * Guards for diagrams drawn live from source a learner may have typed. Mermaid draws on the
 * page's main thread (it measures text in the DOM, so it cannot run in a worker), and its layout
 * grows faster than the diagram: 1,000 nodes blocked the tab for 10 s. So a source above what
 * draws within about a second is refused with a reason, before Mermaid sees it.
 */
export const DRAW_LIMITS = {
  /** Characters of source. */
  characters: 6_000,
  /** Statements: non-blank lines, each usually one node, link or style. */
  statements: 150,
  /** Links between nodes (`-->`, `---`, `-.->`, `==>`, `->>`…), several may share a line. */
  links: 120,
} as const;

/** Counts of what makes a drawing slow, e.g. `{ characters: 120, statements: 6, links: 4 }`. Linear in the source. */
export function measureSource(source: string): { characters: number; statements: number; links: number } {
  let statements = 0;
  let links = 0;
  for (const line of source.split('\n')) {
    if (line.trim() !== '' && !line.trimStart().startsWith('%%')) statements += 1;
    // One link per run of two or more arrow characters ("-->", "-.->", "==>", "->>", "<-->"); a
    // hyphen inside a word ("read-only") is a run of one.
    let run = 0;
    for (let i = 0; i <= line.length; i++) {
      const c = line[i];
      if (c === '-' || c === '=' || c === '.' || c === '>' || c === '<') run += 1;
      else {
        if (run >= 2) links += 1;
        run = 0;
      }
    }
  }
  return { characters: source.length, statements, links };
}

/** Why a source is too large to draw live, or null when it may be drawn. */
export function checkDrawable(source: string): DiagramError | null {
  const size = measureSource(source);
  const over = (what: string, n: number, limit: number) => ({
    message: `This diagram is too large to draw here: it has ${n.toLocaleString('en')} ${what}, and the editor draws up to ${limit.toLocaleString('en')} so the page stays responsive. Remove some to see it drawn again.`,
  });
  if (size.statements > DRAW_LIMITS.statements) return over('lines', size.statements, DRAW_LIMITS.statements);
  if (size.links > DRAW_LIMITS.links) return over('links', size.links, DRAW_LIMITS.links);
  if (size.characters > DRAW_LIMITS.characters) return over('characters', size.characters, DRAW_LIMITS.characters);
  return null;
}

/**
 * Drops `click` lines (links and callbacks on nodes): a learner's diagram must not send the tab to
 * another site. Each becomes a comment, so Mermaid's line numbers still match the source shown.
 */
export function withoutClickLines(source: string): string {
  return source
    .split('\n')
    .map((line) => (/^\s*click\s/i.test(line) ? '%% link removed: diagrams drawn here do not open other pages' : line))
    .join('\n');
}
