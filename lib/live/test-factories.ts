import { makeCategorize, makeMatching, makeMultiple, makeNumeric, makeOrdering, makeScenario, makeSingle, makeTrueFalse } from '@/lib/quiz/test-factories';
import type { Question } from '@/lib/quiz/schema';
import type { RoomLookup } from './round-kinds';
import type { Slice } from './room';
import type { ParticipantRow, RoundRow, SessionRow } from './types';

/** Small factories for the live room's tests. */
export const makeSession = (over: Partial<SessionRow> = {}): SessionRow => ({
  code: 'ABCDEF',
  hostTokenHash: 'h'.repeat(64),
  createdAt: 1000,
  updatedAt: 1000,
  endedAt: null,
  locked: false,
  maxParticipants: 500,
  seq: 0,
  ...over,
});

export const makeParticipant = (over: Partial<ParticipantRow> = {}): ParticipantRow => ({
  id: 'p_1',
  code: 'ABCDEF',
  tokenHash: 't'.repeat(64),
  nickname: 'Ana',
  joinedAt: 1000,
  removed: false,
  ...over,
});

export const makeRound = (over: Partial<RoundRow> = {}): RoundRow => ({
  id: 'r_1',
  code: 'ABCDEF',
  kind: 'question',
  index: 1,
  ref: 'quiz/single',
  status: 'open',
  openedAt: 1000,
  deadline: null,
  closedAt: null,
  data: { seed: 'r_1' },
  ...over,
});

export const makeSlice = (over: Partial<Slice> = {}): Slice => ({ now: 2000, session: makeSession(), present: 0, ...over });

/** One question of every type, under `quiz/<type>`. */
export const allTypes: Question[] = [makeSingle(), makeMultiple(), makeTrueFalse(), makeOrdering(), makeMatching(), makeCategorize(), makeNumeric(), makeScenario()];

export const fakeLookup = (questions: Question[] = allTypes): RoomLookup => ({
  question: (ref) => questions.find((q) => `quiz/${q.id}` === ref) ?? null,
});
