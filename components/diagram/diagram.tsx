/**
 * The one component every ```mermaid fence reaches. The diagram's title and description come
 * from the source's `accTitle:` and `accDescr:` lines.
 */
export function Diagram({ source }: { source: string }) {
  const title = /^\s*accTitle:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = /^\s*accDescr:\s*(.+)$/m.exec(source)?.[1]?.trim();
  return (
    <figure className="my-6">
      <pre className="overflow-x-auto rounded-md border border-[var(--line)] bg-[var(--code-bg)] p-4 text-sm" tabIndex={0} aria-label={title ? `Diagram source: ${title}` : 'Diagram source'}>
        <code>{source}</code>
      </pre>
      {title || description ? (
        <figcaption className="mt-2 text-sm text-[var(--muted)]">
          {title ? <strong>{title}. </strong> : null}
          {description}
        </figcaption>
      ) : null}
    </figure>
  );
}
