'use client';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { useEarlyHandover } from '@/components/ui/use-early-handover';
import { EARLY_ATTR, EARLY_SEARCH_ID } from '@/lib/theme/early-controls';

// The dialog and the search engine load only when search is first opened.
const SearchDialog = dynamic(() => import('./search-dialog').then((m) => m.SearchDialog), { ssr: false });

/**
 * Opens course search: the button, Ctrl+K / ⌘K, or "/" outside a text field. Before hydration
 * the inline early-controls script answers all three with a small search box; if that box is
 * open when this button hydrates, the dialog opens at once and takes over what was typed.
 */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const ref = useEarlyHandover<HTMLButtonElement>();

  // The early box stays on screen (and takes keystrokes) until the dialog opens and reads it.
  useEffect(() => {
    if (!(document.getElementById(EARLY_SEARCH_ID) as HTMLDialogElement | null)?.open) return;
    const frame = requestAnimationFrame(() => {
      setLoaded(true);
      setOpen(true);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        ref={ref}
        type="button"
        {...{ [EARLY_ATTR]: 'search' }}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-keyshortcuts="Control+K /"
        className="inline-flex h-10 items-center gap-2 rounded-md border border-[var(--line)] px-3 text-sm font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
      >
        <span aria-hidden="true">⌕</span>
        <span className="sr-only sm:not-sr-only">Search</span>
        <kbd aria-hidden="true" className="hidden rounded border border-[var(--line)] px-1 text-xs text-[var(--muted)] md:inline">
          Ctrl K
        </kbd>
      </button>
      {loaded ? <SearchDialog open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
