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

/** Collects the h2/h3 headings (after rehype-slug gave them ids) into `toc`. */
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
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const labels: string[] = [];
      visit(table, 'element', (cell: Element) => {
        if (cell.tagName === 'th') labels.push(toString(cell).trim());
      });
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
