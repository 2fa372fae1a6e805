import type { NextRequest } from 'next/server';
import { lockBody, parseBody } from '@/lib/live/bodies';
import { caller, crossSite, errorResponse, json, needHost, readBody } from '@/lib/live/http';
import { lock } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string }> };

/** POST {locked} → {locked} (host): no new joiners while locked. */
export async function POST(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const found = await caller(request, (await params).code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const read = await readBody(request, 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(lockBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const r = await lock(found.code, body.value.locked);
  return r.ok ? json(r.value) : errorResponse(r.error);
}
