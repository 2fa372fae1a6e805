import { loadQuizData } from '@/lib/quiz/load';
import { LazyQuiz } from './lazy-quiz';

/**
 * `<Quiz id="migration-strategies" />` in a lesson. Runs on the server at build time: the quiz
 * file is read and validated here (a bad one fails the build), and only the data goes to the
 * browser island, whose code loads when the quiz comes near the screen.
 */
export function Quiz({ id }: { id: string }) {
  return <LazyQuiz data={loadQuizData(id)} />;
}
