import type { Guide } from '@/lib/teach/guide-schema';

/** One agenda row with its clock times from the start of the session, e.g. `"0:10"` to `"0:25"`. */
type TimedAgendaItem = Guide['agenda'][number] & { start: string; end: string };

/** `75` → `"1:15"` (hours:minutes from the start of the session). */
export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The agenda with start and end times, so the instructor sees where the session should be. */
export function timedAgenda(guide: Guide): TimedAgendaItem[] {
  let at = 0;
  return guide.agenda.map((item) => {
    const timed = { ...item, start: clock(at), end: clock(at + item.minutes) };
    at += item.minutes;
    return timed;
  });
}

/** The lessons a plan presents, in agenda order, each once, e.g. `["monoliths-and-microservices", "comparing-the-architectures"]`. */
export function plannedLessons(guide: Guide): string[] {
  return [...new Set(guide.agenda.flatMap((item) => (item.lesson ? [item.lesson] : [])))];
}

/** A lesson's time budget in a session: the agenda rows that present it. */
type LessonBudget = { module: string; minutes: number; items: TimedAgendaItem[] };

/** The budget the plans give a lesson, or null when no plan presents it. */
export function lessonBudget(guides: Guide[], slug: string): LessonBudget | null {
  for (const guide of guides) {
    const items = timedAgenda(guide).filter((item) => item.lesson === slug);
    if (items.length) return { module: guide.module, minutes: items.reduce((sum, item) => sum + item.minutes, 0), items };
  }
  return null;
}

/** How the elapsed time compares with the budget: for the console's timer colour and its words. */
type Pace = { label: string; state: 'on-time' | 'nearly' | 'over' };

export function pace(elapsedMs: number, budgetMinutes: number): Pace {
  const budgetMs = budgetMinutes * 60_000;
  if (elapsedMs > budgetMs) return { state: 'over', label: `${formatDuration(elapsedMs - budgetMs)} over the ${budgetMinutes}-minute budget` };
  const left = budgetMs - elapsedMs;
  return { state: left <= Math.min(2 * 60_000, budgetMs * 0.2) ? 'nearly' : 'on-time', label: `${formatDuration(left)} left of ${budgetMinutes} minutes` };
}

/** `754_000` → `"12:34"`; an hour or more as `"1:02:03"`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
