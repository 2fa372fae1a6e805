import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit';

describe('FailureLimiter', () => {
  it('lets an address try until it has failed `limit` times in the window', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('10.0.0.1')).toBe(0);
      limiter.fail('10.0.0.1');
    }
    expect(limiter.retryAfter('10.0.0.1')).toBe(60);
    now = 30_000;
    expect(limiter.retryAfter('10.0.0.1')).toBe(30);
    now = 60_000;
    expect(limiter.retryAfter('10.0.0.1')).toBe(0);
  });

  it('counts each address apart', () => {
    const limiter = new FailureLimiter(1, 1000, () => 0);
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBeGreaterThan(0);
    expect(limiter.retryAfter('b')).toBe(0);
  });
});
