import { describe, expect, it } from 'vitest';
import { getScenario } from '@/lib/builder/scenarios';
import { designOf } from '@/lib/builder/test-factories';
import { makeSingle } from '@/lib/quiz/test-factories';
import { summariseBuilderRound } from './round-summary';
import { analyseItems } from './item-analysis';
import type { RoundRow } from '../types';
import { buildReport, csvCell, reportCsv, type SessionReport } from './report';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.25)).toBe('-0.25');
  });

  it('writes empty cells for nothing and yes/no for booleans', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('reportCsv', () => {
  const scenario = getScenario('order-saga')!;
  const question = makeSingle({ prompt: 'Which, if any?' });
  const [stats] = analyseItems([{ id: 'quiz/single', question, answers: [{ participant: 'p1', response: { selected: 'a' } }] }]);
  const summary = summariseBuilderRound(scenario, [{ participant: 'p1', design: designOf({ X: ['orders', 'order-status'] }, {}, scenario.id) }]);
  const report: SessionReport = {
    code: 'ABCDEF',
    startedAt: '2026-12-02T09:00:00.000Z',
    participants: 3,
    questions: [{ ...stats!, round: 1 }],
    builderRounds: [{ round: 2, scenarioId: scenario.id, title: scenario.title, summary }],
  };
  const csv = reportCsv(report, new Map([[scenario.id, scenario]]));
  const lines = csv.trimEnd().split('\r\n');

  it('has one header and rows of the same width', () => {
    expect(lines[0]).toBe('section,round,item,label,count,share,correct,facility,discrimination,score,note');
    expect(lines[1]).toBe('session,,ABCDEF,2026-12-02T09:00:00.000Z,3,,,,,,');
  });

  it('has the question with its facility and one row per option', () => {
    expect(lines).toContain('question,1,quiz/single,"Which, if any?",1,,,1,,,');
    expect(lines.filter((l) => l.startsWith('option,1,'))).toHaveLength(2);
  });

  it('has the builder round, the common cuts by capability name, every pair and the scored cuts', () => {
    expect(lines.some((l) => l.startsWith('builder-round,2,order-saga,'))).toBe(true);
    expect(lines.find((l) => l.startsWith('common-cut,2,'))).toContain('Order status + Order taking');
    const n = scenario.capabilities.length;
    expect(lines.filter((l) => l.startsWith('pair,2,'))).toHaveLength((n * (n - 1)) / 2);
    expect(lines.filter((l) => l.startsWith('reference,2,'))).toHaveLength(scenario.references.length);
    expect(lines.filter((l) => l.startsWith('consensus,2,'))).toHaveLength(1);
  });
});

describe('buildReport', () => {
  const scenario = getScenario('order-saga')!;
  const question = makeSingle();
  const round = (over: Partial<RoundRow>): RoundRow => ({ id: 'r', code: 'ABCDEF', kind: 'question', index: 1, ref: 'quiz/single', status: 'revealed', openedAt: 0, deadline: null, closedAt: 1, data: {}, ...over });
  const cut = designOf({ X: ['orders', 'order-status'], Y: ['payments'] }, {}, scenario.id);
  const report = buildReport({
    code: 'ABCDEF',
    createdAt: Date.UTC(2026, 11, 2, 9),
    participants: 2,
    rounds: [round({ id: 'r2', kind: 'builder', index: 2, ref: scenario.id }), round({ id: 'r1' }), round({ id: 'r3', index: 3, ref: 'quiz/gone' })],
    responses: [
      { roundId: 'r1', participantId: 'p1', response: { selected: 'a' }, earned: 1, total: 1, at: 1 },
      { roundId: 'r1', participantId: 'p2', response: { selected: 'b' }, earned: 0, total: 1, at: 2 },
      { roundId: 'r2', participantId: 'p1', response: cut, earned: 70, total: 100, at: 3 },
    ],
    question: (ref) => (ref === 'quiz/single' ? question : null),
    scenario: (id) => (id === scenario.id ? scenario : null),
  });

  it('analyses question rounds in order and skips one whose question has gone', () => {
    expect(report.questions.map((q) => [q.round, q.id, q.answered, q.facility])).toEqual([[1, 'quiz/single', 2, 0.5]]);
    expect(report.startedAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('summarises builder rounds with the stored scores and without who drew which cut', () => {
    expect(report.builderRounds).toHaveLength(1);
    expect(report.builderRounds[0]!.summary.scores.median).toBe(70);
    expect(JSON.stringify(report)).not.toContain('p1');
  });
});
