'use client';
import { useId, useState } from 'react';
import { primaryButton } from '@/components/quiz/styles';
import type { CatalogQuiz } from '../catalog';

type Props = { quizzes: CatalogQuiz[]; initialQuiz?: string; busy: boolean; onOpen: (key: string, seconds: number | null) => void; askedKeys: Set<string> };

const TIMES = [
  { value: '', label: 'No countdown' },
  { value: '30', label: '30 seconds' },
  { value: '60', label: '1 minute' },
  { value: '120', label: '2 minutes' },
];

/** Pick a lesson's quiz, then open any of its questions, optionally with a countdown. */
export function QuestionPicker({ quizzes, initialQuiz, busy, onOpen, askedKeys }: Props) {
  const id = useId();
  const [quizId, setQuizId] = useState(initialQuiz && quizzes.some((q) => q.id === initialQuiz) ? initialQuiz : (quizzes[0]?.id ?? ''));
  const [seconds, setSeconds] = useState('');
  const quiz = quizzes.find((q) => q.id === quizId);
  return (
    <section aria-labelledby={`${id}-h`} className="grid gap-3">
      <h2 id={`${id}-h`} className="text-lg font-bold">
        Questions
      </h2>
      <div className="flex flex-wrap gap-3">
        <label className="grid gap-1 text-sm font-semibold">
          Quiz
          <select value={quizId} onChange={(e) => setQuizId(e.target.value)} className="min-h-10 max-w-full rounded-md border border-[var(--line)] bg-[var(--page)] px-2 font-normal">
            {quizzes.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-semibold">
          Countdown
          <select value={seconds} onChange={(e) => setSeconds(e.target.value)} className="min-h-10 rounded-md border border-[var(--line)] bg-[var(--page)] px-2 font-normal">
            {TIMES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ol className="grid gap-2">
        {quiz?.questions.map((q, i) => (
          <li key={q.key} className="flex items-start justify-between gap-3 rounded-md border border-[var(--line)] p-3">
            <p className="text-sm">
              <span className="font-semibold">{i + 1}.</span> {q.prompt}
              {askedKeys.has(q.key) ? <span className="text-[var(--muted)]"> · asked</span> : null}
            </p>
            <button type="button" className={primaryButton} disabled={busy} onClick={() => onOpen(q.key, seconds ? Number(seconds) : null)} aria-label={`Open question ${i + 1}: ${q.prompt}`}>
              Open
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
