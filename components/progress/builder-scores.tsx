import Link from 'next/link';
import type { ScenarioScore } from '@/lib/progress/summary';

/** Each builder scenario with the learner's best score, or "not tried yet". */
export function BuilderScores({ scores }: { scores: ScenarioScore[] }) {
  return (
    <ul className="grid gap-x-6 sm:grid-cols-2">
      {scores.map((s) => (
        <li key={s.id} className="flex items-baseline justify-between gap-4 border-b border-[var(--line)] py-2 text-sm">
          <Link href={`/builder/${s.id}`} className="text-[var(--accent)] underline-offset-2 hover:underline">
            {s.title}
          </Link>
          <span className={s.best === null ? 'text-[var(--muted)]' : 'font-semibold'}>{s.best === null ? 'Not tried yet' : `Best ${s.best} / 100`}</span>
        </li>
      ))}
    </ul>
  );
}
