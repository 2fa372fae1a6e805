import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { buildCsp, inlineScriptHashes, isBadlyEncoded, prerenderedFile, scriptHash } from '@/lib/security/csp';
import { securityHeaders } from '@/lib/security/headers';
import { EARLY_CONTROLS_SCRIPT } from '@/lib/theme/early-controls';
import { THEME_SCRIPT } from '@/lib/theme/theme';

const dev = process.env.NODE_ENV !== 'production';
const appDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
/** The layout's own inline scripts (theme, early controls): allowed on every page, a rendered 404 included. */
const HEAD_SCRIPT_HASHES = [scriptHash(THEME_SCRIPT), scriptHash(EARLY_CONTROLS_SCRIPT)];
/** Path → hashes of its prerendered HTML's inline scripts (null: no such page), read once per path. */
const cache = new Map<string, string[] | null>();

function prerenderedHashes(pathname: string): string[] | null {
  const file = prerenderedFile(pathname);
  if (!file) return null;
  if (!cache.has(file)) {
    let hashes: string[] | null = null;
    try {
      hashes = inlineScriptHashes(readFileSync(path.join(appDir, file), 'utf8'));
    } catch {
      hashes = null;
    }
    if (cache.size < 2_000) cache.set(file, hashes);
    return hashes;
  }
  return cache.get(file) ?? null;
}

/**
 * Every page gets a Content-Security-Policy without `'unsafe-inline'` scripts (see lib/security/csp.ts);
 * a path whose percent-encoding is broken is answered 400, with the security headers, before the
 * router can fail on it with a 500.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isBadlyEncoded(pathname)) {
    const response = new NextResponse('Bad request: this address is not valid (its percent-encoding is broken).', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
    for (const h of securityHeaders) response.headers.set(h.key, h.value);
    response.headers.set('Content-Security-Policy', buildCsp({ hashes: [] }, dev));
    return response;
  }
  const own = prerenderedHashes(pathname);
  // No prerendered page of its own: Next answers with the prerendered 404 page, or renders one
  // now (which carries the nonce).
  const hashes = own ?? prerenderedHashes('/_not-found') ?? [];
  const nonce = own ? undefined : btoa(crypto.randomUUID());
  const csp = buildCsp({ hashes: [...new Set([...HEAD_SCRIPT_HASHES, ...hashes])], nonce }, dev);
  // Next reads the nonce from the request's policy and puts it on the scripts of a page it renders now.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages only: built assets, images and the icon need no policy.
  matcher: [{ source: '/((?!_next/static|_next/image|icon.svg|favicon.ico).*)' }],
};
