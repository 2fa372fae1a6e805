import type { NextRequest } from 'next/server';
import { parseBody, responseBody } from '@/lib/live/bodies';
import { caller, crossSite, errorResponse, json, needParticipant, readBody } from '@/lib/live/http';
import { answer } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/** POST {response} → 200 {accepted: true, changed} (participant; 409 once answers are closed). */
export async function POST(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const { code, roundId } = await params;
  const found = await caller(request, code, 'participant');
  if (!found.ok) return found.response;
  const denied = needParticipant(found.caller);
  if (denied) return denied;
  const read = await readBody(request, 16 * 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(responseBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const viewer = found.caller.viewer as { participantId: string };
  const r = await answer(found.code, viewer.participantId, roundId.slice(0, 64), body.value.response);
  return r.ok ? json(r.value) : errorResponse(r.error);
}
