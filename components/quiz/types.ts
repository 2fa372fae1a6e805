import type { QuestionOf, QuestionType } from '@/lib/quiz/schema';
import type { ItemMarks } from '@/lib/quiz/marks';
import type { ResponseOf } from '@/lib/quiz/responses';

/** Every question widget is controlled: the `Quiz` owns the response and grades it. */
export type WidgetProps<T extends QuestionType> = {
  question: QuestionOf<T>;
  response: ResponseOf<T> | null;
  onChange: (response: ResponseOf<T>) => void;
  /** After a check, the answer is shown but locked until "Try again". */
  disabled: boolean;
  /** After a check, each row's or card's verdict (lib/quiz/marks.ts), for the types that have rows. */
  marks?: ItemMarks | null;
};
