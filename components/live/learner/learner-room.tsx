'use client';
import { useEffect } from 'react';
import { learnerStages } from '../stages';
import { useLiveRoom } from '../use-live-room';

/** The learner's screen once joined: waiting, a round of any kind, or why it is over. */
export function LearnerRoom({ code, onLeft }: { code: string; onLeft: (message: string) => void }) {
  const room = useLiveRoom(code, 'participant');
  const { view, error } = room;

  const gone = error && (error.status === 401 || error.status === 403 || error.status === 404) ? error.message : null;
  useEffect(() => {
    if (gone && error?.status !== 403) onLeft(gone);
  }, [gone, error?.status, onLeft]);

  if (view?.me?.removed || error?.status === 403) {
    return (
      <p role="alert" className="text-lg font-semibold">
        The instructor removed you from this session.
      </p>
    );
  }
  if (!view) return <p role="status">Connecting…</p>;
  if (view.ended) {
    return (
      <div className="grid gap-2" role="status">
        <p className="text-lg font-semibold">The session has ended. Thank you!</p>
        <p>
          Questions you missed are on <a className="font-medium text-[var(--accent)] underline" href="/review">your review list</a>.
        </p>
      </div>
    );
  }
  const round = view.round;
  const Stage = round ? learnerStages[round.kind] : undefined;
  return (
    <div className="grid gap-4">
      <p className="flex flex-wrap justify-between gap-2 text-sm text-[var(--muted)]">
        <span>
          You are <strong className="text-[var(--ink)]" dir="auto">{view.me?.nickname}</strong>
        </span>
        <span role="status">{room.connection === 'live' ? 'Connected' : 'Reconnecting…'}</span>
      </p>
      {round && Stage ? (
        <Stage key={round.id} code={code} round={round} view={view} clockOffset={room.clockOffset} />
      ) : (
        <p className="text-lg" role="status">
          You are in. The first question appears here when the instructor opens it.
        </p>
      )}
    </div>
  );
}
