/**
 * A fixed-window counter per key (an address), in memory: it guards against guessing codes, so
 * only FAILED lookups are counted; successful joins from one address (a classroom behind one
 * router) are never limited by it. Nothing is stored: the counts vanish with the process.
 */
export class FailureLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    /** Failures allowed per window, e.g. `20`. */
    private readonly limit: number,
    /** Window length in ms, e.g. `60_000`. */
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const w = this.windows.get(key);
    if (!w) return 0;
    const elapsed = this.now() - w.start;
    if (elapsed >= this.windowMs) {
      this.windows.delete(key);
      return 0;
    }
    return w.count >= this.limit ? Math.ceil((this.windowMs - elapsed) / 1000) : 0;
  }

  /** Counts one failure for `key`. */
  fail(key: string): void {
    const now = this.now();
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) this.windows.set(key, { start: now, count: 1 });
    else w.count++;
    if (this.windows.size > 10_000) this.prune(now);
  }

  private prune(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
