import type { NextRequest } from 'next/server';
import { submission } from '@/lib/live/cohort-service';
import { caller, errorResponse, json, needHost } from '@/lib/live/http';

type Ctx = { params: Promise<{ code: string; roundId: string; participantId: string }> };

/** GET → one learner's cut in a builder round, for the projector's full-screen view (host). */
export async function GET(request: NextRequest, { params }: Ctx) {
  const { code, roundId, participantId } = await params;
  const found = await caller(request, code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await submission(found.code, roundId.slice(0, 64), participantId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
