import type { Metadata } from 'next';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { loadCatalogue } from '@/lib/progress/catalogue';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Lessons read per module, the topics to revisit, builder scores, your certificate, and moving progress to another device.',
};

export default function ProgressPage() {
  return (
    <main id="main" className="mx-auto grid max-w-4xl gap-10 px-4 py-10">
      <header className="grid gap-2">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
        <p className="text-[var(--muted)]">
          What you have read and practised, kept in this browser only. Nothing is sent anywhere.
        </p>
      </header>
      <ProgressDashboard catalogue={loadCatalogue()} />
    </main>
  );
}
