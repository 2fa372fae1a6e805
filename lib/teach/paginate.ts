import { createProcessor } from '@mdx-js/mdx';
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';

/**
 * Cutting one slide's MDX into as many slides as its content needs on a 16:9 projector.
 *
 * The slide's type is set in container units (presenter CSS), so every 16:9 frame lays a slide
 * out the same way, only larger or smaller: a height measured in ems at 1280×720 holds on any
 * projector. Lengths here are in ems of the slide's body text (about 31 px at 1280×720), from
 * the presenter CSS's own sizes. The estimate errs long; the slide view shrinks the few slides
 * it still gets wrong by a little (never below the room's smallest readable size).
 */
export const SLIDE_GEOMETRY = {
  /** The text column: 1280 px less 5cqw padding each side, over a 31.4 px em. */
  width: 36.6,
  /** The slide's height less its padding, with a margin for what the estimate misses. */
  height: 19.2,
  /** An average character of the slide's sans-serif face, in ems (bold and capitals run wider). */
  charWidth: 0.53,
  lineHeight: 1.4,
} as const;

/** A diagram's drawing size (its SVG viewBox), e.g. `{ width: 640, height: 380 }`. */
export type DrawingSize = { width: number; height: number };

type PaginateOptions = {
  /** The build-time drawing's size for a ```mermaid source (without fences), or null if unknown. */
  diagramSize?: (source: string) => DrawingSize | null;
  /** Room the slide gives up above its content, in ems (a continued slide's repeated heading). */
  reserved?: number;
  /** The slide continues a section already, so its first page reserves that room too. */
  continued?: boolean;
};

type Node = RootContent & { name?: string | null };
/** A block of the slide; a list or a table can be cut into runs of its items or rows. */
type Block = { source: string; height: number; keepWithNext: boolean; split?: Splittable };
type Splittable = { units: Unit[]; make: (units: Unit[]) => Block };
type Unit = { source: string; height: number };

const G = SLIDE_GEOMETRY;
/** A heading repeated on a slide that continues a section, in ems (h2: 1.6em × 1.15 + 0.6em). */
export const CONTINUED_HEADING = 2.45;

/**
 * Splits a slide's MDX between top-level blocks so each page fits; a list too long for one
 * slide splits between its items, a table between its rows (the header repeated). A heading or
 * a lead-in ending in a colon never ends a slide. Returns the pages' sources, in order.
 */
export function paginate(source: string, options: PaginateOptions = {}): string[] {
  const pages: string[][] = [];
  let page: Block[] = [];
  let used = 0;
  const room = () => G.height - (pages.length > 0 || options.continued ? (options.reserved ?? 0) : 0);
  const flush = () => {
    if (page.length) pages.push(page.map((b) => b.source));
    page = [];
    used = 0;
  };
  const add = (block: Block) => {
    page.push(block);
    used += block.height;
  };
  const queue = blocksOf(source, options);
  while (queue.length) {
    const block = queue.shift()!;
    if (used + block.height <= room()) {
      add(block);
      continue;
    }
    const fits = block.split ? longestRun(block.split, room() - used) : 0;
    if (fits > 0 && (page.length === 0 || room() - used > 3)) {
      // Fill what is left of this slide with the first items or rows; the rest goes on.
      const { units, make } = block.split!;
      add(make(units.slice(0, fits)));
      queue.unshift(make(units.slice(fits)));
      flush();
      continue;
    }
    if (page.length === 0) {
      add(block); // Taller than a slide and not divisible: alone, for the view to shrink.
      continue;
    }
    // Carry a trailing heading or lead-in over with what it introduces.
    const carried: Block[] = [];
    while (page.length > 1 && page[page.length - 1]!.keepWithNext) carried.unshift(page.pop()!);
    flush();
    carried.forEach(add);
    queue.unshift(block);
  }
  flush();
  return pages.map((p) => p.join('\n\n'));
}

