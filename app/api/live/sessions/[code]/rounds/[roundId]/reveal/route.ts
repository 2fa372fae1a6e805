import type { NextRequest } from 'next/server';
import { caller, crossSite, errorResponse, json, needHost } from '@/lib/live/http';
import { revealSessionRound } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/** POST: the host reveals the key, the explanation and the distribution (doing it twice changes nothing). */
export async function POST(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const { code, roundId } = await params;
  const found = await caller(request, code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await revealSessionRound(found.code, roundId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
