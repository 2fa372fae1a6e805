import type { Metadata } from 'next';
import { ReviewBoard } from '@/components/quiz/review-board';
import { loadQuizIndex } from '@/lib/quiz/load';

export const metadata: Metadata = {
  title: 'Review',
  description: 'The quiz questions you missed or guessed, gathered from every lesson, to practise again.',
};

export default function ReviewPage() {
  return (
    <main id="main" className="mx-auto grid max-w-3xl gap-6 px-4 py-10">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Review what you missed</h1>
        <p className="text-[var(--muted)]">
          Questions you got wrong, or right by guessing, from every lesson. Retrieving an answer again after a gap is what makes it
          stick. Your answers stay in this browser; nothing is sent anywhere.
        </p>
      </header>
      <ReviewBoard quizzes={loadQuizIndex()} />
    </main>
  );
}
