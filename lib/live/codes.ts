import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_LENGTH } from './code-format';

/**
 * Join codes and tokens. Codes use 31 characters with no look-alikes (no I, L, O, 0, 1):
 * 6 characters give 31^6 ≈ 887 million codes (≈ 2^30), and a failed lookup is rate-limited.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A fresh random code, e.g. `"K7QX2M"`. */
export function generateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person typed, as a code (case, spaces and dashes ignored); `null` when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const code = input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** The instructor's token: 256 random bits, base64url (43 characters). Stored only as a hash. */
export const newHostToken = (): string => randomBytes(32).toString('base64url');
/** A learner's token: 128 random bits, base64url (22 characters). Stored only as a hash. */
export const newParticipantToken = (): string => randomBytes(16).toString('base64url');
/** A participant id (not a secret: it names a learner in events), e.g. `"p_3fK9…"`. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`;

/** SHA-256 of a token, hex. Tokens are random and long, so no salt or slow hash is needed. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string | null | undefined, hash: string): boolean {
  if (!token || token.length > 128) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
