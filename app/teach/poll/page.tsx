import type { Metadata } from 'next';
import { PollBoard, type PollQuiz } from '@/components/teach/poll-board';
import { getLesson } from '@/lib/content/lessons';
import { loadAllQuizData } from '@/lib/quiz/load';

export const metadata: Metadata = {
  title: 'Class poll',
  description: 'Any quiz question in the course, alone on the big screen, with the answer revealed when the room has voted.',
};

export default function PollPage() {
  // In course order, so the picker reads like the course.
  const order = (lesson: string) => getLesson(lesson)?.number ?? Number.MAX_SAFE_INTEGER;
  const all = loadAllQuizData().sort((a, b) => order(a.lesson) - order(b.lesson) || a.id.localeCompare(b.id));
  const quizzes: PollQuiz[] = all.map((quiz) => ({
    id: quiz.id,
    label: `${getLesson(quiz.lesson)?.title ?? quiz.lesson}: ${quiz.title}`,
    questions: quiz.items.map((item) => item.question),
  }));
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-4">
      <h1 className="mb-3 text-2xl font-bold">Class poll</h1>
      <PollBoard quizzes={quizzes} />
    </main>
  );
}
