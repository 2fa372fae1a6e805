import type { Distribution } from '@/lib/live/question-round';

/**
 * The reveal's bars, as lists a screen reader reads in order ("Move one piece at a time: 12,
 * right answer"). The right answers are marked by text and a check, not by colour alone.
 */
export function BarChart({ distribution }: { distribution: Distribution }) {
  const max = Math.max(1, ...distribution.groups.flatMap((g) => g.bars.map((b) => b.count)));
  return (
    <div className="grid gap-5">
      {distribution.groups.map((group) => (
        <figure key={group.title} className="grid gap-2">
          <figcaption className="text-sm font-semibold tracking-wide text-[var(--muted)] uppercase">{group.title}</figcaption>
          <ul className="grid gap-2">
            {group.bars.map((bar) => (
              <li key={bar.id} className="grid gap-1">
                <div className="flex items-baseline justify-between gap-3">
                  <span className={bar.correct ? 'font-semibold' : ''}>
                    {bar.correct ? <span aria-hidden="true">✓ </span> : null}
                    {bar.label}
                    {bar.correct ? <span className="sr-only"> (right answer)</span> : null}
                  </span>
                  <span className="tabular-nums">{bar.count}</span>
                </div>
                <div className="h-4 rounded bg-[var(--panel)]" aria-hidden="true">
                  <div
                    className={`h-4 rounded ${bar.correct ? 'bg-[var(--accent)]' : 'bg-[var(--muted)]'}`}
                    style={{ width: `${(bar.count / max) * 100}%`, minWidth: bar.count ? '0.5rem' : 0 }}
                  />
                </div>
              </li>
            ))}
          </ul>
        </figure>
      ))}
      <p className="text-sm text-[var(--muted)]">
        {distribution.answered} {distribution.answered === 1 ? 'answer' : 'answers'}
      </p>
    </div>
  );
}
