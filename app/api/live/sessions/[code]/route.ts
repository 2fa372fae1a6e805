import type { NextRequest } from 'next/server';
import { caller, clearCookie, HOST_COOKIE, hostCaller, json, PARTICIPANT_COOKIE } from '@/lib/live/http';
import { destroy, sessionJoinUrl, view } from '@/lib/live/service';
import { live } from '@/lib/live/runtime';

type Ctx = { params: Promise<{ code: string }> };

/**
 * GET: the session as the caller may see it (host or learner), or, for anyone else, whether it
 * can be joined: `{code, joinable, reason?}`.
 */
export async function GET(request: NextRequest, { params }: Ctx) {
  const { code: raw } = await params;
  const as = request.nextUrl.searchParams.get('as') === 'participant' ? 'participant' : undefined;
  const found = await caller(request, raw, as);
  if (!found.ok) return found.response;
  const { session, viewer, removed } = found.caller;
  if (viewer) {
    const v = await view(session, viewer);
    const rt = await live();
    const extra = viewer.role === 'host' ? { joinUrl: sessionJoinUrl(rt, session.code, request.headers.get('host'), request.headers.get('x-forwarded-proto') ?? undefined) } : {};
    return json({ ...v, ...extra, retentionHours: rt.config.retentionHours });
  }
  const reason = removed ? 'removed' : session.endedAt !== null ? 'ended' : session.locked ? 'locked' : null;
  return json({ code: session.code, joinable: reason === null, reason, retentionHours: (await live()).config.retentionHours });
}

/** DELETE: the host ends the session and deletes its data now. */
export async function DELETE(request: NextRequest, { params }: Ctx) {
  const found = await hostCaller(request, (await params).code);
  if (!found.ok) return found.response;
  await destroy(found.code);
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  headers.append('Set-Cookie', clearCookie(HOST_COOKIE, found.code));
  headers.append('Set-Cookie', clearCookie(PARTICIPANT_COOKIE, found.code));
  return new Response(null, { status: 204, headers });
}
