import { createHash } from 'node:crypto';

/**
 * A strict Content-Security-Policy for pages that stay static. `script-src` never allows
 * `'unsafe-inline'`: a prerendered page's own inline scripts (Next's bootstrap and payload, the
 * theme script) are allowed by their SHA-256 hashes, read from the built HTML; a page rendered on
 * request (a 404) gets a nonce, which Next puts on the scripts it writes. An injected inline
 * handler or script matches neither, so it does not run. Inline styles stay allowed: Mermaid's
 * SVG and React Flow need them, and a style cannot run script.
 */
type ScriptSources = { hashes: string[]; nonce?: string };

export function buildCsp({ hashes, nonce }: ScriptSources, dev = false): string {
  const script = dev
    ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
    : ["script-src 'self'", ...hashes.map((h) => `'${h}'`), ...(nonce ? [`'nonce-${nonce}'`] : [])].join(' ');
  return [
    "default-src 'self'",
    script,
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `sha256-…` of an inline script's text, as CSP expects it. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The hashes of every inline `<script>` (one without `src`) in a page's HTML, without repeats.
 * A hand-written scan (no regex over the whole page), linear in the page's length.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  let at = 0;
  for (;;) {
    const open = html.indexOf('<script', at);
    if (open < 0) break;
    const tagEnd = html.indexOf('>', open);
    if (tagEnd < 0) break;
    const close = html.indexOf('</script>', tagEnd);
    if (close < 0) break;
    const tag = html.slice(open, tagEnd + 1);
    const isExternal = /\ssrc\s*=/.test(tag);
    const type = /\stype\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    // JSON data blocks (type="application/json", "application/ld+json") never run.
    if (!isExternal && (type === undefined || type === 'text/javascript' || type === 'module')) hashes.add(scriptHash(html.slice(tagEnd + 1, close)));
    at = close + 9;
  }
  return [...hashes];
}

/**
 * The file under `.next/server/app` that holds a path's prerendered HTML, e.g. `/lessons/x` →
 * `lessons/x.html`, `/` → `index.html`; null for a path that cannot name one (dots, odd characters).
 */
export function prerenderedFile(pathname: string): string | null {
  if (pathname === '/' || pathname === '') return 'index.html';
  const trimmed = pathname.replace(/(?<!\/)\/+$/, '');
  if (!/^(?:\/[A-Za-z0-9_-]+)+$/.test(trimmed) || trimmed.length > 200) return null;
  return `${trimmed.slice(1)}.html`;
}

/** True when a path's percent-encoding cannot be decoded (`/lessons/%ff`, `/a%`): such a request is answered 400. */
export function isBadlyEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
