/** Dates as learners read them, in their own locale, e.g. "1 March 2025" (browser only, after hydration). */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'an unknown date' : date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** e.g. `percent({ earned: 7, total: 10 })` → `"70%"`. */
export function percent(score: { earned: number; total: number }): string {
  return `${Math.round((score.earned / score.total) * 100)}%`;
}
