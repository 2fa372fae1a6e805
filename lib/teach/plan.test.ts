import { describe, expect, it } from 'vitest';
import type { Guide } from '@/lib/teach/guide-schema';
import { clock, formatDuration, lessonBudget, pace, plannedLessons, timedAgenda } from './plan';

const makeGuide = (over: Partial<Guide> = {}): Guide => ({
  module: 'foundations',
  minutes: 40,
  objectives: [],
  preparation: [],
  agenda: [
    { minutes: 10, activity: 'Warm-up', detail: 'A question to the room.' },
    { minutes: 15, activity: 'Part one', lesson: 'one', detail: 'Present lesson one.' },
    { minutes: 10, activity: 'Exercise', lesson: 'one', detail: 'Groups work on it.' },
    { minutes: 5, activity: 'Part two', lesson: 'two', detail: 'Present lesson two.' },
  ],
  prompts: [],
  exercise: { title: 'x', minutes: 10, steps: [], debrief: 'y' },
  materials: [],
  shortOfTime: [],
  misconceptions: [],
  ...over,
});

describe('session plans', () => {
  it('gives each agenda row its start and end on the session clock', () => {
    expect(timedAgenda(makeGuide()).map((i) => `${i.start}-${i.end}`)).toEqual(['0:00-0:10', '0:10-0:25', '0:25-0:35', '0:35-0:40']);
    expect(clock(75)).toBe('1:15');
  });

  it('lists the presented lessons once each, in agenda order', () => {
    expect(plannedLessons(makeGuide())).toEqual(['one', 'two']);
  });

  it('budgets a lesson with every agenda row that presents it, and null when no plan does', () => {
    const budget = lessonBudget([makeGuide()], 'one');
    expect(budget).toMatchObject({ module: 'foundations', minutes: 25 });
    expect(budget?.items.map((i) => i.activity)).toEqual(['Part one', 'Exercise']);
    expect(lessonBudget([makeGuide()], 'three')).toBeNull();
  });
});

describe('pace against the budget', () => {
  it('counts down while on time, warns near the end and counts up once over', () => {
    expect(pace(5 * 60_000, 25)).toEqual({ state: 'on-time', label: '20:00 left of 25 minutes' });
    expect(pace(24 * 60_000, 25).state).toBe('nearly');
    expect(pace(27 * 60_000 + 5_000, 25)).toEqual({ state: 'over', label: '2:05 over the 25-minute budget' });
  });

  it('formats durations as m:ss, or h:mm:ss from an hour', () => {
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
