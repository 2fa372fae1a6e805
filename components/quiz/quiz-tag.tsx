import '@/components/teach/question-card.css';
import { QuestionCard } from '@/components/teach/question-card';
import { loadQuizData } from '@/lib/quiz/load';
import { LazyQuiz } from './lazy-quiz';

/**
 * `<Quiz id="migration-strategies" />` in a lesson. Runs on the server at build time: the quiz
 * file is read and validated here (a bad one fails the build), and only the data goes to the
 * browser island, whose code loads when the quiz comes near the screen. On paper the quiz is
 * its full list of questions, lettered as on the class handout, in place of the controls.
 */
export function Quiz({ id }: { id: string }) {
  const data = loadQuizData(id);
  return (
    <>
      <div className="print:hidden">
        <LazyQuiz data={data} />
      </div>
      <section aria-label={`${data.title}: every question`} className="quiz-print not-prose hidden print:block">
        <h2 className="text-xl font-bold">{data.title}</h2>
        <ol className="mt-3 grid list-decimal gap-4 pl-6">
          {data.items.map((item) => (
            <li key={item.key} className="break-inside-avoid">
              <QuestionCard question={item.question} answer={false} level={3} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
