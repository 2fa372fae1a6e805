import { describe, expect, it } from 'vitest';
import { COURSE } from '@/content/course';
import { RULE_LESSONS } from './lesson-links';
import { designFromReference, designPartition } from './reference-design';
import { makeCapability as cap, makeScenario } from './test-factories';

describe('designFromReference', () => {
  const s = makeScenario({
    capabilities: ['a', 'b', 'c'].map((id) => cap(id)),
    references: [{ id: 'two', title: 'Two', rationale: 'Why.', services: [{ name: 'AB', capabilities: ['a', 'b'] }, { name: 'C', capabilities: ['c'] }], modes: { 'a-c': 'async' } }],
  });

  it('turns a reference into a design with its services, placement and call styles', () => {
    const d = designFromReference(s, 'two')!;
    expect(d.services.map((x) => x.name)).toEqual(['AB', 'C']);
    expect(d.placement).toEqual({ a: 'ref-1', b: 'ref-1', c: 'ref-2' });
    expect(d.modes).toEqual({ 'a-c': 'async' });
    expect(designPartition(d, s)).toEqual(d.placement);
  });

  it('returns undefined for an unknown reference', () => {
    expect(designFromReference(s, 'nope')).toBeUndefined();
  });
});

describe('RULE_LESSONS', () => {
  it('links every rule to a lesson of the course with an anchor and label', () => {
    const lessons = COURSE.flatMap((m) => m.lessons);
    for (const [rule, link] of Object.entries(RULE_LESSONS)) {
      expect(lessons, rule).toContain(link.slug);
      expect(link.anchor, rule).toMatch(/^[a-z0-9-]+$/);
      expect(link.label.length, rule).toBeGreaterThan(3);
    }
  });
});
