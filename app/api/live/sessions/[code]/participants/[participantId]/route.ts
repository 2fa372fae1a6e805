import type { NextRequest } from 'next/server';
import { errorResponse, hostCaller, json } from '@/lib/live/http';
import { remove } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string; participantId: string }> };

/** DELETE: the host removes a learner; their token stops working. */
export async function DELETE(request: NextRequest, { params }: Ctx) {
  const { code, participantId } = await params;
  const found = await hostCaller(request, code);
  if (!found.ok) return found.response;
  const r = await remove(found.code, participantId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
