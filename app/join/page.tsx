import type { Metadata } from 'next';
import { JoinFlow } from '@/components/live/learner/join-flow';

export const metadata: Metadata = {
  title: 'Join a live session',
  description: 'Answer the instructor’s questions from your phone: enter the code on the big screen.',
};

export default function JoinPage() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-6">
      <h1 className="mb-4 text-2xl font-bold">Join a live session</h1>
      <JoinFlow />
    </main>
  );
}
