import { describe, expect, it } from 'vitest';
import { formatReport, problemsOf } from './item-writing-check';
import { readBank } from './read-bank';

/**
 * The item-writing check over the whole question bank: no test-wise strategy may beat chance
 * by more than 15 points, true/false statements stay balanced, the right option is not
 * usually the longest. The figures print on every run; `npm run quiz:items -- <quiz-id>…`
 * prints them for chosen quizzes. Rules for authors: content/quizzes/README.md.
 */
describe('the question bank', () => {
  const bank = readBank();

  it('gives nothing away by its form', () => {
    console.log(formatReport(bank));
    expect(problemsOf(bank), 'item-writing limits broken (figures above; see content/quizzes/README.md)').toEqual([]);
  });
});
