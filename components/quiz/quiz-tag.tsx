import { loadQuizData } from '@/lib/quiz/load';
import { Quiz as QuizIsland } from './quiz';

/**
 * `<Quiz id="migration-strategies" />` in a lesson. Runs on the server at build time: the quiz
 * file is read and validated here (a bad one fails the build), and only the data goes to the
 * browser island.
 */
export function Quiz({ id }: { id: string }) {
  return <QuizIsland data={loadQuizData(id)} />;
}
