import { describe, expect, it } from 'vitest';
import { graded } from './score';
import { summarise, type SummaryInput } from './summary';

const row = (over: Partial<SummaryInput>): SummaryInput => ({ key: 'q/x', section: 'l#a', sectionTitle: 'A', score: graded(1, 1), certainty: null, ...over });

describe('summarise', () => {
  it('adds up points and fully right questions', () => {
    const s = summarise([row({ key: 'q/1' }), row({ key: 'q/2', score: graded(1, 2) })]);
    expect(s).toMatchObject({ earned: 2, total: 3, right: 1, count: 2 });
  });

  it('lists each section to review once, for questions not fully right', () => {
    const s = summarise([
      row({ key: 'q/1', section: 'l#a', score: graded(0, 1) }),
      row({ key: 'q/2', section: 'l#a', score: graded(1, 2) }),
      row({ key: 'q/3', section: 'l#b', sectionTitle: 'B' }),
    ]);
    expect(s.review).toEqual([{ section: 'l#a', title: 'A' }]);
  });

  it('shows calibration per certainty level used and flags sure-but-wrong answers', () => {
    const s = summarise([
      row({ key: 'q/1', certainty: 'high' }),
      row({ key: 'q/2', certainty: 'high', score: graded(0, 1) }),
      row({ key: 'q/3', certainty: 'low', score: graded(0, 1) }),
      row({ key: 'q/4' }),
    ]);
    expect(s.calibration).toEqual([
      { level: 'low', right: 0, wrong: 1 },
      { level: 'high', right: 1, wrong: 1 },
    ]);
    expect(s.confidentWrong).toEqual(['q/2']);
  });
});
