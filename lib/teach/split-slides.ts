import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import { headingIds as lessonHeadingIds } from '@/lib/content/headings';

/** A lesson heading a slide starts at, with the id it has on the lesson page. */
type SlideHeading = {
  /** e.g. `"the-big-bang"` */
  id: string;
  /** e.g. `"The big bang"` */
  text: string;
};

/**
 * One slide cut from a lesson body, before compiling. `content` slides carry MDX source slices
 * (compiled by `lib/content/mdx.tsx` like any lesson body); a `quiz` slide stands for a
 * `<Quiz id>` tag, which the presenter expands into one poll slide per question.
 */
export type SlideSource =
  | {
      kind: 'content';
      /** The slide's MDX, e.g. `"## The big bang\n\nIn a big-bang migration…"`. */
      source: string;
      /** The `<SpeakerNotes>` blocks on this slide, each as MDX including its tags. */
      notes: string[];
      /** The section of the lesson this slide shows: its own h2, or the one it continues. */
      section: SlideHeading | null;
      /** True when the slide carries on a section a previous slide started. */
      continued: boolean;
    }
  | { kind: 'quiz'; quizId: string; section: SlideHeading | null };

/** The tags that steer slide breaks; they render nothing on the lesson page. */
const SLIDE_TAGS = { breakBefore: 'SlideBreak', keepTogether: 'NoSlideBreak', notes: 'SpeakerNotes' } as const;

type Node = RootContent & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };

/**
 * Cuts a lesson body into slides:
 * - every `## heading` starts a slide, unless `<NoSlideBreak />` stands just before it (the
 *   heading then stays on the slide before);
 * - `<SlideBreak />` starts a slide where it stands (for a long section);
 * - `<SpeakerNotes>…</SpeakerNotes>` blocks leave the slide and become its notes;
 * - a `<Quiz id="…" />` becomes a slide of its own;
 * - text before the first heading is a slide of its own; a slide with nothing shown is dropped
 *   (its notes move to the slide before, or the next one when it is the first).
 * Only top-level tags count: inside a callout they are left alone.
 */
export function splitSlides(body: string): SlideSource[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body);
  const ids = headingIds(tree.children as Node[]);
  const slides: SlideSource[] = [];
  let current: Draft = draft(null, false);
  let keepNextHeading = false;
  // Notes written before anything is shown wait for the first slide.
  let orphanNotes: string[] = [];

  const close = () => {
    const source = current.parts.join('\n\n').trim();
    if (source) {
      slides.push({ kind: 'content', source, notes: [...orphanNotes, ...current.notes], section: current.section, continued: current.continued });
      orphanNotes = [];
      return;
    }
    const before = slides.findLast((s) => s.kind === 'content');
    if (before?.kind === 'content') before.notes.push(...current.notes);
    else orphanNotes.push(...current.notes);
  };

  for (const node of tree.children as Node[]) {
    const text = sliceOf(body, node);
    if (node.type === 'heading' && node.depth === 2 && !keepNextHeading) {
      close();
      current = draft(ids.get(node) ?? null, false);
      current.parts.push(text);
      continue;
    }
    keepNextHeading = false;
    if (isTag(node, SLIDE_TAGS.keepTogether)) {
      keepNextHeading = true;
      continue;
    }
    if (isTag(node, SLIDE_TAGS.breakBefore)) {
      close();
      current = draft(current.section, current.section !== null);
      continue;
    }
    if (isTag(node, SLIDE_TAGS.notes)) {
      current.notes.push(text);
      continue;
    }
    const quizId = isTag(node, 'Quiz') ? stringAttribute(node, 'id') : undefined;
    if (quizId) {
      close();
      slides.push({ kind: 'quiz', quizId, section: current.section });
      current = draft(current.section, current.section !== null);
      continue;
    }
    current.parts.push(text);
  }
  close();
  return slides;
}

type Draft = { parts: string[]; notes: string[]; section: SlideHeading | null; continued: boolean };

function draft(section: SlideHeading | null, continued: boolean): Draft {
  return { parts: [], notes: [], section, continued };
}

function sliceOf(body: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

/** A tag on its own lines is a flow element; written on one line with its text it is a paragraph holding it. */
function isTag(node: Node, name: string): boolean {
  if (node.type === 'mdxJsxFlowElement') return node.name === name;
  if (node.type !== 'paragraph') return false;
  const shown = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return shown.length === 1 && shown[0]!.type === 'mdxJsxTextElement' && shown[0]!.name === name;
}

function stringAttribute(node: Node, name: string): string | undefined {
  const element = node.type === 'paragraph' ? (node.children.find((c) => c.type === 'mdxJsxTextElement') as Node | undefined) : node;
  const attr = element?.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** The lesson's h2 headings with the ids the lesson page gives them (lib/content/headings.ts). */
function headingIds(nodes: Node[]): Map<Node, SlideHeading> {
  const ids = new Map<Node, SlideHeading>();
  for (const [node, { id, text, depth }] of lessonHeadingIds({ type: 'root', children: nodes } as Root)) {
    if (depth === 2) ids.set(node as Node, { id, text });
  }
  return ids;
}

/** The parts of a lesson a printed handout reprints, as MDX sources in lesson order. */
type HandoutParts = { diagrams: string[]; takeaways: string | null };

/** Finds the lesson's diagrams (```mermaid fences, anywhere) and its top-level `<Takeaways>` block. */
export function handoutParts(body: string): HandoutParts {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(body);
  const diagrams: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code' && node.lang === 'mermaid') diagrams.push('```mermaid\n' + node.value + '\n```');
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children) visit(child as Node);
  };
  (tree.children as Node[]).forEach(visit);
  const takeaways = (tree.children as Node[]).find((n) => isTag(n, 'Takeaways'));
  return { diagrams, takeaways: takeaways ? sliceOf(body, takeaways) : null };
}
