import { useEffect, useId, useRef, type ComponentType } from 'react';
import type { QuizItem } from '@/lib/quiz/load';
import type { Question } from '@/lib/quiz/schema';
import { markItems } from '@/lib/quiz/marks';
import type { RunAction, Entry } from '@/lib/quiz/run';
import { CertaintyPicker } from './certainty';
import { Feedback } from './feedback';
import { Hints } from './hints';
import { primaryButton, secondaryButton } from './styles';
import type { WidgetProps } from './types';
import { widgets } from './widgets';

type Props = {
  item: QuizItem;
  /** The question as shown this round (options shuffled). */
  shown: Question;
  entry: Entry;
  index: number;
  count: number;
  checkedCount: number;
  dispatch: (action: RunAction) => void;
  onCheck: () => void;
  onFinish: () => void;
  /** Move focus to "Question n of m" (after navigating, not on first render). */
  focusOnMount: boolean;
  /** Practice mixes lessons, so each question names its own. */
  showLesson: boolean;
  /** False until React has hydrated the quiz: the actions say they are not ready yet. */
  ready: boolean;
};

/** One question: its widget, hints, "How sure are you?", the actions and the live feedback. */
export function QuestionView({ item, shown, entry, index, count, checkedCount, dispatch, onCheck, onFinish, focusOnMount, showLesson, ready }: Props) {
  const position = useRef<HTMLParagraphElement>(null);
  const waitId = useId();
  useEffect(() => {
    if (focusOnMount) position.current?.focus();
  }, [focusOnMount]);

  const key = item.key;
  const graded = entry.score?.type === 'graded';
  const Widget = widgets[shown.type] as ComponentType<WidgetProps<Question['type']>>;
  const allChecked = checkedCount === count;
  // Marked against the authored question: its order is the ordering key.
  const marks = graded ? markItems(item.question, entry.response) : null;
  // Before hydration a click would do nothing: say so, to the eye and to assistive technology.
  const waiting = ready ? {} : { 'aria-disabled': true, 'aria-describedby': waitId };

  return (
    <div className="grid gap-5">
      <p ref={position} tabIndex={-1} className="text-sm font-semibold text-[var(--muted)] focus:outline-none">
        Question {index + 1} of {count}
        {showLesson ? ` · ${item.lessonTitle}` : ''}
      </p>
      <Widget question={shown} response={entry.response as never} onChange={(response) => dispatch({ type: 'respond', key, response })} disabled={graded} marks={marks} />
      <Hints hints={shown.hints} shown={entry.hints} locked={graded} onMore={() => dispatch({ type: 'hint', key })} />
      <CertaintyPicker value={entry.certainty} disabled={graded} onChange={(certainty) => dispatch({ type: 'certainty', key, certainty })} />
      <div className="flex flex-wrap items-center gap-2">
        {/* One button that changes its job, so keyboard focus stays on it after a check. */}
        <button type="button" className={graded ? secondaryButton : primaryButton} {...waiting} onClick={() => (graded ? dispatch({ type: 'try-again', key }) : onCheck())}>
          {graded ? 'Try again' : 'Check answer'}
        </button>
        <button type="button" className={secondaryButton} disabled={index === 0} onClick={() => dispatch({ type: 'go', index: index - 1 })}>
          Previous question
        </button>
        {index < count - 1 ? (
          <button type="button" className={secondaryButton} {...waiting} onClick={() => dispatch({ type: 'go', index: index + 1 })}>
            Next question
          </button>
        ) : null}
        {allChecked ? (
          <button type="button" className={primaryButton} onClick={onFinish}>
            See results
          </button>
        ) : null}
      </div>
      {ready ? null : (
        <p id={waitId} className="text-sm text-[var(--muted)]">
          <span aria-hidden="true" className="mr-1 inline-block animate-pulse">●</span>
          Getting the quiz ready…
        </p>
      )}
      {!allChecked && index === count - 1 ? (
        <p className="text-sm text-[var(--muted)]">
          Check every question to see your results ({checkedCount} of {count} checked).
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="min-h-0">
        <Feedback score={entry.score} item={item} marked={!!marks} />
      </div>
    </div>
  );
}
