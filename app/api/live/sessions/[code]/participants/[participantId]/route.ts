import type { NextRequest } from 'next/server';
import { caller, crossSite, errorResponse, json, needHost } from '@/lib/live/http';
import { remove } from '@/lib/live/service';
import { liveError } from '@/lib/live/types';

type Ctx = { params: Promise<{ code: string; participantId: string }> };

/** DELETE: the host removes a learner; their token stops working. */
export async function DELETE(request: NextRequest, { params }: Ctx) {
  if (crossSite(request)) return errorResponse(liveError(403, 'cross-site', 'This request came from another site.'));
  const { code, participantId } = await params;
  const found = await caller(request, code);
  if (!found.ok) return found.response;
  const denied = needHost(found.caller);
  if (denied) return denied;
  const r = await remove(found.code, participantId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
