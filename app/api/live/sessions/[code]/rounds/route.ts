import type { NextRequest } from 'next/server';
import { parseBody, roundBody } from '@/lib/live/bodies';
import { errorResponse, hostCaller, json, readBody } from '@/lib/live/http';
import { openSessionRound } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string }> };

/** POST {question: "<quiz-id>/<question-id>", seconds?} → 201 {roundId, deadline} (host). */
export async function POST(request: NextRequest, { params }: Ctx) {
  const found = await hostCaller(request, (await params).code);
  if (!found.ok) return found.response;
  const read = await readBody(request, 4 * 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(roundBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const { seconds, ...rest } = body.value;
  const r = await openSessionRound(found.code, rest, seconds ?? undefined);
  return r.ok ? json(r.value, 201) : errorResponse(r.error);
}
