import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';

/**
 * The tags a lesson or guide may write, e.g. `<Note>` or `<Quiz id="…" />`. Each has its component
 * in components/mdx/registry.tsx (the registry's type requires one per name); lower-case HTML
 * such as `<br />` is always allowed.
 */
export const COURSE_TAGS = ['Note', 'Pitfall', 'KeyIdea', 'Takeaways', 'CompareTable', 'Diagram', 'Builder', 'Quiz', 'SlideBreak', 'NoSlideBreak', 'SpeakerNotes'] as const;

/** A course tag's name, e.g. `"Pitfall"`. */
export type CourseTag = (typeof COURSE_TAGS)[number];

const KNOWN = new Set<string>(COURSE_TAGS);

/** The capitalised tags of an MDX body that are not course tags, with their lines, e.g. `[{ name: "Warning", line: 12 }]`. */
export function unknownTags(body: string, firstLine = 1): { name: string; line: number }[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as Root;
  const found: { name: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = (node as { name?: string | null }).name;
    if (name && /^[A-Z]/.test(name) && !KNOWN.has(name)) found.push({ name, line: (node.position?.start.line ?? 1) + firstLine - 1 });
  });
  return found;
}
