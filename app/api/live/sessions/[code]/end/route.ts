import type { NextRequest } from 'next/server';
import { caller, crossSite, errorResponse, json, needHost } from '@/lib/live/http';
import { end } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string }> };

/** POST → {endedAt, deletedAfterHours} (host): ends the session; its data is deleted later. */
export async function POST(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const found = await caller(request, (await params).code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await end(found.code);
  return r.ok ? json(r.value) : errorResponse(r.error);
}
