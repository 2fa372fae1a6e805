import { describe, expect, it } from 'vitest';
import { joinBody, lockBody, parseBody, roundBody } from './bodies';

describe('request bodies', () => {
  it('accepts what the API documents', () => {
    expect(parseBody(roundBody, { question: 'q/a', seconds: 30 })).toEqual({ ok: true, value: { question: 'q/a', seconds: 30 } });
    expect(parseBody(joinBody, {})).toEqual({ ok: true, value: {} });
  });

  it('explains a wrong field in one line', () => {
    expect(parseBody(roundBody, { question: 'q/a', seconds: 2 })).toMatchObject({ ok: false, error: { status: 400, message: 'seconds must be at least 5' } });
    expect(parseBody(lockBody, { locked: 'yes' })).toMatchObject({ ok: false, error: { message: 'locked must be true or false' } });
    expect(parseBody(joinBody, { nickname: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { message: 'nickname must be at most 200 characters' } });
  });
});
