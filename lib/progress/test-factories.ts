import type { SavedBuilder } from '@/lib/builder/saved-designs';
import { recordAttempt, recordRun, type QuizProgress } from '@/lib/quiz/progress';
import { readingProgressSpec, type ReadingProgress } from './record';
import type { Catalogue, CatalogueQuestion } from './summary';

/** Small factories for the progress tests: each test states only what it is about. */

export const T0 = '2025-03-01T10:00:00.000Z';

const makeQuestion = (id: string, section = 'one#intro', over: Partial<CatalogueQuestion> = {}): CatalogueQuestion => {
  const [slug = '', anchor = ''] = section.split('#');
  return { id, section, href: `/lessons/${slug}#${anchor}`, sectionTitle: `Section ${anchor}`, lessonTitle: `Lesson ${slug}`, ...over };
};

/** Two modules, three lessons (`one`, `two`, `three`); `one` and `three` have an end-of-lesson quiz, `one` also a quick check. */
export const makeCatalogue = (over: Partial<Catalogue> = {}): Catalogue => ({
  modules: [
    { id: 'm1', title: 'Module one', lessons: [{ slug: 'one', title: 'One', number: 1 }, { slug: 'two', title: 'Two', number: 2 }] },
    { id: 'm2', title: 'Module two', lessons: [{ slug: 'three', title: 'Three', number: 3 }] },
  ],
  quizzes: [
    { id: 'one', lesson: 'one', questions: [makeQuestion('q1', 'one#intro'), makeQuestion('q2', 'one#intro'), makeQuestion('q3', 'one#deep')] },
    { id: 'one-check-1', lesson: 'one', questions: [makeQuestion('c1', 'one#deep')] },
    { id: 'three', lesson: 'three', questions: [makeQuestion('q1', 'three#end')] },
  ],
  scenarios: [{ id: 'shop', title: 'Shop' }],
  ...over,
});

export const makeReading = (over: Partial<ReadingProgress> = {}): ReadingProgress => ({ ...readingProgressSpec.empty(), ...over });

/** Reading progress with the given lessons read at `T0`. */
export const readLessons = (...slugs: string[]): ReadingProgress =>
  makeReading({ lessons: Object.fromEntries(slugs.map((s) => [s, { readAt: T0, via: 'end' as const }])) });

/** One answer: `right` false means nothing earned; `sure` marks it answered with certainty "high". */
export function answer(progress: QuizProgress, quizId: string, questionId: string, { right = true, sure = false, at = T0 } = {}): QuizProgress {
  return recordAttempt(progress, quizId, questionId, { earned: right ? 1 : 0, total: 1, certainty: sure ? 'high' : 'medium', at, response: 'x' });
}

export function finishQuiz(progress: QuizProgress, quizId: string, at = T0): QuizProgress {
  return recordRun(progress, quizId, { earned: 1, total: 1, at });
}

export const emptyQuiz = (): QuizProgress => ({ quizzes: {} });
export const emptyBuilder = (): SavedBuilder => ({ designs: {}, best: {} });
