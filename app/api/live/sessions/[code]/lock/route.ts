import type { NextRequest } from 'next/server';
import { lockBody, parseBody } from '@/lib/live/bodies';
import { errorResponse, hostCaller, json, readBody } from '@/lib/live/http';
import { lock } from '@/lib/live/service';

type Ctx = { params: Promise<{ code: string }> };

/** POST {locked} → {locked} (host): no new joiners while locked. */
export async function POST(request: NextRequest, { params }: Ctx) {
  const found = await hostCaller(request, (await params).code);
  if (!found.ok) return found.response;
  const read = await readBody(request, 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(lockBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const r = await lock(found.code, body.value.locked);
  return r.ok ? json(r.value) : errorResponse(r.error);
}
