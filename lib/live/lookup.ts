import 'server-only';
import { getScenario } from '@/lib/builder/scenarios';
import { readQuiz } from '@/lib/quiz/load';
import type { Question } from '@/lib/quiz/schema';
import type { RoomLookup } from './round-kinds';

// readQuiz refuses ids that are not kebab-case or have no file, so `ref` cannot reach other paths.
const cache = new Map<string, Map<string, Question> | null>();

function quiz(id: string): Map<string, Question> | null {
  if (!cache.has(id)) {
    try {
      cache.set(id, new Map(readQuiz(id).questions.map((q) => [q.id, q])));
    } catch {
      cache.set(id, null);
    }
  }
  return cache.get(id) ?? null;
}

/** The course's content as the room sees it: the quiz files, read once per process. */
export const courseLookup: RoomLookup = {
  question(ref) {
    const [quizId, questionId] = ref.split('/');
    if (!quizId || !questionId) return null;
    return quiz(quizId)?.get(questionId) ?? null;
  },
  scenario(id) {
    return getScenario(id) ?? null;
  },
};
