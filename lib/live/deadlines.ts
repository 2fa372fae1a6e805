import type { LiveEvent } from './types';
import type { OpenDeadline } from './store/types';

/**
 * One timer per open countdown in this process. A countdown's deadline is set by the server and
 * stored with the round; when it passes, the next command on any instance closes the round
 * (`expireDue` in `room.ts`). The timers only make sure there is such a command at the deadline,
 * so the screens hear "round-closed" on time. Every instance arms its own: the one that opened
 * the round, every one that reads the round's opening event, and every one that starts while a
 * countdown is running (`openDeadlines()`). Firing twice is harmless: closing is idempotent.
 */
export class DeadlineTimers {
  private readonly timers = new Map<string, { deadline: number; timer: ReturnType<typeof setTimeout> }>();

  /**
   * @param fire runs a command on the session (which closes the overdue round).
   * @param slackMs fires this long after the deadline, so the command's clock is past it.
   */
  constructor(
    private readonly fire: (code: string, roundId: string) => void,
    private readonly slackMs = 20,
  ) {}

  /** Timers waiting (for tests and the bench). */
  get size() {
    return this.timers.size;
  }

  /** Arms (or keeps) the timer for a round; arming the same round again changes nothing. */
  arm({ code, roundId, deadline }: OpenDeadline, now = Date.now()) {
    const key = `${code}/${roundId}`;
    const known = this.timers.get(key);
    if (known && known.deadline === deadline) return;
    if (known) clearTimeout(known.timer);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.fire(code, roundId);
    }, Math.max(0, deadline - now) + this.slackMs);
    (timer as { unref?: () => void }).unref?.();
    this.timers.set(key, { deadline, timer });
  }

  clear() {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** The countdowns that these events open, e.g. from a `round-opened` event read off the bus. */
export function deadlinesIn(events: readonly LiveEvent[]): OpenDeadline[] {
  const out: OpenDeadline[] = [];
  for (const e of events) {
    if (e.type !== 'round-opened') continue;
    const round = e.data.round as { id?: unknown; status?: unknown; deadline?: unknown } | undefined;
    if (round && typeof round.id === 'string' && round.status === 'open' && typeof round.deadline === 'number') {
      out.push({ code: e.code, roundId: round.id, deadline: round.deadline });
    }
  }
  return out;
}
