import { describe, expect, it } from 'vitest';
import { buildCsp, inlineScriptHashes, isBadlyEncoded, prerenderedFile, scriptHash } from './csp';

describe('buildCsp', () => {
  it('allows inline scripts only by hash or nonce in production', () => {
    const csp = buildCsp({ hashes: ['sha256-abc'], nonce: 'n1' });
    const script = csp.split('; ').find((d) => d.startsWith('script-src '));
    expect(script).toBe("script-src 'self' 'sha256-abc' 'nonce-n1'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).not.toContain('unsafe-inline\' \'unsafe-eval');
  });

  it('loosens scripts only in development', () => {
    expect(buildCsp({ hashes: [] }, true)).toContain("'unsafe-eval'");
    expect(buildCsp({ hashes: [] }, false)).not.toContain('unsafe-eval');
  });
});

describe('inlineScriptHashes', () => {
  it('hashes inline scripts, once each, and skips external scripts and JSON blocks', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script type="application/json">{}</script><script>a()</script><script>b()</script>';
    expect(inlineScriptHashes(html)).toEqual([scriptHash('a()'), scriptHash('b()')]);
  });

  it('matches the hash a browser computes (SHA-256 of the text, base64)', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('survives an unclosed script tag', () => {
    expect(inlineScriptHashes('<script>never closed')).toEqual([]);
  });
});

describe('paths', () => {
  it('names the prerendered file of a page', () => {
    expect(prerenderedFile('/')).toBe('index.html');
    expect(prerenderedFile('/lessons/monoliths')).toBe('lessons/monoliths.html');
    expect(prerenderedFile('/lessons/monoliths/')).toBe('lessons/monoliths.html');
    expect(prerenderedFile('/../etc/passwd')).toBeNull();
    expect(prerenderedFile('/lessons/a.b')).toBeNull();
  });

  it('tells broken percent-encoding apart', () => {
    expect(isBadlyEncoded('/lessons/%ff')).toBe(true);
    expect(isBadlyEncoded('/lessons/a%')).toBe(true);
    expect(isBadlyEncoded('/lessons/caf%C3%A9')).toBe(false);
  });
});
