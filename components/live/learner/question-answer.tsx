'use client';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { CertaintyPicker } from '@/components/quiz/certainty';
import { primaryButton } from '@/components/quiz/styles';
import type { WidgetProps } from '@/components/quiz/types';
import { useQuizStore } from '@/components/quiz/use-quiz-store';
import { widgets } from '@/components/quiz/widgets';
import { answerLines } from '@/lib/live/answer-text';
import type { PublicQuestion, QuestionReveal } from '@/lib/live/question-round';
import { recordAttempt, type Certainty } from '@/lib/quiz/progress';
import { scoreQuestion } from '@/lib/quiz/registry';
import type { Question } from '@/lib/quiz/schema';
import { isCorrect } from '@/lib/quiz/score';
import { api } from '../api';
import type { LearnerStageProps } from '../stages';
import { Countdown } from '../countdown';
import { useCountdown } from '../use-live-room';
import { widgetQuestion } from '../widget-question';

/**
 * A question on a learner's phone: the lesson widget, "Send answer" (again to change it, until
 * answers close), then after the reveal: right or not, the answer, the explanation, and the
 * question saved to this device's review list.
 */
export function QuestionAnswer({ code, round, view, clockOffset }: LearnerStageProps) {
  const content = round.content as PublicQuestion | null;
  const reveal = round.reveal as QuestionReveal | null;
  const [draft, setDraft] = useState<unknown>(view.mine?.response ?? null);
  const [sent, setSent] = useState<unknown>(view.mine?.response ?? null);
  const [certainty, setCertainty] = useState<Certainty | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // A reload or resync brings back what the server holds.
  const serverMine = JSON.stringify(view.mine?.response ?? null);
  const [seenMine, setSeenMine] = useState(serverMine);
  if (serverMine !== seenMine) {
    setSeenMine(serverMine);
    const mine = JSON.parse(serverMine) as unknown;
    if (mine !== null) {
      setSent(mine);
      if (draft === null) setDraft(mine);
    }
  }
  const left = useCountdown(round.deadline, clockOffset);

  if (!content) return <p>This question is no longer in the course.</p>;
  const question = widgetQuestion(content);
  const Widget = widgets[question.type] as ComponentType<WidgetProps<Question['type']>>;
  const open = round.status === 'open' && (left === null || left > 0);
  const unsent = JSON.stringify(draft) !== JSON.stringify(sent);

  async function send() {
    setBusy(true);
    const r = await api<{ changed: boolean }>(`/sessions/${code}/rounds/${round.id}/responses`, { method: 'POST', body: { response: draft } });
    setBusy(false);
    if (r.ok) {
      setSent(draft);
      setStatus(sent === null ? 'Answer sent. You can change it until answers close.' : 'Answer changed.');
    } else {
      setStatus(r.message);
    }
  }

  return (
    <div className="grid gap-5">
      <div className="flex items-baseline justify-between gap-3">
        <h2 className="text-lg font-bold">Question {round.index}</h2>
        {open ? <Countdown deadline={round.deadline} clockOffset={clockOffset} /> : null}
      </div>
      <Widget question={question} response={draft as never} onChange={(r) => setDraft(r)} disabled={!open || busy} />
      {reveal ? (
        <Revealed reveal={reveal} mine={sent} certainty={certainty} quizId={round.ref.split('/')[0]!} />
      ) : open ? (
        <>
          <CertaintyPicker value={certainty} onChange={setCertainty} disabled={false} />
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className={`${primaryButton} min-h-12 w-full sm:w-auto`} disabled={busy || draft === null || !unsent} onClick={() => void send()}>
              {sent === null ? 'Send answer' : unsent ? 'Change my answer' : 'Answer sent'}
            </button>
          </div>
        </>
      ) : (
        <p className="font-semibold">{sent === null ? 'Answers are closed; you did not answer this one.' : 'Answers are closed. Wait for the reveal on the big screen.'}</p>
      )}
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {reveal ? '' : status}
      </p>
    </div>
  );
}

function Revealed({ reveal, mine, certainty, quizId }: { reveal: QuestionReveal; mine: unknown; certainty: Certainty | null; quizId: string }) {
  const { save } = useQuizStore();
  const score = mine === null ? null : scoreQuestion(reveal.question, mine);
  const saved = useRef(false);
  useEffect(() => {
    if (saved.current || !score || score.type !== 'graded') return;
    saved.current = true;
    const attempt = { earned: score.earned, total: score.total, certainty, at: new Date().toISOString(), response: mine };
    save((p) => recordAttempt(p, quizId, reveal.question.id, attempt));
  }, [score, certainty, mine, quizId, reveal.question.id, save]);

  const right = isCorrect(score);
  return (
    <section aria-labelledby="result-h" className="grid gap-3 rounded-lg border-2 border-[var(--line)] p-4" role="region">
      <h3 id="result-h" className="text-xl font-bold">
        {score === null ? 'You did not answer' : right ? 'Right!' : score.type === 'graded' && score.earned > 0 ? `Partly right (${score.earned} of ${score.total})` : 'Not this time'}
      </h3>
      <div>
        <p className="font-semibold">The answer</p>
        <ul>
          {answerLines(reveal.question).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      {score?.type === 'graded' && score.feedback.length ? (
        <ul className="list-disc pl-5">
          {score.feedback.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      ) : null}
      <p className="leading-relaxed">{reveal.explanation}</p>
      {score ? (
        <p className="text-sm text-[var(--muted)]">
          Saved to this device: <a className="font-medium text-[var(--accent)] underline" href="/review">your review list</a> brings back questions you missed.
        </p>
      ) : null}
    </section>
  );
}
