'use client';
import './slide.css';
import './question-card.css';
import './controls.css';
import './poll-page.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { Question } from '@/lib/quiz/schema';
import { PollSlide } from './poll-slide';
import { SlideView } from './slide-view';
import { usePresenterKeys } from './use-presenter-keys';

/** A quiz as the poll picker lists it, e.g. `{ id: "migration-strategies", label: "Migration strategies: Check your understanding", questions: […] }`. */
export type PollQuiz = { id: string; label: string; questions: Question[] };

type Props = { quizzes: PollQuiz[] };

/**
 * A class poll from any quiz in the course: pick a quiz and a question, show it alone and large,
 * reveal the answer when the room has voted. The choice lives in the URL
 * (`/teach/poll?quiz=…&q=…`), so a bookmarked poll opens on the same question.
 */
export function PollBoard({ quizzes }: Props) {
  const ids = useId();
  const [quizId, setQuizId] = useState(quizzes[0]?.id ?? '');
  const [questionId, setQuestionId] = useState(quizzes[0]?.questions[0]?.id ?? '');
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const quiz = quizzes.find((q) => q.id === params.get('quiz'));
    if (quiz) {
      // The page is static: the poll in the URL is only known after hydration.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setQuizId(quiz.id);
      setQuestionId(quiz.questions.find((q) => q.id === params.get('q'))?.id ?? quiz.questions[0]!.id);
    }
    setReady(true);
  }, [quizzes]);

  useEffect(() => {
    if (!ready || !quizId) return;
    const url = new URL(window.location.href);
    url.searchParams.set('quiz', quizId);
    url.searchParams.set('q', questionId);
    window.history.replaceState(null, '', url.pathname + url.search);
  }, [ready, quizId, questionId]);

  const quiz = quizzes.find((q) => q.id === quizId);
  const index = quiz ? Math.max(0, quiz.questions.findIndex((q) => q.id === questionId)) : 0;
  const question = quiz?.questions[index];
  const go = (i: number) => quiz?.questions[i] && setQuestionId(quiz.questions[i].id);
  const stage = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  // The presenter's keys: a clicker's PageDown and PageUp (and the arrows) step through the
  // questions, B or "." blanks the screen, F puts the poll alone on the whole screen.
  usePresenterKeys((command) => {
    if (command.type === 'fullscreen') toggleStageFullscreen(stage.current);
    else if (command.type === 'blank') setBlank((b) => !b);
    else if (command.type === 'next') go(index + 1);
    else if (command.type === 'prev') go(index - 1);
    else if (command.type === 'first') go(0);
    else if (command.type === 'last' && quiz) go(quiz.questions.length - 1);
  });

  if (!quiz || !question) return <p>There are no quizzes in the course yet.</p>;
  return (
    <div className="poll-board" data-ready={ready || undefined}>
      <form className="poll-picker" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={`${ids}-quiz`}>Quiz</label>
          <select
            id={`${ids}-quiz`}
            value={quizId}
            onChange={(e) => {
              const next = quizzes.find((q) => q.id === e.target.value)!;
              setQuizId(next.id);
              setQuestionId(next.questions[0]!.id);
            }}
          >
            {quizzes.map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-question`}>Question</label>
          <select id={`${ids}-question`} value={question.id} onChange={(e) => setQuestionId(e.target.value)}>
            {quiz.questions.map((q, i) => (
              <option key={q.id} value={q.id}>
                {i + 1}. {q.prompt.length > 90 ? `${q.prompt.slice(0, 88)}…` : q.prompt}
              </option>
            ))}
          </select>
        </div>
        <div className="poll-picker-nav">
          <button type="button" className="presenter-button" onClick={() => go(index - 1)} disabled={index === 0}>
            Previous question
          </button>
          <button type="button" className="presenter-button" onClick={() => go(index + 1)} disabled={index === quiz.questions.length - 1}>
            Next question
          </button>
          <button type="button" className="presenter-button" onClick={() => toggleStageFullscreen(stage.current)} aria-keyshortcuts="F">
            Full screen
          </button>
        </div>
      </form>
      <div className="poll-stage" ref={stage}>
        <SlideView index={index} count={quiz.questions.length} title={`Poll: ${question.prompt}`} blank={blank}>
          <PollSlide key={`${quiz.id}/${question.id}`} question={question} source={`${quiz.label} · question ${index + 1} of ${quiz.questions.length}`} />
        </SlideView>
      </div>
    </div>
  );
}

/** The poll alone on the whole screen (the page's pickers stay behind), or back. */
function toggleStageFullscreen(stage: HTMLElement | null) {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void stage?.requestFullscreen?.().catch(() => {});
}
