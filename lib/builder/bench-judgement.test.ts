import { describe, expect, it } from 'vitest';
import { judgementBenchDesign, judgementBenchScenario, measureJudgement } from './bench-judgement';
import { crossCheckScenario } from './scenario-schema';
import { evaluate } from './evaluate';
import { loadScenarios } from './scenarios';

describe('the judgement benchmark', () => {
  it('uses a valid 60-capability scenario that exercises most dimensions', () => {
    const s = judgementBenchScenario();
    expect(crossCheckScenario(s, new Set(s.lessons))).toEqual([]);
    const e = evaluate(s, judgementBenchDesign());
    expect(e.metrics.placed).toBe(60);
    const judged = new Set(e.findings.map((f) => f.rule));
    for (const d of ['latency', 'availability', 'consistency', 'data-ownership', 'change-coupling', 'resource-fit', 'team-fit', 'operations', 'compliance', 'reference'] as const) expect(judged, d).toContain(d);
  });

  it('reports the panel and the references as the tests demand', () => {
    const r = measureJudgement(loadScenarios().filter((s) => s.id === 'order-saga'), { evaluate: 5, suggest: 1 });
    expect(r.panel.pairs).toBeGreaterThan(0);
    expect(r.panel.ordered).toBe(r.panel.pairs);
    expect(r.references.withProblems).toBe(0);
    expect(r.suggest[0]).toMatchObject({ scenario: 'order-saga', capabilities: 5 });
  }, 60_000);
});
