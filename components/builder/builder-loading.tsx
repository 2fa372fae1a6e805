import { useId } from 'react';
import { buttonClass } from './ui';

/** The builder's main commands, as the toolbar shows them once the builder has loaded. */
const MAIN_CONTROLS = ['New service', 'Undo', 'Redo', 'Tidy layout', 'Reset'];

/**
 * What stands in for the builder while its code loads (the server's HTML, a slow network): the
 * main controls where they will be, marked unavailable (`aria-disabled`, dimmed) and described by
 * a visible "Getting the builder ready…", so nobody clicks a control that cannot answer yet.
 */
export function BuilderLoading() {
  const cue = useId();
  return (
    <div className="flex flex-col gap-3 p-1">
      <div role="toolbar" aria-label="Builder tools" className="flex flex-wrap items-center gap-2">
        {MAIN_CONTROLS.map((label) => (
          <button key={label} type="button" aria-disabled="true" aria-describedby={cue} className={`${buttonClass} cursor-wait opacity-50`}>
            {label}
          </button>
        ))}
      </div>
      <p id={cue} role="status" className="text-sm text-[var(--muted)]">
        <span aria-hidden="true" className="mr-1 inline-block animate-pulse">●</span>
        Getting the builder ready…
      </p>
    </div>
  );
}
