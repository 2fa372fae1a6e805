import type { Scenario } from '@/lib/builder/model';
import type { Question } from '@/lib/quiz/schema';
import { builderRound } from './builder-round';
import { gradeResponse, publicQuestion, questionReveal, type Graded } from './question-round';
import { liveError, type LiveError, type ResponseRow, type RoundKind, type RoundRow } from './types';

/**
 * What the room needs from the world: looking up content by reference. Pure functions receive
 * it, so tests pass a fake. Builder rounds add their own lookup here.
 */
export interface RoomLookup {
  /** The question `"<quiz-id>/<question-id>"`, or `null` when there is none. */
  question(ref: string): Question | null;
  /** The builder scenario with this id, or `null` (builder rounds). */
  scenario?(id: string): Scenario | null;
}

/**
 * One kind of round. The room calls these and nothing else kind-specific, so a new kind is one
 * module registered in `roundKinds`.
 */
export interface RoundKindModule {
  kind: RoundKind;
  /** Checks what the host asked to open (the request body) and fixes the round's ref and data. */
  prepare(body: Record<string, unknown>, roundId: string, lookup: RoomLookup): { ref: string; data: Record<string, unknown> } | LiveError;
  /** What learners see while the round runs: never the key. */
  content(round: RoundRow, lookup: RoomLookup): unknown;
  /** Checks and grades one learner's response. */
  accept(round: RoundRow, response: unknown, lookup: RoomLookup): Graded | LiveError;
  /** What everyone sees at the reveal. */
  reveal(round: RoundRow, responses: ResponseRow[], lookup: RoomLookup): Record<string, unknown>;
}

const QUESTION_REF = /^[a-z0-9-]{1,80}\/[a-z0-9-]{1,80}$/;

export const questionRound: RoundKindModule = {
  kind: 'question',
  prepare(body, roundId, lookup) {
    const ref = body.question;
    if (typeof ref !== 'string' || !QUESTION_REF.test(ref)) return liveError(400, 'bad-question', 'Give "question" as "<quiz-id>/<question-id>".');
    if (!lookup.question(ref)) return liveError(404, 'unknown-question', `There is no question "${ref}".`);
    return { ref, data: { seed: roundId } };
  },
  content(round, lookup) {
    const question = lookup.question(round.ref);
    return question ? publicQuestion(question, String(round.data.seed)) : null;
  },
  accept(round, response, lookup) {
    const question = lookup.question(round.ref);
    if (!question) return liveError(410, 'question-gone', 'This question is no longer in the course.');
    const result = gradeResponse(question, response);
    return result.ok ? result.value : liveError(422, 'incomplete', result.message);
  },
  reveal(round, responses, lookup) {
    const question = lookup.question(round.ref);
    return question ? questionReveal(question, String(round.data.seed), responses) : {};
  },
};

/** Round kind → its module. Builder rounds register `builder` here. */
export const roundKinds: Partial<Record<RoundKind, RoundKindModule>> = { question: questionRound, builder: builderRound };

/** The kind a body asks for: `scenario` means a builder round, otherwise a question round. */
export function kindOfBody(body: Record<string, unknown>): RoundKind {
  return typeof body.scenario === 'string' ? 'builder' : 'question';
}
