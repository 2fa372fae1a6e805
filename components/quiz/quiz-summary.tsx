import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { QuizItem } from '@/lib/quiz/load';
import { CERTAINTY_LABELS } from '@/lib/quiz/progress';
import type { Summary } from '@/lib/quiz/summary';
import { primaryButton, secondaryButton } from './styles';

type Props = {
  summary: Summary;
  items: QuizItem[];
  missed: number;
  onRetake: (only: 'all' | 'missed') => void;
  /** Practice runs live on the review page already. */
  linkToReview: boolean;
};

/** The end of a quiz: score, calibration, sections to review, and the ways to go again. */
export function QuizSummary({ summary, items, missed, onRetake, linkToReview }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const promptOf = (key: string) => items.find((i) => i.key === key)?.question.prompt ?? key;

  return (
    <div className="grid gap-5">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-bold focus:outline-none">
        Your results
      </h3>
      <p>
        You scored <strong>{summary.earned} of {summary.total} points ({summary.total > 0 ? Math.round((summary.earned / summary.total) * 100) : 0}%)</strong>; {summary.right} of {summary.count}{' '}
        {summary.count === 1 ? 'question' : 'questions'} fully right.
      </p>

      {summary.calibration.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full max-w-md text-left text-sm">
            <caption className="mb-2 text-left font-semibold">How sure you were, and how it went</caption>
            <thead>
              <tr className="border-b border-[var(--line)]">
                <th scope="col" className="py-1 pr-4">You said</th>
                <th scope="col" className="py-1 pr-4">Fully right</th>
                <th scope="col" className="py-1">Not fully right</th>
              </tr>
            </thead>
            <tbody>
              {summary.calibration.map((row) => (
                <tr key={row.level} className="border-b border-[var(--line)]">
                  <th scope="row" className="py-1 pr-4 font-medium">{CERTAINTY_LABELS[row.level]}</th>
                  <td className="py-1 pr-4">{row.right}</td>
                  <td className="py-1">{row.wrong}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-[var(--muted)]">
          Tip: rate how sure you are before checking. The summary then shows how well your confidence matches your answers.
        </p>
      )}

      {summary.confidentWrong.length > 0 ? (
        <div className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 dark:border-red-400 dark:bg-red-950/40">
          <p className="font-semibold">Sure, but not right: the most useful to relearn</p>
          <p className="mb-2 text-sm">A mistake you are sure of is the one you would act on at work. These questions stay on your review page until you get them right.</p>
          <ul className="ml-5 list-disc">
            {summary.confidentWrong.map((key) => (
              <li key={key}>{promptOf(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {summary.review.length > 0 ? (
        <div>
          <h4 className="mb-1 font-semibold">Sections to review</h4>
          <ul className="ml-5 list-disc">
            {summary.review.map((r) => (
              <li key={r.section}>
                <Link href={`/lessons/${r.section}`} className="text-[var(--accent)] underline underline-offset-2">
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Every answer was fully right. Retake it later to check it has stuck.</p>
      )}

      <div className="flex flex-wrap gap-2">
        <button type="button" className={primaryButton} onClick={() => onRetake('all')}>
          Retake quiz
        </button>
        {missed > 0 ? (
          <button type="button" className={secondaryButton} onClick={() => onRetake('missed')}>
            Retake only the ones I missed ({missed})
          </button>
        ) : null}
        {linkToReview ? (
          <Link href="/review" className={secondaryButton}>
            Practise across lessons
          </Link>
        ) : null}
      </div>
    </div>
  );
}
