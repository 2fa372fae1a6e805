import type { Metadata } from 'next';
import type { CatalogQuiz } from '@/components/live/catalog';
import { LiveHost } from '@/components/live/host/live-host';
import { loadScenarios } from '@/lib/builder/scenarios';
import { getLesson } from '@/lib/content/lessons';
import { loadAllQuizData } from '@/lib/quiz/load';

export const metadata: Metadata = {
  title: 'Live session',
  description: 'Run a live class: learners answer from their phones, the big screen shows how the room answered.',
};

export default function LiveSessionPage() {
  // Prompts only (no keys): the host's page never needs the answers before the server reveals them.
  const order = (lesson: string) => getLesson(lesson)?.number ?? Number.MAX_SAFE_INTEGER;
  const quizzes: CatalogQuiz[] = loadAllQuizData()
    .sort((a, b) => order(a.lesson) - order(b.lesson) || a.id.localeCompare(b.id))
    .map((quiz) => ({
      id: quiz.id,
      lesson: quiz.lesson,
      label: `${getLesson(quiz.lesson)?.title ?? quiz.lesson}: ${quiz.title}`,
      questions: quiz.items.map((item) => ({ key: item.key, prompt: item.question.prompt, type: item.question.type })),
    }));
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">Live session</h1>
      <LiveHost quizzes={quizzes} scenarios={loadScenarios().map((s) => ({ id: s.id, title: s.title, capabilities: s.capabilities.length }))} />
    </main>
  );
}
