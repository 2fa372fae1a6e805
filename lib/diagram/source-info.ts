/** What a diagram says about itself for people who cannot see it. */
type DiagramText = {
  /** From `accTitle:`, e.g. `"A retail monolith"`. */
  title?: string;
  /** From `accDescr:` (one line) or `accDescr { … }` (several). */
  description?: string;
};

/** Reads the `accTitle:` and `accDescr:` lines Mermaid turns into `<title>` and `<desc>`. */
export function diagramText(source: string): DiagramText {
  // Spaces, not \s, before the keyword: \s would cross lines and make the search quadratic.
  const title = /^[ \t]*accTitle[ \t]*:(.*)$/m.exec(source)?.[1]?.trim() || undefined;
  const single = /^[ \t]*accDescr[ \t]*:(.*)$/m.exec(source)?.[1]?.trim() || undefined;
  const block = /^[ \t]*accDescr[ \t]*\{([^}]*)\}/m.exec(source)?.[1];
  const description = single ?? block?.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return { ...(title ? { title } : {}), ...(description ? { description } : {}) };
}
