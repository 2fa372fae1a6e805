import type { Question, QuestionOf, QuestionType } from './schema';
import type { ResponseOf } from './responses';
import type { Score } from './score';
import { scoreCategorize } from './score-categorize';
import { scoreMatching } from './score-matching';
import { scoreMultiple } from './score-multiple';
import { scoreNumeric } from './score-numeric';
import { scoreOrdering } from './score-ordering';
import { scoreScenario } from './score-scenario';
import { scoreSingle } from './score-single';
import { scoreTrueFalse } from './score-true-false';

type Scorer<T extends QuestionType> = (question: QuestionOf<T>, response: ResponseOf<T> | null) => Score;

/** Question type → its pure grader. The widget for each type is registered in `components/quiz/widgets.tsx`. */
export const scorers: { [T in QuestionType]: Scorer<T> } = {
  single: scoreSingle,
  multiple: scoreMultiple,
  'true-false': scoreTrueFalse,
  ordering: scoreOrdering,
  matching: scoreMatching,
  categorize: scoreCategorize,
  numeric: scoreNumeric,
  scenario: scoreScenario,
};

/** Every question type, e.g. `"single"`: the keys of the registry, which tsc holds to the schema's union. */
export const QUESTION_TYPES = Object.keys(scorers) as QuestionType[];

/** Grades any question. Never throws: an unexpected response shape is reported as incomplete. */
export function scoreQuestion(question: Question, response: unknown): Score {
  try {
    return (scorers[question.type] as Scorer<QuestionType>)(question as QuestionOf<QuestionType>, response as ResponseOf<QuestionType> | null);
  } catch {
    return { type: 'incomplete', message: 'This answer could not be read; answer again.' };
  }
}
