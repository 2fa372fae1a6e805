import type { NextRequest } from 'next/server';
import { createBody, parseBody } from '@/lib/live/bodies';
import { HOST_COOKIE, errorResponse, json, readBody, tokenCookie } from '@/lib/live/http';
import { createSession } from '@/lib/live/service';

/** POST /api/live/sessions → 201 {code, hostToken, joinUrl} (see docs/live-api.md). */
export async function POST(request: NextRequest) {
  const read = await readBody(request, 4 * 1024);
  if (!read.ok) return errorResponse(read.error);
  const body = parseBody(createBody, read.body);
  if (!body.ok) return errorResponse(body.error);
  const created = await createSession({
    ...body.value,
    hostKey: body.value.hostKey ?? request.headers.get('x-live-host-key'),
    host: request.headers.get('host'),
    proto: request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', ''),
  });
  if (!created.ok) return errorResponse(created.error);
  return json(created.value, 201, { 'Set-Cookie': tokenCookie(HOST_COOKIE, created.value.code, created.value.hostToken, request) });
}
