import { checkDesign } from '@/lib/builder/design-schema';
import { evaluate } from '@/lib/builder/evaluate';
import type { Design, Scenario } from '@/lib/builder/model';
import type { CommonCut } from './cohort/common-cuts';
import { summariseBuilderRound, type BuilderRoundSummary } from './cohort/round-summary';
import type { RoundKindModule } from './round-kinds';
import { liveError, type LiveError, type ResponseRow } from './types';

/**
 * A builder round: every learner cuts the same scenario and submits the design in the builder's
 * own format. The design passes the same gate as an imported file (`checkDesign`: shape, sizes,
 * every id known to the scenario), then a few rules of our own for text that will be projected,
 * and is scored on the server by the builder's `evaluate()`. A resubmission replaces the earlier
 * cut until the round closes (the room's `respond` does that for every kind).
 */

/** The largest design accepted, as JSON: a 60-service cut with positions is about 12 KB. */
export const MAX_DESIGN_BYTES = 48_000;

const SCENARIO_REF = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Markup, control and bidirectional-override characters have no place in a service name shown to a room. */
const UNSAFE_NAME = /[<>\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_NAME_ALL = new RegExp(UNSAFE_NAME.source, 'gu');

/** Checks a submitted design; the message says what to fix. */
export function checkSubmittedDesign(scenario: Scenario, value: unknown): { ok: true; design: Design } | { ok: false; error: LiveError } {
  let size = 0;
  try {
    size = JSON.stringify(value ?? null).length;
  } catch {
    return { ok: false, error: liveError(422, 'bad-design', 'The design could not be read.') };
  }
  if (size > MAX_DESIGN_BYTES) {
    return { ok: false, error: liveError(413, 'design-too-large', `The design is too large (${Math.round(size / 1000)} KB; at most ${MAX_DESIGN_BYTES / 1000} KB).`) };
  }
  const checked = checkDesign(scenario, value);
  if (!checked.success) return { ok: false, error: liveError(422, 'bad-design', checked.error) };
  const unsafe = checked.data.services.find((s) => UNSAFE_NAME.test(s.name));
  if (unsafe) {
    return { ok: false, error: liveError(422, 'bad-service-name', `The service name "${unsafe.name.replace(UNSAFE_NAME_ALL, '').slice(0, 30)}…" contains angle brackets or invisible control characters; name the service in plain words.`) };
  }
  // Positions are canvas layout only; the class picture and the projector never need them.
  const { scenarioId, services, placement, modes } = checked.data;
  return { ok: true, design: { scenarioId, services: services.map((s) => ({ id: s.id, name: s.name.normalize('NFC'), color: s.color })), placement, modes } };
}

/** What learners receive while the round runs: the scenario to cut (course content, public on the builder pages too). */
export type BuilderRoundContent = { scenario: Scenario };

/** The round's picture as everyone may see it at the reveal: no participant ids, no names. */
export type PublicBuilderSummary = Omit<BuilderRoundSummary, 'cuts'> & { cuts: Omit<CommonCut, 'participants'>[] };

export function publicSummary(summary: BuilderRoundSummary): PublicBuilderSummary {
  return { ...summary, cuts: summary.cuts.map(({ key, groups, count }) => ({ key, groups, count })) };
}

/** The latest design of each learner of one round, in the order they last submitted. */
export function submissionsOf(roundId: string, responses: ResponseRow[]) {
  return responses
    .filter((r) => r.roundId === roundId)
    .sort((a, b) => a.at - b.at)
    .map((r) => ({ participant: r.participantId, design: r.response as Design, score: r.earned }));
}

/** Summarises one round from stored responses, reusing the scores graded when each cut arrived. */
export function summariseResponses(scenario: Scenario, roundId: string, responses: ResponseRow[]): BuilderRoundSummary {
  const subs = submissionsOf(roundId, responses);
  return summariseBuilderRound(scenario, subs, new Map(subs.map((s) => [s.participant, s.score])));
}

export const builderRound: RoundKindModule = {
  kind: 'builder',
  prepare(body, _roundId, lookup) {
    const ref = body.scenario;
    if (typeof ref !== 'string' || !SCENARIO_REF.test(ref)) return liveError(400, 'bad-scenario', 'Give "scenario" as a scenario id, e.g. "order-saga".');
    if (!lookup.scenario?.(ref)) return liveError(404, 'unknown-scenario', `There is no scenario "${ref}".`);
    return { ref, data: {} };
  },
  content(round, lookup): BuilderRoundContent | null {
    const scenario = lookup.scenario?.(round.ref);
    return scenario ? { scenario } : null;
  },
  accept(round, response, lookup) {
    const scenario = lookup.scenario?.(round.ref);
    if (!scenario) return liveError(410, 'scenario-gone', 'This scenario is no longer in the course.');
    const checked = checkSubmittedDesign(scenario, response);
    if (!checked.ok) return checked.error;
    if (!Object.keys(checked.design.placement).length) return liveError(422, 'empty-design', 'Place at least one capability in a service before you submit.');
    return { response: checked.design, earned: evaluate(scenario, checked.design).score, total: 100 };
  },
  reveal(round, responses, lookup) {
    const scenario = lookup.scenario?.(round.ref);
    return scenario ? { summary: publicSummary(summariseResponses(scenario, round.id, responses)) } : {};
  },
};
