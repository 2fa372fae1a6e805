import type {
  CategorizeQuestion,
  MatchingQuestion,
  MultipleQuestion,
  NumericQuestion,
  OrderingQuestion,
  ScenarioQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from './schema';

/** Small question factories for tests: each test overrides only what it is about. */
const base = { prompt: 'A prompt?', explanation: 'Because the lesson says so.', section: 'lesson#heading' };

export const makeSingle = (over: Partial<SingleQuestion> = {}): SingleQuestion => ({
  ...base,
  id: 'single',
  type: 'single',
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B', feedback: 'B is the misconception.' },
  ],
  answer: 'a',
  ...over,
});

export const makeMultiple = (over: Partial<MultipleQuestion> = {}): MultipleQuestion => ({
  ...base,
  id: 'multiple',
  type: 'multiple',
  choices: [
    { id: 'a', text: 'A' },
    { id: 'b', text: 'B' },
    { id: 'c', text: 'C', feedback: 'C does not apply.' },
    { id: 'd', text: 'D', feedback: 'D does not apply either.' },
  ],
  answer: ['a', 'b'],
  ...over,
});

export const makeTrueFalse = (over: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion => ({
  ...base,
  id: 'tf',
  type: 'true-false',
  answer: { verdict: false, reason: 'r1' },
  verdictFeedback: 'The statement is false.',
  reasons: [
    { id: 'r1', text: 'Reason one' },
    { id: 'r2', text: 'Reason two', feedback: 'Reason two confuses X with Y.' },
  ],
  ...over,
});

export const makeOrdering = (over: Partial<OrderingQuestion> = {}): OrderingQuestion => ({
  ...base,
  id: 'ordering',
  type: 'ordering',
  items: [
    { id: 'one', text: 'One' },
    { id: 'two', text: 'Two', feedback: 'Two comes after one.' },
    { id: 'three', text: 'Three' },
  ],
  ...over,
});

export const makeMatching = (over: Partial<MatchingQuestion> = {}): MatchingQuestion => ({
  ...base,
  id: 'matching',
  type: 'matching',
  pairs: [
    { id: 'jaeger', prompt: 'Jaeger', answer: 'tracing', feedback: 'Jaeger follows requests across services.' },
    { id: 'kafka', prompt: 'Kafka', answer: 'queue' },
  ],
  targets: [
    { id: 'tracing', text: 'Distributed tracing' },
    { id: 'queue', text: 'Message queue' },
    { id: 'gateway', text: 'API gateway' },
  ],
  ...over,
});

export const makeCategorize = (over: Partial<CategorizeQuestion> = {}): CategorizeQuestion => ({
  ...base,
  id: 'categorize',
  type: 'categorize',
  categories: [
    { id: 'micro', label: 'Favours microservices' },
    { id: 'mega', label: 'Favours megaservices' },
  ],
  items: [
    { id: 'big-team', text: 'Many teams', category: 'micro', feedback: 'Many teams need independent deploys.' },
    { id: 'small-team', text: 'One small team', category: 'mega' },
    { id: 'latency', text: 'Tight latency budget', category: 'mega' },
  ],
  ...over,
});

export const makeNumeric = (over: Partial<NumericQuestion> = {}): NumericQuestion => ({
  ...base,
  id: 'numeric',
  type: 'numeric',
  answer: { value: 100, tolerance: 0, unit: 'minutes' },
  mistakes: [{ value: 2, tolerance: 0, feedback: 'That is hours, not minutes.' }],
  ...over,
});

export const makeScenario = (over: Partial<ScenarioQuestion> = {}): ScenarioQuestion => ({
  ...base,
  id: 'scenario',
  type: 'scenario',
  facts: [
    { label: 'Team', value: '5 engineers' },
    { label: 'DevOps', value: 'None' },
  ],
  choices: [
    { id: 'monolith', text: 'Monolith' },
    { id: 'micro', text: 'Microservices', feedback: 'Five people cannot run many services.' },
  ],
  reasons: [
    { id: 'team', text: 'The team is small' },
    { id: 'users', text: 'There are many users', feedback: 'User count is not the trigger; team size is.' },
  ],
  answer: { choice: 'monolith', reason: 'team' },
  ...over,
});