/** How many leading units fit in `room` ems, leaving at least one behind (0 when none fits). */
function longestRun({ units, make }: Splittable, room: number): number {
  let k = 0;
  while (k < units.length - 1 && make(units.slice(0, k + 1)).height <= room) k++;
  return k;
}

function blocksOf(source: string, options: PaginateOptions): Block[] {
  const tree = createProcessor({ remarkPlugins: [remarkGfm] }).parse(source);
  return (tree.children as Node[]).map((node) => {
    const keepWithNext = node.type === 'heading' || (node.type === 'paragraph' && /:\s*$/.test(plainText(node)));
    const block: Block = { source: slice(source, node), height: heightOf(node, G.width, options), keepWithNext };
    if (node.type === 'list' && node.children.length > 1) block.split = listSplit(source, node, G.width, options);
    if (node.type === 'table' && node.children.length > 2) block.split = tableSplit(source, node);
    if (node.type === 'mdxJsxFlowElement') block.split = wrappedSplit(source, node, block.height, options);
    return block;
  });
}

/** Tags whose one list or table may run over several slides, the tag repeated around each run. */
const WRAPPERS = new Set(['Takeaways', 'CompareTable', 'Note', 'Pitfall', 'KeyIdea']);

/** `<Takeaways>` around one long list (or `<CompareTable>` around one long table), cut like the list. */
function wrappedSplit(source: string, node: Node, height: number, options: PaginateOptions): Splittable | undefined {
  const children = ('children' in node ? node.children : []) as Node[];
  const child = children[0];
  if (!WRAPPERS.has(node.name ?? '') || children.length !== 1 || !child) return undefined;
  const inner =
    child.type === 'list' && child.children.length > 1
      ? listSplit(source, child, G.width - 3, options)
      : child.type === 'table' && child.children.length > 2
        ? tableSplit(source, child)
        : undefined;
  if (!inner) return undefined;
  const open = source.slice(node.position!.start.offset, child.position!.start.offset);
  const close = source.slice(child.position!.end.offset, node.position!.end.offset);
  const overhead = height - inner.make(inner.units).height;
  const make = (run: Unit[]): Block => {
    const part = inner.make(run);
    return { source: open + part.source + close, height: part.height + overhead, keepWithNext: false, split: run.length > 1 ? { units: run, make } : undefined };
  };
  return { units: inner.units, make };
}

function listSplit(source: string, list: Node & { type: 'list' }, width: number, options: PaginateOptions): Splittable {
  const units = list.children.map((item) => ({ source: slice(source, item as Node), height: itemHeight(item as Node, width - 1.6, options) }));
  const make = (run: Unit[]): Block => ({
    source: run.map((u) => u.source).join('\n'),
    height: run.reduce((sum, u) => sum + u.height, 0.9),
    keepWithNext: false,
    split: run.length > 1 ? { units: run, make } : undefined,
  });
  return { units, make };
}

/** Each run of rows is a complete table: the header row, the delimiter row, then its rows. */
function tableSplit(source: string, table: Node & { type: 'table' }): Splittable {
  const header = slice(source, table).split('\n').slice(0, 2).join('\n');
  const columns = table.children[0]!.children.length;
  const headerHeight = rowHeight(table.children[0] as Node, columns) + 0.9 * 0.8;
  const units = table.children.slice(1).map((row) => ({ source: slice(source, row as Node), height: rowHeight(row as Node, columns) }));
  const make = (run: Unit[]): Block => ({
    source: [header, ...run.map((u) => u.source)].join('\n'),
    height: run.reduce((sum, u) => sum + u.height, headerHeight),
    keepWithNext: false,
    split: run.length > 1 ? { units: run, make } : undefined,
  });
  return { units, make };
}

