import { describe, expect, it } from 'vitest';
import { makeSingle } from '@/lib/quiz/test-factories';
import { createCourseLookup } from './lookup';

/** A lookup over one quiz, `monoliths`, that counts how often the files are read. */
function makeLookup() {
  const reads: string[] = [];
  const lookup = createCourseLookup({
    readQuiz: (id) => {
      reads.push(id);
      if (id !== 'monoliths') throw new Error(`there is no content/quizzes/${id}.yaml`);
      return { questions: [makeSingle({ id: 'why' })] };
    },
    scenario: () => null,
  });
  return { lookup, reads };
}

describe('courseLookup', () => {
  it('finds a question and reads its quiz file once', () => {
    const { lookup, reads } = makeLookup();
    expect(lookup.question('monoliths/why')?.id).toBe('why');
    expect(lookup.question('monoliths/why')?.id).toBe('why');
    expect(lookup.question('monoliths/other')).toBeNull();
    expect(reads).toEqual(['monoliths']);
  });

  it('keeps nothing for quiz ids that do not exist, however many are asked for', () => {
    const { lookup } = makeLookup();
    for (let i = 0; i < 10_000; i++) expect(lookup.question(`made-up-${i}/q`)).toBeNull();
    lookup.question('monoliths/why');
    expect(lookup.cachedQuizzes()).toBe(1);
  });

  it('refuses refs without a quiz and a question id', () => {
    const { lookup, reads } = makeLookup();
    expect(lookup.question('monoliths')).toBeNull();
    expect(lookup.question('/why')).toBeNull();
    expect(reads).toEqual([]);
  });
});
