import { describe, expect, it } from 'vitest';
import { makeMatching, makeNumeric, makeOrdering, makeTrueFalse } from '@/lib/quiz/test-factories';
import { answerLines } from './answer-text';

describe('answerLines', () => {
  it('says a true/false verdict and its reason', () => {
    expect(answerLines(makeTrueFalse())).toEqual(['False', 'Why: Reason one']);
  });

  it('lists an order and matches in words', () => {
    expect(answerLines(makeOrdering())).toEqual(['1. One', '2. Two', '3. Three']);
    expect(answerLines(makeMatching())).toEqual(['Jaeger → Distributed tracing', 'Kafka → Message queue']);
  });

  it('gives a number with its unit', () => {
    expect(answerLines(makeNumeric())).toEqual(['100 minutes']);
  });
});
