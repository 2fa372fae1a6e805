import type { PublicRound } from './room';
import type { LiveEvent } from './types';

/**
 * What one viewer (the host or a learner) knows of a session. The server builds it on request
 * (`GET /api/live/sessions/{code}` and the first SSE message); the browser keeps it current by
 * applying each event with `applyEvent`, a pure reducer shared by every screen.
 */
export type RoomView = {
  code: string;
  role: 'host' | 'participant';
  /** The last event this view includes; the SSE stream continues after it. */
  seq: number;
  /** The server's clock when the view was built, so countdowns follow the server. */
  serverNow: number;
  locked: boolean;
  ended: boolean;
  maxParticipants: number;
  /** Learners in the room. */
  present: number;
  /** The learner viewing (participants only). */
  me: { id: string; nickname: string; removed: boolean } | null;
  /** Everyone in the room (host only). */
  participants: { id: string; nickname: string }[] | null;
  /** The latest round, or `null` before the first. */
  round: PublicRound | null;
  /** Answers to the latest round so far (host only). */
  answered: number | null;
  /** The learner's own answer to the latest round (never graded before the reveal). */
  mine: { response: unknown; earned?: number; total?: number } | null;
};

/** Applies one event to a view. Events at or before `view.seq` are ignored, so replays are harmless. */
export function applyEvent(view: RoomView, event: Pick<LiveEvent, 'seq' | 'type' | 'data'>): RoomView {
  if (event.seq <= view.seq) return view;
  const next: RoomView = { ...view, seq: event.seq };
  const d = event.data as Record<string, unknown>;
  const forRound = (id: unknown) => next.round && next.round.id === id;
  switch (event.type) {
    case 'participant-joined': {
      const p = d.participant as { id: string; nickname: string };
      if (next.participants?.some((x) => x.id === p.id)) break;
      if (next.participants) next.participants = [...next.participants, p];
      next.present = view.present + 1;
      break;
    }
    case 'participant-removed': {
      const id = d.participantId as string;
      if (next.participants) next.participants = next.participants.filter((x) => x.id !== id);
      if (next.me?.id === id) next.me = { ...next.me, removed: true };
      next.present = Math.max(0, view.present - 1);
      break;
    }
    case 'session-locked':
      next.locked = Boolean(d.locked);
      break;
    case 'round-opened':
      next.round = d.round as PublicRound;
      next.answered = view.role === 'host' ? 0 : null;
      next.mine = null;
      break;
    case 'tally':
      if (forRound(d.roundId)) {
        next.answered = Number(d.answered);
        next.present = Number(d.present);
      }
      break;
    case 'round-closed':
      if (forRound(d.roundId) && next.round!.status === 'open') next.round = { ...next.round!, status: 'closed', closedAt: Number(d.closedAt) };
      break;
    case 'round-revealed':
      if (forRound(d.roundId)) next.round = { ...next.round!, status: 'revealed', reveal: d.reveal as Record<string, unknown> };
      break;
    case 'session-ended':
      next.ended = true;
      if (next.round?.status === 'open') next.round = { ...next.round, status: 'closed' };
      break;
  }
  return next;
}
