'use client';
import { answerLines } from '@/lib/live/answer-text';
import type { PublicQuestion, QuestionReveal } from '@/lib/live/question-round';
import type { PublicRound } from '@/lib/live/room';
import { BarChart } from '../bar-chart';
import { Countdown } from '../countdown';
import { QuestionContent } from '../question-content';

type Props = { round: PublicRound; answered: number; present: number; clockOffset: number };

/** A question round on the projector: the question and "N of M answered", then the reveal. */
export function QuestionStage({ round, answered, present, clockOffset }: Props) {
  const reveal = round.reveal as QuestionReveal | null;
  return (
    <section aria-labelledby="stage-title" className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="stage-title" className="text-xl font-bold">
          Question {round.index}
        </h2>
        <p className="text-lg">
          <span className="font-semibold tabular-nums" data-testid="answered">
            {answered} of {present}
          </span>{' '}
          answered
          {round.status === 'open' ? '' : round.status === 'closed' ? ' · answers closed' : ' · revealed'}
        </p>
        {round.status === 'open' ? <Countdown deadline={round.deadline} clockOffset={clockOffset} /> : null}
      </div>
      {reveal ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="grid content-start gap-4">
            <p className="text-2xl leading-snug font-semibold">{reveal.question.prompt}</p>
            <div className="rounded-lg border-2 border-[var(--accent)] p-4">
              <h3 className="mb-1 font-bold">The answer</h3>
              <ul className="grid gap-1">
                {answerLines(reveal.question).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="mb-1 font-bold">Why</h3>
              <p className="leading-relaxed">{reveal.explanation}</p>
            </div>
          </div>
          <BarChart distribution={reveal.distribution} />
        </div>
      ) : round.content ? (
        <QuestionContent question={round.content as PublicQuestion} />
      ) : (
        <p>This question is no longer in the course.</p>
      )}
    </section>
  );
}
