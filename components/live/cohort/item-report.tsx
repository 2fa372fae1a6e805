import type { ItemStats } from '@/lib/live/cohort/item-analysis';
import { percent } from './names';

const flagLabel = { 'most-wrong': 'Most got it wrong', 'unchosen-distractor': 'Unused option', 'negative-discrimination': 'Runs against the class' } as const;

/** How to read a discrimination value, in words an instructor can use. */
function discriminationWords(d: number | null): string {
  if (d === null) return 'cannot tell (too few answers, or everyone alike)';
  if (d < 0) return `${d.toFixed(2)}, stronger learners did worse`;
  if (d < 0.2) return `${d.toFixed(2)}, separates weakly`;
  if (d < 0.4) return `${d.toFixed(2)}, separates fairly`;
  return `${d.toFixed(2)}, separates well`;
}

/** One question of the session report: facility, discrimination, flags and the spread of answers. */
export function ItemReport({ item, round }: { item: ItemStats; round: number }) {
  const top = Math.max(1, ...item.options.map((o) => o.count));
  const rows = item.options.length
    ? item.options.map((o) => ({ key: o.key, label: o.label, count: o.count, correct: o.correct }))
    : [
        { key: 'right', label: 'All right', count: item.outcomes.right, correct: true },
        { key: 'partial', label: 'Partly right', count: item.outcomes.partial, correct: false },
        { key: 'wrong', label: 'Not right', count: item.outcomes.wrong, correct: false },
      ];
  const barTop = item.options.length ? top : Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="cohort-card rounded-md border border-[var(--line)] p-4" aria-labelledby={`item-${round}`}>
      <h3 id={`item-${round}`} className="text-lg font-bold">
        Round {round}: {item.prompt}
      </h3>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Answered</dt>
        <dd>{item.answered}</dd>
        <dt className="font-semibold">Share right (facility)</dt>
        <dd>{item.facility === null ? 'no answers' : percent(item.facility)}</dd>
        <dt className="font-semibold">Discrimination</dt>
        <dd>{discriminationWords(item.discrimination)}</dd>
      </dl>
      {item.flags.length ? (
        <ul className="mt-3 flex flex-col gap-2" aria-label="Points to check in this question">
          {item.flags.map((f, i) => (
            <li key={i} className="rounded-md border border-l-4 border-[var(--line)] border-l-[#9a6200] bg-[var(--panel)] p-2 text-sm dark:border-l-[#e0a63a]">
              <strong>{flagLabel[f.kind]}:</strong> {f.message}
            </li>
          ))}
        </ul>
      ) : null}
      <table className="mt-3 w-full text-sm">
        <caption className="sr-only">Answers to round {round}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-2">
              Answer
            </th>
            <th scope="col" className="w-1/3 py-1 pr-2">
              <span className="sr-only">Bar</span>
            </th>
            <th scope="col" className="py-1 text-right">
              Learners
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-[var(--line)]">
              <td className="py-1 pr-2">
                {r.label}
                {r.correct ? <strong> (right)</strong> : null}
              </td>
              <td className="py-1 pr-2" aria-hidden="true">
                <span className="cohort-bar" data-correct={r.correct} style={{ width: `${(r.count / barTop) * 100}%`, opacity: r.count ? 1 : 0.25 }} />
              </td>
              <td className="py-1 text-right tabular-nums">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
