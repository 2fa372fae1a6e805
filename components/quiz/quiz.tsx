'use client';
import { useEffect, useId, useMemo, useReducer, useState } from 'react';
import type { QuizData } from '@/lib/quiz/load';
import { dropRemovedQuestions, recordAttempt, recordRun } from '@/lib/quiz/progress';
import { scoreQuestion } from '@/lib/quiz/registry';
import { restoredEntries } from '@/lib/quiz/restore';
import { missedKeys, runReducer, startRun } from '@/lib/quiz/run';
import { presentQuestion } from '@/lib/quiz/shuffle';
import { summarise } from '@/lib/quiz/summary';
import { useHydrated } from '@/components/ui/use-hydrated';
import { QuestionView } from './question-view';
import { QuizSummary } from './quiz-summary';
import { useQuizStore } from './use-quiz-store';

type Props = {
  data: QuizData;
  /** A practice run from the review page: starts fresh and mixes lessons. */
  practice?: boolean;
};

/**
 * A quiz graded in the browser. It owns the responses and the pass through the questions
 * (`lib/quiz/run.ts`), grades with the pure scorers, and saves attempts through `sb:quiz`.
 */
export function Quiz({ data, practice = false }: Props) {
  const headingId = useId();
  const keys = useMemo(() => data.items.map((i) => i.key), [data.items]);
  const [state, dispatch] = useReducer(runReducer, keys, startRun);
  const { record, notice, save } = useQuizStore();
  const hydrated = useHydrated();
  // Focus follows the learner's own navigation, never the first render.
  const [navigated, setNavigated] = useState(false);

  // Options are shuffled by a seed (quiz id + round), so the server and the browser agree.
  const shown = useMemo(
    () => new Map(data.items.map((item) => [item.key, presentQuestion(item.question, `${data.id}:${state.round}`)])),
    [data.id, data.items, state.round],
  );

  useEffect(() => {
    if (practice || !record) return;
    const entries = restoredEntries(data.items, record.read().data);
    if (Object.keys(entries).length > 0) dispatch({ type: 'restore', entries });
  }, [practice, record, data.items]);

  const summary = useMemo(
    () =>
      summarise(
        state.keys.map((key) => {
          const item = data.items.find((i) => i.key === key)!;
          const entry = state.entries[key]!;
          return { key, section: item.question.section, sectionTitle: item.sectionTitle, score: entry.score, certainty: entry.certainty };
        }),
      ),
    [data.items, state.keys, state.entries],
  );

  const key = state.keys[state.index]!;
  const item = data.items.find((i) => i.key === key)!;
  const entry = state.entries[key]!;

  const check = () => {
    const score = scoreQuestion(item.question, entry.response);
    dispatch({ type: 'check', key, score });
    if (score.type !== 'graded') return;
    const attempt = { earned: score.earned, total: score.total, certainty: entry.certainty, at: new Date().toISOString(), response: entry.response };
    // A lesson's quiz knows its whole question list: attempts at questions it no longer has go.
    save((p) => {
      const next = recordAttempt(p, item.quizId, item.question.id, attempt);
      return practice ? next : dropRemovedQuestions(next, data.id, data.items.map((i) => i.question.id));
    });
  };

  const finish = () => {
    dispatch({ type: 'summary' });
    if (!practice) save((p) => recordRun(p, data.id, { earned: summary.earned, total: summary.total, at: new Date().toISOString() }));
  };

  const checkedCount = state.keys.filter((k) => state.entries[k]?.score?.type === 'graded').length;

  return (
    <section aria-labelledby={headingId} data-quiz={data.id} className="not-prose my-10 grid gap-5 rounded-lg border border-[var(--line)] bg-[var(--page)] p-5 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-xl font-bold">
        Quiz: {data.title}
      </h2>
      {notice ? (
        <p className="rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-3 text-sm dark:border-sky-400 dark:bg-sky-950/40">
          <span className="font-semibold">About your saved answers: </span>
          {notice}
        </p>
      ) : null}
      {/* Disabled until hydrated, so nothing chosen before React runs is lost. */}
      <fieldset disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
        {state.view === 'summary' ? (
          <QuizSummary
            summary={summary}
            items={data.items}
            missed={missedKeys(state).length}
            linkToReview={!practice}
            onRetake={(only) => {
              setNavigated(true);
              dispatch({ type: 'retake', only });
            }}
          />
        ) : (
          <QuestionView
            key={`${key}:${state.round}`}
            item={item}
            shown={shown.get(key)!}
            entry={entry}
            index={state.index}
            count={state.keys.length}
            checkedCount={checkedCount}
            showLesson={practice}
            ready={hydrated}
            focusOnMount={navigated}
            dispatch={(action) => {
              if (action.type === 'go') setNavigated(true);
              dispatch(action);
            }}
            onCheck={check}
            onFinish={finish}
          />
        )}
      </fieldset>
    </section>
  );
}
