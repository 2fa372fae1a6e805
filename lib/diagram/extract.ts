import { createProcessor } from '@mdx-js/mdx';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** One ```mermaid fence found in a file, e.g. `{ line: 33, source: "flowchart LR\n…" }`. */
type FoundDiagram = { line: number; source: string };

/**
 * Finds the ```mermaid fences of an MDX body with the same MDX parser the site compiles lessons
 * with, so each `source` is byte for byte what `<Diagram source>` receives. `firstLine` is the
 * file line the body starts on (after front matter), for messages that name the right line.
 */
export function extractDiagrams(body: string, firstLine = 1): FoundDiagram[] {
  const tree = createProcessor().parse(body) as Root;
  const found: FoundDiagram[] = [];
  visit(tree, 'code', (node: Code) => {
    if (node.lang === 'mermaid') found.push({ line: (node.position?.start.line ?? 1) + firstLine - 1, source: node.value });
  });
  return found;
}
