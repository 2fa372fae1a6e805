'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { primaryButton, secondaryButton } from '@/components/quiz/styles';
import type { RoomView } from '@/lib/live/view';
import { api } from '../api';
import type { CatalogQuiz } from '../catalog';
import { hostStages } from '../stages';
import { useLiveRoom } from '../use-live-room';
import { ScenarioPicker, type CatalogScenario } from '../builder/scenario-picker';
import { rememberedHostSession, rememberHostSession } from '../live-tab';
import { AskTheRoom } from './ask-the-room';
import { JoinPanel } from './join-panel';
import { PeoplePanel } from './people-panel';
import { QuestionPicker } from './question-picker';
import { StartSession } from './start-session';

type HostView = RoomView & { joinUrl?: string; retentionHours?: number };
const noSubscribe = () => () => {};

/** The instructor's live screen: the projector stage above, the controls below and beside it. */
export function LiveHost({ quizzes, scenarios = [] }: { quizzes: CatalogQuiz[]; scenarios?: CatalogScenario[] }) {
  // The page is static: the code and lesson come from the address once in the browser.
  const search = useSyncExternalStore(noSubscribe, () => window.location.search, () => null);
  const [started, setStarted] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (search === null) return <p>Loading…</p>;
  const q = new URLSearchParams(search);
  const params = { code: started ?? q.get('code')?.toUpperCase() ?? null, lesson: q.get('lesson') };
  const ask = q.get('ask');
  // Sent here by the presenter's named tab: ask the slide's question, or go back to the tab's session.
  if (!started && (ask || (!params.code && rememberedHostSession()))) {
    return (
      <AskTheRoom
        question={ask}
        onDone={(code, problem) => {
          const url = new URL(window.location.href);
          url.searchParams.delete('ask');
          url.searchParams.set('code', code);
          // Replace, so a reload shows the room without asking again.
          window.history.replaceState(null, '', url);
          setNotice(problem);
          setStarted(code);
        }}
      />
    );
  }
  if (!params.code) {
    return (
      <StartSession
        onStarted={(code) => {
          const url = new URL(window.location.href);
          url.searchParams.set('code', code);
          window.history.replaceState(null, '', url);
          setStarted(code);
        }}
      />
    );
  }
  return <HostRoom code={params.code} lesson={params.lesson} quizzes={quizzes} scenarios={scenarios} notice={notice} />;
}

type RoomProps = { code: string; lesson: string | null; quizzes: CatalogQuiz[]; scenarios: CatalogScenario[]; notice: string | null };

