import { IntentLink } from '@/components/ui/intent-link';
import type { ModuleStatus } from '@/lib/progress/summary';
import { formatDay, percent } from './format';

/** Completion per module: a bar, then each lesson with when it was read and its quiz best. */
export function ModuleList({ modules }: { modules: ModuleStatus[] }) {
  return (
    <ol className="grid gap-6">
      {modules.map((mod, m) => {
        const label = `${mod.read} of ${mod.total} lessons read`;
        return (
          <li key={mod.id} aria-labelledby={`progress-${mod.id}`} className="rounded-lg border border-[var(--line)] p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4">
              <h3 id={`progress-${mod.id}`} className="text-lg font-semibold">
                <span className="text-[var(--muted)]">Module {m + 1}.</span> {mod.title}
              </h3>
              <p className="text-sm font-semibold">{label}</p>
            </div>
            <progress
              value={mod.read}
              max={mod.total}
              aria-label={`${mod.title}: ${label}`}
              className="sb-progress mt-2 h-2 w-full overflow-hidden rounded-full"
            />
            <ul className="mt-3 divide-y divide-[var(--line)] text-sm">
              {mod.lessons.map((l) => (
                <li key={l.slug} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                  <IntentLink href={`/lessons/${l.slug}`} className="text-[var(--accent)] underline-offset-2 hover:underline">
                    {l.number}. {l.title}
                  </IntentLink>
                  <span className="text-[var(--muted)]">
                    {l.readAt ? (
                      <>
                        <span aria-hidden="true" className="font-bold text-emerald-700 dark:text-emerald-300">
                          ✓{' '}
                        </span>
                        Read {formatDay(l.readAt)}
                      </>
                    ) : (
                      'Not read yet'
                    )}
                    {l.quiz ? ` · quiz best ${percent(l.quiz)}` : null}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
