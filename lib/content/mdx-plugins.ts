import type { Element, Root as HastRoot } from 'hast';
import type { Code, Root as MdastRoot } from 'mdast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** One entry of a lesson's "On this page" list. */
export type TocEntry = { id: string; text: string; depth: 2 | 3 };

/** Turns every ```mermaid fence into `<Diagram source="…" />`, so one component owns diagrams. */
export function remarkMermaid() {
  return (tree: MdastRoot) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: node.value }],
        children: [],
      } as unknown as Code;
    });
  };
}

/** Collects the h2/h3 headings (with the ids remarkHeadingIds gave them) into `toc`. */
export function rehypeCollectHeadings(toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string') {
        toc.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === 'h2' ? 2 : 3 });
      }
    });
  };
}

/** Gives each table cell the text of its column header, so narrow screens can show cards. */
export function rehypeTableLabels() {
  return (tree: HastRoot) => {
    const seen = new Map<string, number>();
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const labels: string[] = [];
      visit(table, 'element', (cell: Element) => {
        if (cell.tagName === 'th') labels.push(toString(cell).trim());
      });
      // Names the table's scroll frame after its columns, so several tables on a page differ.
      const columns = labels.filter(Boolean).join(', ');
      const count = (seen.get(columns) ?? 0) + 1;
      seen.set(columns, count);
      table.properties.dataColumns = count > 1 ? `${columns} (${count})` : columns;
      visit(table, 'element', (row: Element) => {
        if (row.tagName !== 'tr') return;
        let col = 0;
        for (const cell of row.children) {
          if (cell.type === 'element' && cell.tagName === 'td') {
            cell.properties.dataLabel = labels[col] ?? '';
            col += 1;
          }
        }
      });
    });
  };
}

/** What the glossary marker needs of a term. */
type MarkableTerm = { id: string; names: string[] };

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'th', 'figcaption', 'button']);

/**
 * Marks the first use of each glossary term in a lesson's prose as `<GlossaryTerm id="…">`, so
 * the reader can hover, focus or tap it for the definition. Headings, links, code and table
 * headers are left alone; longer names win over shorter ones ("API gateway" before "API").
 */
export function rehypeGlossary(terms: MarkableTerm[]) {
  const names = terms
    .flatMap((t) => t.names.map((name) => ({ id: t.id, name })))
    .filter((n) => n.name.length >= 3)
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return () => () => {};
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\w-])(${names.map((n) => escape(n.name)).join('|')})(?![\\w-])`, 'gi');
  const byName = new Map(names.map((n) => [n.name.toLowerCase(), n.id]));

  return () => (tree: HastRoot) => {
    const used = new Set<string>();
    const walk = (node: HastRoot | Element, skip: boolean) => {
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i]!;
        if (child.type === 'element') {
          walk(child, skip || SKIP.has(child.tagName));
          continue;
        }
        if ((child as { type: string }).type === 'mdxJsxFlowElement' || (child as { type: string }).type === 'mdxJsxTextElement') {
          const name = (child as unknown as { name: string | null }).name;
          // Inside course tags (callouts, takeaways) prose is marked too; inside others it is not.
          if (name && ['Note', 'Pitfall', 'KeyIdea', 'Takeaways', 'CompareTable'].includes(name)) walk(child as unknown as Element, skip);
          continue;
        }
        if (child.type !== 'text' || skip) continue;
        const parts: (typeof child | Element)[] = [];
        let last = 0;
        for (const match of child.value.matchAll(pattern)) {
          const id = byName.get(match[0].toLowerCase());
          if (!id || used.has(id)) continue;
          used.add(id);
          if (match.index > last) parts.push({ type: 'text', value: child.value.slice(last, match.index) });
          parts.push({
            type: 'mdxJsxTextElement',
            name: 'GlossaryTerm',
            attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
            children: [{ type: 'text', value: match[0] }],
          } as unknown as Element);
          last = match.index + match[0].length;
        }
        if (parts.length === 0) continue;
        if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
        node.children.splice(i, 1, ...(parts as typeof node.children));
        i += parts.length - 1;
      }
    };
    walk(tree, false);
  };
}
