import type { NextRequest } from 'next/server';
import { errorResponse, hostCaller, json } from '@/lib/live/http';
import { closeSessionRound } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/** POST: the host closes answers (doing it twice changes nothing). */
export async function POST(request: NextRequest, { params }: Ctx) {
  const { code, roundId } = await params;
  const found = await hostCaller(request, code);
  if (!found.ok) return found.response;
  const r = await closeSessionRound(found.code, roundId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
