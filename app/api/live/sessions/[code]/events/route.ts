import type { NextRequest } from 'next/server';
import { caller, errorResponse } from '@/lib/live/http';
import { live } from '@/lib/live/runtime';
import { view } from '@/lib/live/service';
import { openEventStream } from '@/lib/live/sse';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string }> };

/**
 * GET → text/event-stream (host or participant). The first message is the caller's `state`
 * unless it sends `Last-Event-ID` (or `?lastEventId=`), in which case it gets what it missed.
 */
export async function GET(request: NextRequest, { params }: Ctx) {
  const as = request.nextUrl.searchParams.get('as') === 'participant' ? 'participant' : undefined;
  const found = await caller(request, (await params).code, as);
  if (!found.ok) return found.response;
  const { session, viewer, removed } = found.caller;
  if (!viewer) return errorResponse(removed ? liveError(403, 'removed', 'The instructor removed you from this session.') : liveError(401, 'not-joined', 'Join the session first.'));
  const rt = await live();
  const last = request.headers.get('last-event-id') ?? request.nextUrl.searchParams.get('lastEventId');
  const lastId = last !== null && /^\d{1,9}$/.test(last) ? Number(last) : null;
  return openEventStream({
    signal: request.signal,
    bus: rt.bus,
    code: found.code,
    viewer,
    lastEventId: lastId !== null && lastId <= session.seq ? lastId : null,
    state: () => view(session, viewer),
  });
}
