import type { ComponentType } from 'react';
import type { QuestionType } from '@/lib/quiz/schema';
import { Categorize } from './categorize';
import { Matching } from './matching';
import { MultipleChoice } from './multiple-choice';
import { Numeric } from './numeric';
import { Ordering } from './ordering';
import { Scenario } from './scenario';
import { SingleChoice } from './single-choice';
import { TrueFalse } from './true-false';
import type { WidgetProps } from './types';

/** Question type → its widget. The grader for each type is registered in `lib/quiz/registry.ts`. */
export const widgets: { [T in QuestionType]: ComponentType<WidgetProps<T>> } = {
  single: SingleChoice,
  multiple: MultipleChoice,
  'true-false': TrueFalse,
  ordering: Ordering,
  matching: Matching,
  categorize: Categorize,
  numeric: Numeric,
  scenario: Scenario,
};
