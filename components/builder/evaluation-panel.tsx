'use client';
import { useState, type ReactNode } from 'react';
import type { DimensionId, DimensionScore, Evaluation, Severity } from '@/lib/builder/model';

const TONE: Record<Severity, { label: string; className: string; bar: string }> = {
  problem: { label: 'Problem', className: 'border-l-[#b4234a] dark:border-l-[#ff8fa8]', bar: 'fill-[#b4234a] dark:fill-[#ff8fa8]' },
  warning: { label: 'Warning', className: 'border-l-[#9a6200] dark:border-l-[#e0a63a]', bar: 'fill-[#9a6200] dark:fill-[#e0a63a]' },
  accepted: { label: 'Accepted trade-off', className: 'border-l-[#5b6472] dark:border-l-[#aab3c0]', bar: 'fill-[#5b6472] dark:fill-[#aab3c0]' },
  info: { label: 'Note', className: 'border-l-[var(--accent)]', bar: 'fill-[var(--accent)]' },
  good: { label: 'Good', className: 'border-l-[#2f7d32] dark:border-l-[#62c06a]', bar: 'fill-[#2f7d32] dark:fill-[#62c06a]' },
};

type Props = {
  evaluation: Evaluation;
  /** Shows only the score and the first findings (the compact embed). */
  compact?: boolean;
  /** The reference design and suggestion controls, below the findings. */
  children?: ReactNode;
};

/** What a screen reader hears for one bar of the chart. */
function dimensionSummary(d: DimensionScore): string {
  const lost = d.lost === 0 ? 'no points lost' : `${d.lost} ${d.lost === 1 ? 'point' : 'points'} lost`;
  return `${d.label}: ${d.score} of 100, ${lost}${d.worst ? `, worst finding ${TONE[d.worst].label.toLowerCase()}` : ''}${d.figure ? `. ${d.figure}` : ''}`;
}

/** "Why this score": one bar per dimension; each bar is a button that shows only that dimension's findings. */
function WhyThisScore({ evaluation, selected, onSelect }: { evaluation: Evaluation; selected: DimensionId | null; onSelect: (id: DimensionId | null) => void }) {
  const rows = evaluation.dimensions.filter((d) => d.id !== 'reference');
  const w = evaluation.weighedMost;
  return (
    <section aria-labelledby="why-this-score" className="rounded-md border border-[var(--line)] p-3">
      <h3 id="why-this-score" className="font-bold">
        Why this score
      </h3>
      <p className="mt-1 text-xs text-[var(--muted)]">
        Weighs most here: {w.label} ({w.reason}). Choose a dimension to see only its findings.
      </p>
      <ul className="mt-2 flex flex-col gap-1">
        {rows.map((d) => {
          const tone = TONE[d.worst ?? 'good'];
          const pressed = selected === d.id;
          return (
            <li key={d.id}>
              <button
                type="button"
                aria-pressed={pressed}
                aria-label={dimensionSummary(d)}
                onClick={() => onSelect(pressed ? null : d.id)}
                className={`grid w-full grid-cols-[minmax(0,1.4fr)_minmax(3rem,1fr)_2rem] items-center gap-2 rounded px-1 py-1 text-left text-xs hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-[var(--accent)] ${pressed ? 'bg-[var(--panel)] font-semibold' : ''}`}
              >
                <span className="truncate">
                  {d.label}
                  {d.weight !== 1 ? <span className="text-[var(--muted)]"> ×{d.weight.toFixed(1)}</span> : null}
                </span>
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" className="h-2.5 w-full" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" width="100" height="10" rx="2" className="fill-[var(--line)]" />
                  <rect x="0" y="0" width={d.score} height="10" rx="2" className={tone.bar} />
                </svg>
                <span className="text-right tabular-nums">{d.lost ? `−${d.lost}` : d.score === 100 ? '✓' : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The live verdict on the cut: the score, why (per dimension), then each finding with its dimension, services, reason and lesson. */
export function EvaluationPanel({ evaluation, compact, children }: Props) {
  const [selected, setSelected] = useState<DimensionId | null>(null);
  const shown = selected && evaluation.dimensions.some((d) => d.id === selected) ? selected : null;
  const all = shown ? evaluation.findings.filter((f) => f.rule === shown) : evaluation.findings;
  const findings = compact ? all.filter((f) => f.severity !== 'good').slice(0, 3) : all;
  const label = new Map(evaluation.dimensions.map((d) => [d.id, d.label]));
  const m = evaluation.metrics;
  const services = m.services ?? 0;
  const crossing = m.crossingCalls ?? 0;
  const unplaced = m.unplaced ?? 0;
  return (
    <section role="region" aria-label="Evaluation" className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">Score: {evaluation.score} / 100</h2>
      <p className="text-sm text-[var(--muted)]">
        {services} {services === 1 ? 'service' : 'services'} · {crossing} {crossing === 1 ? 'call crosses' : 'calls cross'} a boundary · {unplaced}{' '}
        {unplaced === 1 ? 'capability' : 'capabilities'} still in the palette
      </p>
      {compact ? null : <WhyThisScore evaluation={evaluation} selected={shown} onSelect={setSelected} />}
      {shown ? (
        <p className="text-sm" role="status">
          Showing the findings on {label.get(shown)}.{' '}
          <button type="button" className="font-medium text-[var(--accent)] underline" onClick={() => setSelected(null)}>
            Show all findings
          </button>
        </p>
      ) : null}
      <ul className="flex flex-col gap-2" aria-label="Findings">
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
                  {label.get(f.rule) ?? f.rule}
                  {f.services.length ? ` · Services: ${f.services.join(', ')}` : ''}
                </p>
                <p className="mt-1">{f.detail}</p>
                <p className="mt-1">
                  <strong>Why it matters:</strong> {f.why}
                </p>
                <p className="mt-1">
                  <a className="font-medium text-[var(--accent)] underline" href={`/lessons/${f.lesson.slug}#${f.lesson.anchor}`}>
                    Read: {f.lesson.label}
                  </a>
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
