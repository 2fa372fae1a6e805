'use client';
import { IntentLink } from '@/components/ui/intent-link';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { QuizData, QuizIndex, QuizItem } from '@/lib/quiz/load';
import { reviewQueue, type ReviewReason } from '@/lib/quiz/progress';
import { primaryButton, secondaryButton } from './styles';
import { useQuizStore } from './use-quiz-store';

/** A short session is easier to fit in; the rest waits for the next one. */
const SESSION = 10;

const REASONS: Record<ReviewReason, { label: string; tone: string }> = {
  'confident-wrong': { label: 'Sure, but not right', tone: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-200' },
  missed: { label: 'Not fully right', tone: 'border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200' },
  unsure: { label: 'Right, but a guess', tone: 'border-sky-700 text-sky-900 dark:border-sky-400 dark:text-sky-200' },
};

// The quiz and the questions arrive when the learner starts practising, not with the list.
const Quiz = lazy(() => import('./quiz').then((m) => ({ default: m.Quiz })));
let bank: Promise<Map<string, QuizItem>> | null = null;

function loadQuestions(): Promise<Map<string, QuizItem>> {
  bank ??= fetch('/review/questions.json')
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<QuizData[]>;
    })
    .then((quizzes) => new Map(quizzes.flatMap((q) => q.items.map((i) => [i.key, i] as const))));
  bank.catch(() => {
    bank = null; // offline: the next press tries again
  });
  return bank;
}

/** The questions a learner missed or guessed, across every lesson, with a way to practise them. */
export function ReviewBoard({ quizzes }: { quizzes: QuizIndex[] }) {
  const hydrated = useHydrated();
  const { progress, notice } = useQuizStore();
  const [practice, setPractice] = useState<{ items: QuizItem[]; session: number } | null>(null);
  const [loading, setLoading] = useState<'idle' | 'loading' | 'failed'>('idle');

  const byKey = useMemo(() => new Map(quizzes.flatMap((q) => q.items.map((i) => [i.key, i] as const))), [quizzes]);
  const queue = useMemo(
    () => reviewQueue(progress, (quizId, questionId) => byKey.has(`${quizId}/${questionId}`)),
    [progress, byKey],
  );

  if (!hydrated) return <p>Reading your saved answers…</p>;

  if (practice) {
    return (
      <div className="grid gap-4">
        <Suspense fallback={<p role="status">Loading the questions…</p>}>
          <Quiz key={practice.session} practice data={{ id: `review-${practice.session}`, lesson: '', title: `Practice (${practice.items.length} ${practice.items.length === 1 ? 'question' : 'questions'})`, items: practice.items }} />
        </Suspense>
        <div>
          <button type="button" className={secondaryButton} onClick={() => setPractice(null)}>
            Back to the review list
          </button>
        </div>
      </div>
    );
  }

  const start = () => {
    setLoading('loading');
    const keys = queue.slice(0, SESSION).map((e) => `${e.quizId}/${e.questionId}`);
    Promise.all([loadQuestions(), import('./quiz')]).then(
      ([questions]) => {
        setLoading('idle');
        setPractice({ items: keys.flatMap((key) => questions.get(key) ?? []), session: Date.now() });
      },
      () => setLoading('failed'),
    );
  };

  return (
    <div className="grid gap-6">
      {notice ? <p className="rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-3 text-sm dark:border-sky-400 dark:bg-sky-950/40">{notice}</p> : null}
      {queue.length === 0 ? (
        <div className="grid gap-3">
          <p className="font-semibold">Nothing to review right now.</p>
          <p>
            Questions you answer wrongly, or get right with a guess, collect here from every lesson&apos;s quiz. Answer one right
            while at least fairly sure, and it leaves the list.
          </p>
          <p>Quizzes so far:</p>
          <ul className="ml-5 list-disc">
            {quizzes.map((q) => (
              <li key={q.id}>
                <IntentLink href={`/lessons/${q.lesson}`} className="text-[var(--accent)] underline underline-offset-2">
                  {q.lessonTitle}
                </IntentLink>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <p>
              <strong>{queue.length}</strong> {queue.length === 1 ? 'question is' : 'questions are'} waiting, the most useful first.
            </p>
            <button type="button" className={primaryButton} onClick={() => loading !== 'loading' && start()} aria-disabled={loading === 'loading'}>
              {queue.length > SESSION ? `Practise the first ${SESSION}` : queue.length === 1 ? 'Practise it' : `Practise all ${queue.length}`}
            </button>
          </div>
          <p role="status" className={loading === 'idle' ? 'sr-only' : 'text-sm'}>
            {loading === 'loading' ? 'Loading the questions…' : loading === 'failed' ? 'The questions could not be loaded. Check your connection and press the button again.' : ''}
          </p>
          <ol className="grid gap-3">
            {queue.map((entry) => {
              const item = byKey.get(`${entry.quizId}/${entry.questionId}`)!;
              const reason = REASONS[entry.reason];
              return (
                <li key={item.key} className="grid gap-1 rounded-md border border-[var(--line)] p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <span className={`rounded-full border px-2 py-0.5 font-semibold ${reason.tone}`}>{reason.label}</span>
                    <span className="text-[var(--muted)]">
                      {item.lessonTitle} · last {entry.last.earned} of {entry.last.total} points · {entry.attempts}{' '}
                      {entry.attempts === 1 ? 'attempt' : 'attempts'}
                    </span>
                  </p>
                  <p className="font-medium">{item.prompt}</p>
                  <p className="text-sm">
                    <IntentLink href={item.href} className="text-[var(--accent)] underline underline-offset-2">
                      Reread: {item.sectionTitle}
                    </IntentLink>
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
