'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { builderRecord } from '@/lib/builder/saved-designs';
import { readingProgressSpec } from '@/lib/progress/record';
import { KNOWN_RECORDS } from '@/lib/progress/records';
import { builderScores, completion, continueTarget, moduleCompletion, weakestTopics, type Catalogue } from '@/lib/progress/summary';
import { quizProgressSpec } from '@/lib/quiz/progress';
import { useStoredRecord } from '@/lib/storage/use-stored-record';
import { BuilderScores } from './builder-scores';
import { Certificate } from './certificate';
import { ModuleList } from './module-list';
import { RecordNotices } from './record-notices';
import { TransferPanel } from './transfer-panel';
import { WeakTopics } from './weak-topics';
import './progress.css';

const labelOf = (key: string) => KNOWN_RECORDS.find((r) => r.spec.key === key)!.label;

function Section({ id, title, className = '', children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`grid gap-3 ${className}`}>
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The progress page's island: completion per module, topics to revisit, builder scores, the
 * certificate, and moving progress between devices. Its sections are direct children of `main`
 * so the print stylesheet can keep only the certificate.
 */
export function ProgressDashboard({ catalogue }: { catalogue: Catalogue }) {
  const hydrated = useHydrated();
  const [reading, readingRecord] = useStoredRecord(readingProgressSpec);
  const [quiz] = useStoredRecord(quizProgressSpec);
  const [builder] = useStoredRecord(builderRecord);

  if (!hydrated) return <p>Reading your saved progress…</p>;

  const done = completion(catalogue, reading.data, quiz.data);
  const next = continueTarget(catalogue, reading.data);
  const reads = [reading, quiz, builder].map((read, i) => ({ label: labelOf(KNOWN_RECORDS[i]!.spec.key), read }));
  const toGo = [
    done.lessons.total - done.lessons.done > 0 ? `${done.lessons.total - done.lessons.done} more lessons to read` : null,
    done.quizzes.total - done.quizzes.done > 0 ? `${done.quizzes.total - done.quizzes.done} more end-of-lesson quizzes to finish` : null,
  ].filter(Boolean);

  return (
    <>
      <RecordNotices reads={reads} />
      <div className="no-print grid gap-2 rounded-lg border border-[var(--line)] bg-[var(--panel)] p-4">
        <p className="text-lg">
          <strong>{done.lessons.done}</strong> of {done.lessons.total} lessons read ·{' '}
          <strong>{done.quizzes.done}</strong> of {done.quizzes.total} end-of-lesson quizzes finished
        </p>
        {next ? (
          <p>
            <Link href={next.href} className="font-semibold text-[var(--accent)] underline underline-offset-2">
              {next.started ? 'Continue where you left off' : 'Continue with the next lesson'}
            </Link>
            : {next.number}. {next.lessonTitle}
            {next.heading ? `, at “${next.heading}”` : ''}
          </p>
        ) : null}
      </div>

      <Section id="modules-heading" title="Completion by module">
        <ModuleList modules={moduleCompletion(catalogue, reading.data, quiz.data)} />
      </Section>

      <Section id="topics-heading" title="Topics to revisit">
        <WeakTopics topics={weakestTopics(catalogue, quiz.data)} />
      </Section>

      <Section id="builder-heading" title="Builder scores">
        <BuilderScores scores={builderScores(catalogue, builder.data)} />
      </Section>

      <Section id="certificate-heading" title="Certificate" className={done.complete ? 'sb-certificate-section' : ''}>
        {done.complete ? (
          <Certificate done={done} name={reading.data.certificateName} record={readingRecord} />
        ) : (
          <p>
            Read every lesson and finish every end-of-lesson quiz to get a printable certificate with your name on it:{' '}
            {toGo.join(' and ')}.
          </p>
        )}
      </Section>

      <Section id="transfer-heading" title="Move your progress to another device" className="no-print">
        <TransferPanel />
      </Section>
    </>
  );
}
