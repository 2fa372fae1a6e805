import 'server-only';
import type { NextRequest } from 'next/server';
import { normalizeCode } from './codes';
import { live } from './runtime';
import { identify } from './service';
import { liveError, type LiveError, type SessionRow, type Viewer } from './types';

/** Helpers the route handlers share: bodies, errors, tokens, cookies. No session rules here. */

export const HOST_COOKIE = 'sb_live_host';
export const PARTICIPANT_COOKIE = 'sb_live_p';
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function errorResponse(error: LiveError, headers: Record<string, string> = {}): Response {
  return json({ error: error.code, message: error.message }, error.status, headers);
}

/**
 * Reads a JSON object body of at most `maxBytes`: 413 past the cap (checked on the header and
 * while reading), 400 for anything that is not a JSON object, 415 is not worth a separate case.
 */
export async function readBody(request: Request, maxBytes: number): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; error: LiveError }> {
  const tooBig = liveError(413, 'too-large', `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { ok: false, error: tooBig };
  let text = '';
  if (request.body) {
    const reader = request.body.getReader();
    const decoder = new TextDecoder();
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, error: tooBig };
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  }
  if (!text.trim()) return { ok: true, body: {} };
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return { ok: true, body: body as Record<string, unknown> };
  } catch {
    // fall through
  }
  return { ok: false, error: liveError(400, 'bad-json', 'The request body must be a JSON object.') };
}

/** The address a request came from, for the failed-lookup limiter only (never stored). */
function clientAddress(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip') || 'unknown';
}

/** Refuses a cookie-carrying request sent from another site (SameSite=Lax covers most of this). */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}

export function bearer(request: Request): string | null {
  const auth = request.headers.get('authorization');
  const m = auth ? /^Bearer\s+([A-Za-z0-9_-]{10,128})$/.exec(auth.trim()) : null;
  return m ? m[1]! : null;
}

export type Caller = { session: SessionRow; viewer: Viewer | null; removed?: boolean };

/**
 * Finds the session and who is calling. A malformed or unknown code counts as a failed lookup
 * for the caller's address; past 20 a minute the address gets 429 until the window ends.
 */
export async function caller(request: NextRequest, rawCode: string, prefer?: 'host' | 'participant'): Promise<{ ok: true; caller: Caller; code: string } | { ok: false; response: Response }> {
  const rt = await live();
  const address = clientAddress(request);
  const wait = rt.limiter.retryAfter(address);
  if (wait > 0) {
    return { ok: false, response: errorResponse(liveError(429, 'slow-down', `Too many wrong codes from this network. Try again in ${wait} seconds.`), { 'Retry-After': String(wait) }) };
  }
  const code = normalizeCode(rawCode);
  const found = code
    ? await identify(code, { bearer: bearer(request), host: request.cookies.get(HOST_COOKIE)?.value, participant: request.cookies.get(PARTICIPANT_COOKIE)?.value }, prefer)
    : null;
  if (!code || !found || !found.ok) {
    rt.limiter.fail(address);
    return { ok: false, response: errorResponse(liveError(404, 'no-session', 'There is no session with this code. Check the code on the screen.')) };
  }
  return { ok: true, caller: found.value, code };
}

export const needHost = (c: Caller): Response | null =>
  c.viewer?.role === 'host' ? null : errorResponse(liveError(403, 'host-only', 'Only the instructor who started this session can do this.'));

/** The host's own request: not cross-site, a session that exists, and the host's token. */
export async function hostCaller(request: NextRequest, rawCode: string): Promise<{ ok: true; caller: Caller; code: string } | { ok: false; response: Response }> {
  if (crossSite(request)) return { ok: false, response: errorResponse(liveError(403, 'cross-site', 'This request came from another site.')) };
  const found = await caller(request, rawCode);
  if (!found.ok) return found;
  const denied = needHost(found.caller);
  return denied ? { ok: false, response: denied } : found;
}

export function needParticipant(c: Caller): Response | null {
  if (c.removed) return errorResponse(liveError(403, 'removed', 'The instructor removed you from this session.'));
  return c.viewer?.role === 'participant' ? null : errorResponse(liveError(401, 'not-joined', 'Join the session first.'));
}

/** An HttpOnly, SameSite cookie scoped to one session's API path. */
export function tokenCookie(name: string, code: string, token: string, request: Request, maxAgeSeconds = 86_400): string {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  return `${name}=${token}; Path=/api/live/sessions/${code}; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

export const clearCookie = (name: string, code: string) => `${name}=; Path=/api/live/sessions/${code}; HttpOnly; SameSite=Lax; Max-Age=0`;
