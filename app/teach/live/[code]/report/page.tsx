import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionReportView } from '@/components/live/report/session-report';
import { normalizeCode } from '@/lib/live/codes';

type Props = { params: Promise<{ code: string }> };

export const metadata: Metadata = {
  title: 'Session report',
  description: 'What a live class answered and drew: per question the spread, facility and discrimination; per builder round the class picture.',
  robots: { index: false },
};

/** The session report. The page is a shell: the report comes from the API with the host's cookie. */
export default async function SessionReportPage({ params }: Props) {
  const code = normalizeCode((await params).code);
  if (!code) notFound();
  return (
    <main id="main" className="print-full mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-4 text-3xl font-bold">Session report</h1>
      <SessionReportView code={code} />
    </main>
  );
}
