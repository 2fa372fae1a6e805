import { createProcessor } from '@mdx-js/mdx';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * The line that separates a sample's hidden prelude (the declarations it assumes, such as
 * `declare const db: Db;`) from the code the learner reads. The same marker twoslash uses.
 */
const CUT_MARKER = '// ---cut---';

/** Languages whose samples the content checks compile or parse. */
const CHECKED_LANGS = ['ts', 'yaml'] as const;
type CheckedLang = (typeof CHECKED_LANGS)[number];

/** One fenced sample of a lesson, e.g. `{ lang: 'ts', line: 212, source: "type Order = …" }`. */
export type FoundSample = {
  lang: CheckedLang;
  /** The file line of the first line of code (the line after the opening fence). */
  line: number;
  /** The whole fence content, prelude included. */
  source: string;
};

/** The part of a sample shown to the learner: everything after the cut marker, if there is one. */
export function visiblePart(source: string): string {
  const lines = source.split('\n');
  const cut = lines.findIndex((l) => l.trim() === CUT_MARKER);
  return cut === -1 ? source : lines.slice(cut + 1).join('\n');
}

/**
 * Finds the ```ts and ```yaml fences of an MDX body with the parser the site compiles lessons
 * with. `firstLine` is the file line the body starts on, so `line` names the right file line.
 */
export function extractSamples(body: string, firstLine = 1): FoundSample[] {
  const tree = createProcessor().parse(body) as Root;
  const found: FoundSample[] = [];
  visit(tree, 'code', (node: Code) => {
    const lang = node.lang as CheckedLang | null | undefined;
    if (!lang || !CHECKED_LANGS.includes(lang)) return;
    found.push({ lang, line: (node.position?.start.line ?? 1) + firstLine, source: node.value });
  });
  return found;
}

/** Remark plugin: drops each sample's hidden prelude before the code is highlighted. */
export function remarkHidePrelude() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang === 'ts' || node.lang === 'tsx') node.value = visiblePart(node.value);
    });
  };
}
