import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

/** A heading of a lesson with the id its page gives it, e.g. `{ id: "the-big-bang", text: "The big bang", depth: 2 }`. */
type LessonHeading = { id: string; text: string; depth: number };

/**
 * The one place heading ids are made. Every heading of the tree, in document order, gets
 * github-slugger's slug of its text (so a repeated "Setup" becomes `setup`, then `setup-1`,
 * counting every level). The lesson page (remarkHeadingIds), the "On this page" list, search, the
 * quiz's section links, the presenter's slides and the content tests all read ids from here.
 */
export function headingIds(tree: Root): Map<Heading, LessonHeading> {
  const slugger = new GithubSlugger();
  const ids = new Map<Heading, LessonHeading>();
  visit(tree, 'heading', (node: Heading) => {
    const text = plainText(node).trim();
    ids.set(node, { id: slugger.slug(text), text, depth: node.depth });
  });
  return ids;
}

/** The headings of an MDX body (fences, `~~~` ones too, are code, not headings). */
export function lessonHeadings(body: string): LessonHeading[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as Root;
  return [...headingIds(tree).values()];
}

/** Remark plugin for the lesson page: gives each heading element the id headingIds made. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const [node, { id }] of headingIds(tree)) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
  };
}

/** The text a heading reads as once rendered: inline code and emphasis reduced to their words. */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
