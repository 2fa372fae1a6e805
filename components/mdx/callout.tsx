import type { ReactNode } from 'react';

const KINDS = {
  note: { label: 'Note', icon: 'ℹ', tone: 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/40' },
  pitfall: { label: 'Pitfall', icon: '⚠', tone: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40' },
  'key-idea': { label: 'Key idea', icon: '★', tone: 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40' },
} as const;

type Kind = keyof typeof KINDS;

/** A highlighted aside. `title` replaces the kind's label, e.g. `<Pitfall title="Shared databases">`. */
function Callout({ kind, title, children }: { kind: Kind; title?: string; children: ReactNode }) {
  const { label, icon, tone } = KINDS[kind];
  return (
    <aside aria-label={title ? `${label}: ${title}` : label} className={`not-prose my-6 rounded-r-lg border-l-4 px-5 py-4 ${tone}`}>
      <p className="mb-1 font-semibold">
        <span aria-hidden="true">{icon} </span>
        {title ?? label}
      </p>
      <div className="prose prose-slate max-w-none dark:prose-invert prose-p:my-2 prose-ul:my-2">{children}</div>
    </aside>
  );
}

type TagProps = { title?: string; children: ReactNode };

export const Note = (props: TagProps) => <Callout kind="note" {...props} />;
export const Pitfall = (props: TagProps) => <Callout kind="pitfall" {...props} />;
export const KeyIdea = (props: TagProps) => <Callout kind="key-idea" {...props} />;