function HostRoom({ code, lesson, quizzes, scenarios, notice }: RoomProps) {
  const room = useLiveRoom(code);
  const view = room.view as HostView | null;
  const [extra, setExtra] = useState<{ joinUrl: string; retentionHours: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState(notice ?? '');
  const [showJoin, setShowJoin] = useState(false);
  const [asked, setAsked] = useState<Set<string>>(() => new Set());
  const ref = view?.round?.ref;
  if (ref && !asked.has(ref)) setAsked(new Set(asked).add(ref));

  const isHost = view?.role === 'host';
  useEffect(() => {
    // "Ask the room" from a slide opens its question in this tab's session (live-tab.ts).
    if (isHost) rememberHostSession(code);
  }, [isHost, code]);

  useEffect(() => {
    void api<HostView>(`/sessions/${code}`).then((r) => {
      if (r.ok && r.data.joinUrl) setExtra({ joinUrl: r.data.joinUrl, retentionHours: r.data.retentionHours ?? 24 });
    });
  }, [code]);

  async function run(path: string, method: string, body?: unknown, done?: string) {
    setBusy(true);
    const r = await api(`/sessions/${code}${path}`, { method, body });
    setBusy(false);
    setMessage(r.ok ? (done ?? '') : r.message);
    if (r.ok) void room.resync();
    return r;
  }

  if (room.error && (!view || room.error.status === 404)) {
    return <p role="alert">{room.error.status === 404 ? `There is no session ${code} (it may have been deleted).` : room.error.message}</p>;
  }
  if (!view) return <p role="status">Connecting to session {code}…</p>;
  if (view.role !== 'host') return <p role="alert">This browser is not the one that started session {code}, so it cannot control it.</p>;

  const round = view.round;
  const Stage = round ? hostStages[round.kind] : undefined;
  const initialQuiz = lesson ? quizzes.find((q) => q.lesson === lesson)?.id : round?.ref.split('/')[0];
  const allKeys = quizzes.flatMap((q) => q.questions.map((x) => x.key));
  const nextKey = round ? allKeys[allKeys.indexOf(round.ref) + 1] : undefined;
  const open = (key: string, seconds: number | null) => {
    setShowJoin(false);
    return run('/rounds', 'POST', { question: key, seconds: seconds ?? undefined }, 'Question opened.');
  };

  if (view.ended) {
    return (
      <div className="grid gap-3">
        <p role="status" className="text-xl">
          Session {code} has ended. Its answers are deleted {extra?.retentionHours ?? 24} hours from now.
        </p>
        <p>
          <a className="font-medium text-[var(--accent)] underline" href={`/api/live/sessions/${code}/results?format=csv`}>
            Download the answers (CSV)
          </a>
        </p>
        <p>
          <a className="font-medium text-[var(--accent)] underline" href={`/teach/live/${code}/report`}>
            Session report
          </a>
        </p>
      </div>
    );
  }

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <p className="mr-auto">
          Session <strong className="font-mono tracking-widest">{code}</strong> ·{' '}
          <span role="status">{room.connection === 'live' ? 'live' : 'reconnecting…'}</span>
        </p>
        {round ? (
          <button type="button" className={secondaryButton} onClick={() => setShowJoin((s) => !s)} aria-pressed={showJoin}>
            {showJoin ? 'Back to the question' : 'Show join screen'}
          </button>
        ) : null}
        <a className={secondaryButton} href={`/api/live/sessions/${code}/results?format=csv`}>
          Answers (CSV)
        </a>
        <a className={secondaryButton} href={`/teach/live/${code}/report`} target="_blank" rel="noopener">
          Session report
        </a>
        <button
          type="button"
          className={secondaryButton}
          disabled={busy}
          onClick={() => {
            if (window.confirm('End the session? Learners can no longer answer.')) void run('/end', 'POST', undefined, 'Session ended.');
          }}
        >
          End session
        </button>
      </div>

      <div className="rounded-xl border border-[var(--line)] p-5">
        {!round || showJoin || !Stage ? (
          extra ? (
            <JoinPanel code={code} joinUrl={extra.joinUrl} present={view.present} locked={view.locked} retentionHours={extra.retentionHours} />
          ) : null
        ) : (
          <Stage round={round} view={view} clockOffset={room.clockOffset} />
        )}
      </div>

      {round ? (
        <div className="flex flex-wrap gap-2">
          {round.status === 'open' ? (
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => run(`/rounds/${round.id}/close`, 'POST', undefined, 'Answers closed.')}>
              {round.kind === 'builder' ? 'Close submissions' : 'Close answers'}
            </button>
          ) : null}
          {round.status !== 'revealed' ? (
            <button type="button" className={primaryButton} disabled={busy} onClick={() => run(`/rounds/${round.id}/reveal`, 'POST', undefined, round.kind === 'builder' ? 'Learners now see their cut beside the class.' : 'Answer revealed.')}>
              {round.kind === 'builder' ? 'Show learners the class picture' : 'Reveal answer'}
            </button>
          ) : null}
          {nextKey ? (
            <button type="button" className={secondaryButton} disabled={busy} onClick={() => open(nextKey, null)}>
              Next question
            </button>
          ) : null}
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {message}
      </p>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="grid content-start gap-6">
          <QuestionPicker quizzes={quizzes} initialQuiz={initialQuiz} busy={busy} onOpen={open} askedKeys={asked} />
          <ScenarioPicker
            scenarios={scenarios}
            busy={busy}
            onOpen={(scenario) => {
              setShowJoin(false);
              return run('/rounds', 'POST', { scenario }, 'Builder round opened.');
            }}
          />
        </div>
        <PeoplePanel
          participants={view.participants ?? []}
          locked={view.locked}
          busy={busy}
          onLock={(locked) => run('/lock', 'POST', { locked }, locked ? 'Closed to new learners.' : 'Open to new learners.')}
          onRemove={(id, nickname) => run(`/participants/${encodeURIComponent(id)}`, 'DELETE', undefined, `${nickname} removed.`)}
        />
      </div>
    </div>
  );
}
