'use client';
import { useEffect, useState } from 'react';
import type { Scenario } from '@/lib/builder/model';
import type { SessionReport } from '@/lib/live/cohort/report';
import { api } from '../api';
import { BuilderRoundBoard } from '../cohort/builder-round-board';
import { ItemReport } from '../cohort/item-report';
import '../cohort/cohort.css';

/** What `GET /api/live/sessions/{code}/report` returns: the report and the scenarios it names. */
type ReportPayload = { report: SessionReport; scenarios: Record<string, Scenario> };

const button =
  'inline-flex min-h-11 items-center rounded-md border border-[var(--line)] px-3 font-medium hover:bg-[var(--panel)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]';

/**
 * The session report in the browser: fetched with the host's cookie (it is scoped to the API,
 * so the page itself holds nothing), printable, with the CSV and JSON one link away.
 */
export function SessionReportView({ code }: { code: string }) {
  const [state, setState] = useState<{ data: ReportPayload | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    let live = true;
    void api<ReportPayload>(`/sessions/${code}/report`).then((r) => {
      if (!live) return;
      setState(r.ok ? { data: r.data, error: null } : { data: null, error: r.status === 403 || r.status === 401 ? 'Only the instructor who ran this session can open its report, from the browser that started it.' : r.message });
    });
    return () => {
      live = false;
    };
  }, [code]);

  if (state.error) {
    return (
      <p role="alert" className="rounded-md border-2 border-[#b4234a] p-3 dark:border-[#ff8fa8]">
        {state.error}
      </p>
    );
  }
  if (!state.data) return <p role="status">Loading the report…</p>;
  const { report, scenarios } = state.data;
  const flagged = report.questions.filter((q) => q.flags.length).length;
  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-wrap gap-2">
        <button type="button" className={button} onClick={() => window.print()}>
          Print the report
        </button>
        <a className={button} href={`/api/live/sessions/${code}/report?format=csv`} download={`live-${code}-report.csv`}>
          Download CSV
        </a>
        <a className={button} href={`/api/live/sessions/${code}/report`} download={`live-${code}-report.json`}>
          Download JSON
        </a>
      </div>
      <p>
        Session {report.code}, started {new Date(report.startedAt).toLocaleString()}: {report.participants} learners, {report.questions.length} questions and {report.builderRounds.length} builder{' '}
        {report.builderRounds.length === 1 ? 'round' : 'rounds'}. {flagged ? `${flagged} ${flagged === 1 ? 'question has' : 'questions have'} something to check.` : 'No question was flagged.'}
      </p>
      <section aria-labelledby="report-questions" className="flex flex-col gap-3">
        <h2 id="report-questions" className="text-2xl font-bold">
          Questions
        </h2>
        <p className="text-sm text-[var(--muted)]">
          Facility is the share who got a question fully right. Discrimination compares being right with the rest of the session: near 0 the question does not separate stronger from weaker learners; below 0 the stronger did worse, which usually
          points at the question.
        </p>
        {report.questions.length ? report.questions.map((q) => <ItemReport key={q.round} item={q} round={q.round} />) : <p>No question was asked in this session.</p>}
      </section>
      <section aria-labelledby="report-builder" className="flex flex-col gap-3">
        <h2 id="report-builder" className="text-2xl font-bold">
          Builder rounds
        </h2>
        {report.builderRounds.length ? (
          report.builderRounds.map((r) =>
            scenarios[r.scenarioId] ? (
              <section key={r.round} aria-labelledby={`report-round-${r.round}`} className="flex flex-col gap-3 break-before-page">
                <h3 id={`report-round-${r.round}`} className="text-xl font-bold">
                  Round {r.round}: {r.title}
                </h3>
                <BuilderRoundBoard scenario={scenarios[r.scenarioId]!} summary={r.summary} headingLevel={4} idPrefix={`report-${r.round}`} />
              </section>
            ) : null,
          )
        ) : (
          <p>No builder round in this session.</p>
        )}
      </section>
    </div>
  );
}
