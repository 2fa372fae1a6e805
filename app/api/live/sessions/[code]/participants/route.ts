import type { NextRequest } from 'next/server';
import { joinBody, parseBody } from '@/lib/live/bodies';
import { PARTICIPANT_COOKIE, caller, crossSite, errorResponse, json, readBody, tokenCookie } from '@/lib/live/http';
import { joinSession } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string }> };

/** POST {nickname?} → 201 {participantId, participantToken, nickname}. */
export async function POST(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const found = await caller(request, (await params).code, 'participant');
  if (!found.ok) return found.response;
  if (found.caller.removed) return errorResponse(liveError(403, 'removed', 'The instructor removed you from this session.'));
  const read = await readBody(request, 2 * 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(joinBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const joined = await joinSession(found.code, body.value.nickname ?? undefined);
  if (!joined.ok) return errorResponse(joined.error);
  return json(joined.value, 201, { 'Set-Cookie': tokenCookie(PARTICIPANT_COOKIE, found.code, joined.value.participantToken, request) });
}
