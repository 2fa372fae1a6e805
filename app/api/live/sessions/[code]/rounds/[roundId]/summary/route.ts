import type { NextRequest } from 'next/server';
import { roundSummary } from '@/lib/live/cohort-service';
import { caller, errorResponse, json, needHost } from '@/lib/live/http';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/**
 * GET → the builder round's class picture and its submissions in order (host). `Server-Timing`
 * says how long reading the cuts and recomputing the picture took (`bench:live` reads it).
 */
export async function GET(request: NextRequest, { params }: Ctx) {
  const { code, roundId } = await params;
  const found = await caller(request, code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await roundSummary(found.code, roundId.slice(0, 64));
  if (!r.ok) return errorResponse(r.error);
  const t = r.timing;
  const timing = t ? [`store;dur=${t.storeMs.toFixed(1)}`, t.recomputeMs === null ? 'cache;desc=hit' : `recompute;dur=${t.recomputeMs.toFixed(1)}`].join(', ') : null;
  return json(r.value, 200, timing ? { 'Server-Timing': timing } : {});
}
