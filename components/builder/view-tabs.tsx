'use client';

export type View = 'canvas' | 'table';
const VIEWS: { id: View; label: string }[] = [
  { id: 'canvas', label: 'Canvas' },
  { id: 'table', label: 'Table' },
];

/** Canvas or table: two views of the same design (WAI-ARIA tabs, arrow keys switch). */
export function ViewTabs({ view, onChange, idPrefix }: { view: View; onChange: (view: View) => void; idPrefix: string }) {
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = view === 'canvas' ? 'table' : 'canvas';
    onChange(next);
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-tab-${next}`)?.focus());
  };
  return (
    <div role="tablist" aria-label="View" className="flex gap-1" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          id={`${idPrefix}-tab-${v.id}`}
          type="button"
          role="tab"
          aria-selected={view === v.id}
          aria-controls={view === v.id ? `${idPrefix}-panel-${v.id}` : undefined}
          tabIndex={view === v.id ? 0 : -1}
          onClick={() => onChange(v.id)}
          className={`min-h-10 rounded-t-md border-b-2 px-4 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-[var(--accent)] ${view === v.id ? 'border-[var(--accent)] text-[var(--ink)]' : 'border-transparent text-[var(--muted)] hover:text-[var(--ink)]'}`}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
