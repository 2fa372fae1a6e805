'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { defaultBackend } from '@/lib/storage/browser-store';
import { describeStorageProblem, getStorageProblem, reportStorageProblem, subscribeStorageProblem } from '@/lib/storage/storage-health';

/**
 * The one notice, on every page, that what the learner does here will not be kept: storage is
 * blocked, or full (found by a small test write at load, or by a save the browser refused). It
 * sits at the foot of the window so it is seen wherever the learner is working, and can be hidden.
 */
export function StorageNotice() {
  const problem = useSyncExternalStore(subscribeStorageProblem, getStorageProblem, () => null);
  const [hidden, setHidden] = useState<string | null>(null);

  useEffect(() => {
    const found = defaultBackend();
    if (!found.persistent) reportStorageProblem('unavailable');
    else if (!found.writable) reportStorageProblem('full');
  }, []);

  const show = problem !== null && hidden !== problem;
  return (
    <div
      role="status"
      className={
        show
          ? 'no-print fixed inset-x-2 bottom-2 z-40 mx-auto flex max-w-3xl flex-wrap items-center gap-3 rounded-lg border-2 border-[#9a6200] bg-[var(--page)] p-3 text-sm shadow-lg dark:border-[#f0b84a]'
          : 'sr-only'
      }
    >
      {show ? (
        <>
          <p className="min-w-0 flex-1 basis-64">
            <strong>Your work on this page will not be kept.</strong> {describeStorageProblem(problem)}
          </p>
          <button
            type="button"
            onClick={() => setHidden(problem)}
            className="min-h-10 rounded-md border border-[var(--line)] px-3 font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
          >
            Hide this notice
          </button>
        </>
      ) : null}
    </div>
  );
}
