'use client';
import { useId } from 'react';
import type { DiagramError } from '@/lib/diagram/errors';

type Props = {
  id: string;
  draft: string;
  onChange: (draft: string) => void;
  onReset: () => void;
  changed: boolean;
  error: DiagramError | null;
};

/**
 * The live editor: the diagram's Mermaid source as an ordinary textarea (Tab leaves it, so the
 * keyboard is never trapped). A syntax error is shown with Mermaid's own message and line, tied
 * to the field with aria-describedby, while the drawing keeps its last good state.
 */
export function DiagramEditor({ id, draft, onChange, onReset, changed, error }: Props) {
  const errorId = useId();
  const hintId = useId();
  const lines = draft.split('\n').length;
  return (
    <div id={id} className="not-prose mt-3 rounded-md border border-[var(--line)] bg-[var(--panel)] p-3">
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
      <textarea
        id={`${id}-source`}
        value={draft}
        onChange={(event) => onChange(event.target.value)}
        rows={Math.min(Math.max(lines + 1, 6), 24)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${hintId} ${errorId}`}
        className="block w-full resize-y rounded-md border border-[var(--line)] bg-[var(--code-bg)] p-3 font-mono text-sm leading-relaxed text-[var(--ink)] focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--accent)]"
      />
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
