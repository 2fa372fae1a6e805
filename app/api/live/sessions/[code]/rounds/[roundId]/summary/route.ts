import type { NextRequest } from 'next/server';
import { roundSummary } from '@/lib/live/cohort-service';
import { caller, errorResponse, json, needHost } from '@/lib/live/http';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/** GET → the builder round's class picture and its submissions in order (host). */
export async function GET(request: NextRequest, { params }: Ctx) {
  const { code, roundId } = await params;
  const found = await caller(request, code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await roundSummary(found.code, roundId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
