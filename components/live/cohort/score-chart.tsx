import type { ScoreDistribution } from '@/lib/live/cohort/scores';
import { learners } from './names';

/** The class's scores in bins of ten, as a list of labelled bars, with the median and range in words. */
export function ScoreChart({ scores, title = 'Scores' }: { scores: ScoreDistribution; title?: string }) {
  const top = Math.max(1, ...scores.bins.map((b) => b.count));
  return (
    <figure className="cohort-card">
      <figcaption className="font-semibold">{title}</figcaption>
      {scores.count ? (
        <p className="text-sm">
          Median {scores.median}, mean {scores.mean}, from {scores.min} to {scores.max} ({learners(scores.count)}).
        </p>
      ) : (
        <p className="text-sm text-[var(--muted)]">No score yet.</p>
      )}
      <ul className="mt-2 flex flex-col gap-1">
        {[...scores.bins].reverse().map((b) => (
          <li key={b.from} className="grid grid-cols-[4.5rem_1fr_2.5rem] items-center gap-2 text-sm">
            <span>
              {b.from}–{b.to}
            </span>
            <span aria-hidden="true">
              <span className="cohort-bar" style={{ width: `${(b.count / top) * 100}%`, opacity: b.count ? 1 : 0.25 }} />
            </span>
            <span className="text-right tabular-nums">
              {b.count}
              <span className="sr-only"> {b.count === 1 ? 'learner' : 'learners'}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
