/** What a diagram says about itself for people who cannot see it. */
export type DiagramText = {
  /** From `accTitle:`, e.g. `"A retail monolith"`. */
  title?: string;
  /** From `accDescr:` (one line) or `accDescr { … }` (several). */
  description?: string;
};

/** Reads the `accTitle:` and `accDescr:` lines Mermaid turns into `<title>` and `<desc>`. */
export function diagramText(source: string): DiagramText {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const single = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const description = single ?? block?.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
