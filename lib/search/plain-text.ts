/** Turns an MDX section into plain text for the search index: no code, tags or Markdown marks. */
export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/```mermaid\n([\s\S]*?)```/g, (_m, src: string) => {
      // A diagram is searchable by its title and description.
      const title = /accTitle:\s*(.+)/.exec(src)?.[1] ?? '';
      const desc = /accDescr:\s*(.+)/.exec(src)?.[1] ?? '';
      return ` ${title}. ${desc} `;
    })
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Z][^>]*?title="([^"]*)"[^>]*>/g, ' $1. ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/!\[[^[\]]*\]\([^()[\]]*\)/g, ' ')
    .replace(/\[([^[\]]+)\]\([^()[\]]*\)/g, '$1')
    .replace(/^[ \t]*(?:\|[ \t]*)?:?-{3,}.*$/gm, ' ')
    .replace(/[*_`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits an MDX body at its `##`/`###` headings (outside code fences), in order. */
export function splitSections(body: string): { heading: string; content: string }[] {
  const sections: { heading: string; content: string }[] = [];
  let current: { heading: string; lines: string[] } = { heading: '', lines: [] };
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) inFence = !inFence;
    const m = !inFence && /^(##|###)\s+(.+?)\s*$/.exec(line);
    if (m) {
      sections.push({ heading: current.heading, content: current.lines.join('\n') });
      current = { heading: m[2]!, lines: [] };
    } else current.lines.push(line);
  }
  sections.push({ heading: current.heading, content: current.lines.join('\n') });
  return sections;
}
