import type { NextRequest } from 'next/server';
import { errorResponse, hostCaller, json } from '@/lib/live/http';
import { end } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string }> };

/** POST → {endedAt, deletedAfterHours} (host): ends the session; its data is deleted later. */
export async function POST(request: NextRequest, { params }: Ctx) {
  const found = await hostCaller(request, (await params).code);
  if (!found.ok) return found.response;
  const r = await end(found.code);
  return r.ok ? json(r.value) : errorResponse(r.error);
}
