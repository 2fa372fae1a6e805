import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, generateCode, hashToken, newHostToken, newParticipantToken, normalizeCode, tokenMatches } from './codes';

describe('join codes', () => {
  it('uses 31 characters without look-alikes', () => {
    expect(CODE_ALPHABET).toHaveLength(31);
    for (const ch of 'IL O01') expect(CODE_ALPHABET).not.toContain(ch);
  });

  it('generates 6 characters from the alphabet, different each time', () => {
    const codes = new Set(Array.from({ length: 200 }, generateCode));
    expect(codes.size).toBeGreaterThan(195);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
  });

  it('reads what a person typed: lower case, spaces and dashes', () => {
    expect(normalizeCode(' k7q-x2m ')).toBe('K7QX2M');
    expect(normalizeCode('K7Q X2M')).toBe('K7QX2M');
  });

  it('refuses wrong lengths and characters outside the alphabet', () => {
    expect(normalizeCode('K7QX2')).toBeNull();
    expect(normalizeCode('K7QX2MM')).toBeNull();
    expect(normalizeCode('K7QX0M')).toBeNull();
    expect(normalizeCode('<scrip')).toBeNull();
  });
});

describe('tokens', () => {
  it('gives the host 256 bits and a learner 128 bits', () => {
    expect(Buffer.from(newHostToken(), 'base64url')).toHaveLength(32);
    expect(Buffer.from(newParticipantToken(), 'base64url')).toHaveLength(16);
  });

  it('matches a token against its stored hash only', () => {
    const token = newHostToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(newHostToken(), hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches(null, hash)).toBe(false);
    expect(tokenMatches('x'.repeat(500), hash)).toBe(false);
  });
});
