import 'server-only';
import { getScenario } from '@/lib/builder/scenarios';
import { readQuiz } from '@/lib/quiz/load';
import type { Question } from '@/lib/quiz/schema';
import type { RoomLookup } from './round-kinds';

/** What a lookup reads the course with; tests pass their own. */
export type CourseSources = {
  /** The quiz file with this id; throws when there is none (`readQuiz`). */
  readQuiz: (id: string) => { questions: Question[] };
  scenario: NonNullable<RoomLookup['scenario']>;
};

/**
 * The course's content as the room sees it. A quiz that exists is read once and kept (there are
 * as many as there are quiz files); an id with no quiz is not remembered, so a stream of made-up
 * ids (`POST …/rounds {"question": "<random>/x"}`) cannot grow the process's memory.
 */
export function createCourseLookup(sources: CourseSources): RoomLookup & { cachedQuizzes(): number } {
  const cache = new Map<string, Map<string, Question>>();
  const quiz = (id: string): Map<string, Question> | null => {
    const known = cache.get(id);
    if (known) return known;
    try {
      const read = new Map(sources.readQuiz(id).questions.map((q) => [q.id, q]));
      cache.set(id, read);
      return read;
    } catch {
      return null;
    }
  };
  return {
    question(ref) {
      const [quizId, questionId] = ref.split('/');
      if (!quizId || !questionId) return null;
      return quiz(quizId)?.get(questionId) ?? null;
    },
    scenario: sources.scenario,
    cachedQuizzes: () => cache.size,
  };
}

// readQuiz refuses ids that are not kebab-case or have no file, so `ref` cannot reach other paths.
export const courseLookup: RoomLookup = createCourseLookup({ readQuiz, scenario: (id) => getScenario(id) ?? null });