function heightOf(node: Node, width: number, options: PaginateOptions): number {
  switch (node.type) {
    case 'heading':
      return node.depth <= 2 ? textHeight(plainText(node), width, 1.6, 1.15) + 0.6 : textHeight(plainText(node), width, 1.2, 1.4) + 1.32;
    case 'paragraph':
      return textHeight(plainText(node), width, 1, G.lineHeight) + 0.9;
    case 'list':
      return node.children.reduce((sum, item) => sum + itemHeight(item as Node, width - 1.6, options), 0) + 0.9;
    case 'table': {
      const columns = node.children[0]?.children.length ?? 1;
      return node.children.reduce((sum, row) => sum + rowHeight(row as Node, columns), 0) + 0.9 * 0.8;
    }
    case 'code':
      if (node.lang === 'mermaid') return diagramHeight(node.value, width, options);
      return (node.value.split('\n').length * 1.7 + 2) * 0.7 + 0.9;
    case 'blockquote':
      return childrenHeight(node, width - 1.5, options) + 0.9;
    case 'mdxJsxFlowElement':
      return elementHeight(node, width, options);
    default:
      return 0;
  }
}

/** Callouts and takeaways: a title line, 1em of padding each side, 0.5em margins (presenter CSS). */
function elementHeight(node: Node, width: number, options: PaginateOptions): number {
  const name = node.name ?? '';
  if (name === 'Diagram') {
    const attr = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes?.find((a) => a.name === 'source');
    return diagramHeight(typeof attr?.value === 'string' ? attr.value : '', width, options);
  }
  if (name === 'Builder') return 7;
  if (name === 'CompareTable') return childrenHeight(node, width, options) + 1.6;
  const inner = childrenHeight(node, width - 3, options);
  if (name === 'Takeaways') return inner + 1.6 + 3 + 1;
  return inner + G.lineHeight + 2 + 1;
}

function childrenHeight(node: Node, width: number, options: PaginateOptions): number {
  const children = ('children' in node ? node.children : []) as Node[];
  return children.reduce((sum, child) => sum + heightOf(child, width, options), 0);
}

function itemHeight(item: Node, width: number, options: PaginateOptions): number {
  const children = ('children' in item ? item.children : []) as Node[];
  // Paragraphs inside an item have no margins of their own; items are 0.15em apart.
  return children.reduce((sum, c) => sum + (c.type === 'paragraph' ? textHeight(plainText(c), width, 1, G.lineHeight) : heightOf(c, width, options)), 0) + 0.3;
}

/** A table row at 0.8em with 0.35em/0.6em cell padding: its tallest cell. */
function rowHeight(row: Node, columns: number): number {
  const cells = ('children' in row ? row.children : []) as Node[];
  const cellWidth = G.width / 0.8 / Math.max(columns, 1) - 1.2;
  const tallest = Math.max(1, ...cells.map((c) => Math.ceil((plainText(c).length * G.charWidth) / Math.max(cellWidth, 2))));
  return (tallest * 1.3 + 0.7) * 0.8;
}

/**
 * A diagram at the width of the slide, or smaller: the slide view scales a drawing to the room
 * its slide leaves, so a tall one asks for at most a slide less a title and a line. Its caption
 * takes a line at 0.8em.
 */
function diagramHeight(source: string, width: number, options: PaginateOptions): number {
  const size = options.diagramSize?.(source);
  const caption = 0.8 * G.lineHeight + 1;
  if (!size || size.width <= 0) return 10 + caption;
  const natural = (width * size.height) / size.width;
  // Never squeezed below half its natural height nor 7em; never asks for more than a slide.
  return Math.min(Math.max(Math.min(natural, G.height - 5), Math.min(natural, 7)), G.height - 2) + caption;
}

function textHeight(text: string, width: number, font: number, lineHeight: number): number {
  const perLine = width / font / G.charWidth;
  const lines = Math.max(1, Math.ceil(text.length / perLine));
  return lines * lineHeight * font;
}

function slice(source: string, node: Node): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function plainText(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(plainText).join('') : '';
}
