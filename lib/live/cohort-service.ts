import 'server-only';
import type { Design } from '@/lib/builder/model';
import { submissionsOf, summariseResponses } from './builder-round';
import { buildReport, type SessionReport } from './cohort/report';
import type { BuilderRoundSummary } from './cohort/round-summary';
import { courseLookup } from './lookup';
import { live } from './runtime';
import { liveError, type LiveError, type ResponseRow, type RoundRow, type SessionRow } from './types';

/**
 * The host's reads of builder rounds and the session report, free of HTTP like `service.ts`.
 * The class picture is recomputed from the stored cuts, and cached per round until a cut
 * arrives or changes, so a projector polling on every tally costs one read and no recompute.
 */
type Result<T> = { ok: true; value: T } | { ok: false; error: LiveError };

export type HostRoundSummary = { summary: BuilderRoundSummary; submissions: { participant: string; score: number }[] };

const CACHE = Symbol.for('service-boundaries.live.summaries');
type Cached = { version: string; value: HostRoundSummary };
function cache(): Map<string, Cached> {
  const g = globalThis as { [CACHE]?: Map<string, Cached> };
  return (g[CACHE] ??= new Map());
}

async function builderRoundOf(code: string, roundId: string): Promise<Result<RoundRow>> {
  const rt = await live();
  const round = (await rt.store.rounds(code)).find((r) => r.id === roundId);
  if (!round) return { ok: false, error: liveError(404, 'no-round', 'There is no such round in this session.') };
  if (round.kind !== 'builder') return { ok: false, error: liveError(409, 'not-builder', 'This round is a question, not a builder round.') };
  return { ok: true, value: round };
}

/**
 * How long a summary took on the server, for a `Server-Timing` header: reading the cuts, and
 * recomputing the picture (`null` when the cached one was still current), in ms, e.g. `8.4`.
 */
export type SummaryTiming = { storeMs: number; recomputeMs: number | null };

/** The live class picture of one builder round (host only). */
export async function roundSummary(code: string, roundId: string): Promise<Result<HostRoundSummary> & { timing?: SummaryTiming }> {
  const found = await builderRoundOf(code, roundId);
  if (!found.ok) return found;
  const scenario = courseLookup.scenario?.(found.value.ref);
  if (!scenario) return { ok: false, error: liveError(410, 'scenario-gone', 'This scenario is no longer in the course.') };
  const rt = await live();
  const t0 = performance.now();
  const rows: ResponseRow[] = (await rt.store.responses(code)).filter((r) => r.roundId === roundId);
  const storeMs = performance.now() - t0;
  const version = `${rows.length}:${rows.reduce((m, r) => Math.max(m, r.at), 0)}`;
  const hit = cache().get(roundId);
  if (hit && hit.version === version) return { ok: true, value: hit.value, timing: { storeMs, recomputeMs: null } };
  const t1 = performance.now();
  const value: HostRoundSummary = {
    summary: summariseResponses(scenario, roundId, rows),
    submissions: submissionsOf(roundId, rows).map((s) => ({ participant: s.participant, score: s.score })),
  };
  const recomputeMs = performance.now() - t1;
  const c = cache();
  if (c.size > 200) c.clear();
  c.set(roundId, { version, value });
  return { ok: true, value, timing: { storeMs, recomputeMs } };
}

/** One learner's cut in a builder round (host only), for the full-screen view. */
export async function submission(code: string, roundId: string, participantId: string): Promise<Result<{ design: Design; score: number }>> {
  const found = await builderRoundOf(code, roundId);
  if (!found.ok) return found;
  const rt = await live();
  const row = await rt.store.response(roundId, participantId);
  if (!row) return { ok: false, error: liveError(404, 'no-submission', 'This learner has not submitted a cut in this round.') };
  return { ok: true, value: { design: row.response as Design, score: row.earned } };
}

/** The session report (host only): per question the item analysis, per builder round the class picture. */
export async function sessionReport(session: SessionRow): Promise<SessionReport> {
  const rt = await live();
  const [people, rounds, responses] = await Promise.all([rt.store.participants(session.code), rt.store.rounds(session.code), rt.store.responses(session.code)]);
  return buildReport({
    code: session.code,
    createdAt: session.createdAt,
    participants: people.length,
    rounds,
    responses,
    question: (ref) => courseLookup.question(ref),
    scenario: (id) => courseLookup.scenario?.(id) ?? null,
  });
}
