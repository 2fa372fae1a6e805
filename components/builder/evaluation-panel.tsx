'use client';
import type { ReactNode } from 'react';
import type { Evaluation, Finding } from '@/lib/builder/model';

const TONE: Record<Finding['severity'], { label: string; className: string }> = {
  problem: { label: 'Problem', className: 'border-l-[#b4234a] dark:border-l-[#ff8fa8]' },
  warning: { label: 'Warning', className: 'border-l-[#9a6200] dark:border-l-[#e0a63a]' },
  accepted: { label: 'Accepted trade-off', className: 'border-l-[var(--muted)]' },
  info: { label: 'Note', className: 'border-l-[var(--accent)]' },
  good: { label: 'Good', className: 'border-l-[#2f7d32] dark:border-l-[#62c06a]' },
};

type Props = {
  evaluation: Evaluation;
  /** Lessons that are published, so a finding links only to a page that exists. */
  publishedLessons: string[];
  /** Shows only the score and the first findings (the compact embed). */
  compact?: boolean;
  /** The reference design and suggestion controls, below the findings. */
  children?: ReactNode;
};

/** The live verdict on the cut: the score, then each finding with its rule, services, reason and lesson. */
export function EvaluationPanel({ evaluation, publishedLessons, compact, children }: Props) {
  const findings = compact ? evaluation.findings.filter((f) => f.severity !== 'good').slice(0, 3) : evaluation.findings;
  const m = evaluation.metrics;
  return (
    <section role="region" aria-label="Evaluation" className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">
        Score: {evaluation.score} / 100
      </h2>
      <p className="text-sm text-[var(--muted)]">
        {m.services ?? 0} services · {m.crossingCalls ?? 0} calls cross a boundary · {m.unplaced ?? 0} capabilities still in the palette
      </p>
      <ul className="flex flex-col gap-2">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`rounded-md border border-[var(--line)] border-l-4 bg-[var(--panel)] p-3 text-sm ${TONE[f.severity].className}`}>
            <p className="font-semibold">
              <span className="mr-1 text-xs font-bold uppercase tracking-wide">{TONE[f.severity].label}:</span>
              {f.title}
              {f.penalty > 0 ? <span className="font-normal text-[var(--muted)]"> (−{f.penalty})</span> : null}
            </p>
            {compact ? null : (
              <>
                <p className="mt-1 text-xs text-[var(--muted)]">
                  Rule: {f.rule}
                  {f.services.length ? ` · Services: ${f.services.join(', ')}` : ''}
                </p>
                <p className="mt-1">{f.detail}</p>
                <p className="mt-1">
                  <strong>Why it matters:</strong> {f.why}
                </p>
                <p className="mt-1">
                  {publishedLessons.includes(f.lesson.slug) ? (
                    <a className="font-medium text-[var(--accent)] underline" href={`/lessons/${f.lesson.slug}#${f.lesson.anchor}`}>
                      Read: {f.lesson.label}
                    </a>
                  ) : (
                    <span className="text-[var(--muted)]">Taught in: {f.lesson.label}</span>
                  )}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
