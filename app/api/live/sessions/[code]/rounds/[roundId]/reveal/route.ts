import type { NextRequest } from 'next/server';
import { errorResponse, hostCaller, json } from '@/lib/live/http';
import { revealSessionRound } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string; roundId: string }> };

/** POST: the host reveals the key, the explanation and the distribution (doing it twice changes nothing). */
export async function POST(request: NextRequest, { params }: Ctx) {
  const { code, roundId } = await params;
  const found = await hostCaller(request, code);
  if (!found.ok) return found.response;
  const r = await revealSessionRound(found.code, roundId.slice(0, 64));
  return r.ok ? json(r.value) : errorResponse(r.error);
}
