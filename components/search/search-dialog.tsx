'use client';
import type MiniSearch from 'minisearch';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createIndex, highlight, searchGroups, type SearchDoc, type SearchKind } from '@/lib/search/engine';
import { EARLY_SEARCH_ID } from '@/lib/theme/early-controls';

type Props = { open: boolean; onClose: () => void };

let indexPromise: Promise<MiniSearch<SearchDoc>> | undefined;

/** Fetches the documents once per page and builds the index; later searches need no network. */
function loadIndex(): Promise<MiniSearch<SearchDoc>> {
  indexPromise ??= fetch('/search-index.json')
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<SearchDoc[]>;
    })
    .then(createIndex)
    .catch((err) => {
      indexPromise = undefined;
      throw err;
    });
  return indexPromise;
}

/**
 * Takes over the early search box (opened before hydration by the inline early-controls script):
 * returns what was typed there and removes the box. Null when there is none open.
 */
function takeEarlySearch(): string | null {
  const early = document.getElementById(EARLY_SEARCH_ID) as HTMLDialogElement | null;
  if (!early) return null;
  const text = early.open ? (early.querySelector('input')?.value ?? '') : null;
  early.close();
  early.remove();
  return text;
}

/** A result's kind in its own line (the group heading names it in the plural). */
const ONE_OF: Record<SearchKind, string> = { lesson: 'Lesson', section: 'Section', term: 'Glossary term', quiz: 'Quiz question' };
/** How many results of each kind show before "Show all". */
const PER_GROUP = 4;

/** Text with the matched words marked. */
function Marked({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-[#fde68a] px-0.5 text-inherit dark:bg-[#6b5200]">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function SearchDialog({ open, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [index, setIndex] = useState<MiniSearch<SearchDoc> | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<SearchKind[]>([]);
  const router = useRouter();
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const early = takeEarlySearch();
      dialog.showModal();
      const input = inputRef.current;
      if (early && input) {
        // Set before React renders the state, so the caret can go to the end of the text now.
        input.value = early;
        setQuery(early);
        input.focus();
        input.setSelectionRange(early.length, early.length);
      } else input?.select();
      loadIndex().then(setIndex, () => setFailed(true));
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  const groups = useMemo(() => (index ? searchGroups(index, query, PER_GROUP, expanded) : []), [index, query, expanded]);
  const hits = groups.flatMap((g) => g.hits);
  const total = groups.reduce((n, g) => n + g.total, 0);
  const status = failed
    ? 'The search index could not be loaded. Check your connection and try again.'
    : !index
      ? query
        ? 'Loading the search index…'
        : ''
      : query.trim().length < 2
        ? ''
        : hits.length === 0
          ? `No results for “${query.trim()}”.`
          : `${total} result${total === 1 ? '' : 's'}.`;

  const go = (href: string) => {
    onClose();
    router.push(href);
  };

  const moveFocus = (from: EventTarget, delta: number) => {
    const links = [...(listRef.current?.querySelectorAll('a') ?? [])];
    const i = links.indexOf(from as HTMLAnchorElement);
    const next = i + delta;
    if (next < 0) inputRef.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === dialogRef.current) onClose();
      }}
      className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-1rem))] rounded-lg border border-[var(--line)] bg-[var(--page)] p-0 text-[var(--ink)] shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between border-b border-[var(--line)] px-4 py-3">
        <h2 id={titleId} className="font-semibold">
          Search the course
        </h2>
        <button type="button" onClick={onClose} className="h-9 rounded px-3 text-sm hover:bg-[var(--panel)]">
          Close
        </button>
      </div>
      <div className="p-4">
        <label className="sr-only" htmlFor={`${titleId}-input`}>
          Search
        </label>
        <input
          ref={inputRef}
          id={`${titleId}-input`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder="Lessons, terms, quiz topics…"
          onChange={(e) => {
            setQuery(e.target.value);
            setExpanded([]);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.querySelector('a')?.focus();
            } else if (e.key === 'Enter' && hits[0]) {
              e.preventDefault();
              go(hits[0].href);
            }
          }}
          className="h-12 w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-3 text-base outline-none focus:border-[var(--accent)] focus:ring-2 focus:ring-[var(--accent)]"
        />
        <p role="status" className="mt-2 min-h-5 text-sm text-[var(--muted)]">
          {status}
        </p>
        <ul ref={listRef} aria-label="Search results" className="mt-2 max-h-[55vh] space-y-3 overflow-y-auto">
          {groups.map((group) => (
            <li key={group.kind}>
              <h3 id={`${titleId}-${group.kind}`} className="px-3 text-xs font-bold tracking-wide text-[var(--muted)] uppercase">
                {group.label} ({group.total})
              </h3>
              <ul aria-labelledby={`${titleId}-${group.kind}`} className="space-y-1">
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <a
                      href={hit.href}
                      onClick={(e) => {
                        e.preventDefault();
                        go(hit.href);
                      }}
                      onKeyDown={(e) => {
                        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                          e.preventDefault();
                          moveFocus(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
                        }
                      }}
                      className="block rounded-md px-3 py-2 hover:bg-[var(--panel)] focus:bg-[var(--panel)] focus:outline-2 focus:outline-[var(--accent)]"
                    >
                      <span className="block font-medium">
                        <Marked text={hit.title} terms={hit.terms} />
                      </span>
                      <span className="block text-xs text-[var(--muted)]">
                        {ONE_OF[hit.kind]} · {hit.context}
                      </span>
                      <span className="mt-0.5 block text-sm text-[var(--muted)]">
                        <Marked text={hit.snippet} terms={hit.terms} />
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
              {group.total > group.hits.length ? (
                <button
                  type="button"
                  onClick={() => setExpanded((kinds) => [...kinds, group.kind])}
                  className="mt-1 min-h-11 rounded px-3 text-sm font-medium text-[var(--accent)] underline underline-offset-2 hover:bg-[var(--panel)]"
                >
                  Show all {group.total} {group.label.toLowerCase()}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
