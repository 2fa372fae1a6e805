/**
 * Whether this browser keeps what the site saves, for the one notice every saving page shows.
 * Framework-free: a tiny store that `useSyncExternalStore` reads.
 */

/** Why saved work will not outlive the page: storage is blocked, or it refused a write (full). */
type StorageProblem = 'unavailable' | 'full' | null;

let problem: StorageProblem = null;
const listeners = new Set<() => void>();

export function reportStorageProblem(next: Exclude<StorageProblem, null>): void {
  // "Unavailable" says more than "full" (nothing is kept at all), so it is never downgraded.
  if (problem === next || problem === 'unavailable') return;
  problem = next;
  for (const l of listeners) l();
}

export function getStorageProblem(): StorageProblem {
  return problem;
}

export function subscribeStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice in plain words, e.g. for `"full"`. */
export function describeStorageProblem(p: Exclude<StorageProblem, null>): string {
  return p === 'unavailable'
    ? 'This browser is not letting the site keep anything (storage is turned off or blocked). Everything on this page still works, but your work here is lost when you leave or reload the page.'
    : 'This browser’s storage for the site is full, so your latest work was not saved. It is lost when you leave or reload the page. Freeing space in the browser (for example clearing data of sites you no longer use) lets saving resume.';
}
