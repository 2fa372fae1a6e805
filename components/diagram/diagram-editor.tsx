'use client';
import { useEffect, useId, useRef } from 'react';
import type { DiagramError } from '@/lib/diagram/errors';

type Props = {
  id: string;
  draft: string;
  onChange: (draft: string) => void;
  onReset: () => void;
  changed: boolean;
  error: DiagramError | null;
  /** True when the learner opened the editor: it scrolls into view and takes the focus. */
  focusOnOpen?: boolean;
};

const TEXT = 'font-mono text-sm leading-relaxed';

/**
 * The live editor: the diagram's Mermaid source as an ordinary textarea (Tab leaves it, so the
 * keyboard is never trapped), with line numbers beside it so "line 11" of an error is easy to
 * find, and long lines kept whole (the field scrolls sideways) so the numbers stay true. A syntax
 * error is shown with Mermaid's own message and line, tied to the field with aria-describedby,
 * while the drawing keeps its last good state.
 */
export function DiagramEditor({ id, draft, onChange, onReset, changed, error, focusOnOpen = false }: Props) {
  const errorId = useId();
  const hintId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = draft.split('\n').length;

  useEffect(() => {
    if (!focusOnOpen) return;
    field.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, [focusOnOpen]);

  return (
    <div ref={panel} id={id} className="not-prose mt-3 rounded-md border border-[var(--line)] bg-[var(--panel)] p-3">
      <div className="mb-1 flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={`${id}-source`} className="text-sm font-semibold">
          Diagram source
        </label>
        <button
          type="button"
          onClick={onReset}
          disabled={!changed}
          className="inline-flex min-h-9 items-center rounded-md border border-[var(--line)] bg-[var(--page)] px-3 text-sm font-medium hover:border-[var(--accent)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)] disabled:cursor-not-allowed disabled:opacity-60"
        >
          Reset
        </button>
      </div>
      <p id={hintId} className="mb-2 text-xs text-[var(--muted)]">
        Mermaid syntax. The drawing redraws as you type.
      </p>
      <div className="flex rounded-md border border-[var(--line)] bg-[var(--code-bg)] focus-within:outline-2 focus-within:outline-offset-1 focus-within:outline-[var(--accent)]">
        <div ref={gutter} aria-hidden="true" data-testid="line-numbers" className={`${TEXT} shrink-0 select-none overflow-hidden border-r border-[var(--line)] py-3 pl-2 pr-2 text-right tabular-nums text-[var(--muted)]`}>
          {Array.from({ length: lines }, (_, i) => (
            <div key={i}>{i + 1}</div>
          ))}
        </div>
        <textarea
          ref={field}
          id={`${id}-source`}
          value={draft}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
          rows={Math.min(Math.max(lines + 1, 6), 24)}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${hintId} ${errorId}`}
          className={`${TEXT} block min-w-0 flex-1 resize-y overflow-x-auto whitespace-pre rounded-r-md bg-transparent p-3 text-[var(--ink)] outline-none`}
        />
      </div>
      <div id={errorId} className="mt-2">
        {error ? (
          <div className="rounded-md border-l-4 border-red-700 bg-[var(--page)] p-3 text-sm dark:border-red-400">
            <p className="font-semibold text-red-800 dark:text-red-300">
              {error.line ? `Syntax error on line ${error.line}.` : 'The diagram cannot be drawn.'} The drawing shows the last version that worked.
            </p>
            <pre tabIndex={0} aria-label="Mermaid's message" className="mt-2 overflow-x-auto whitespace-pre font-mono text-xs text-[var(--ink)]">{error.message}</pre>
          </div>
        ) : null}
      </div>
    </div>
  );
}
