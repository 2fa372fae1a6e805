import type { Design, Scenario } from '@/lib/builder/model';
import type { Question } from '@/lib/quiz/schema';
import type { ResponseRow, RoundRow } from '../types';
import { analyseItems, type ItemStats } from './item-analysis';
import { summariseBuilderRound, type BuilderRoundSummary } from './round-summary';

/**
 * The session report: what an instructor takes away from a live class, as one value the report
 * page draws and the results API serialises as JSON or CSV. No nickname appears in it.
 */
export type SessionReport = {
  code: string;
  /** ISO time the session started, e.g. `"2026-12-02T09:00:00.000Z"`. */
  startedAt: string;
  participants: number;
  /** Question rounds, in the order they were opened. */
  questions: (ItemStats & { round: number })[];
  /** Builder rounds, in the order they were opened. */
  builderRounds: { round: number; scenarioId: string; title: string; summary: BuilderRoundSummary }[];
};

/** The CSV's columns; one header row, then one row per fact. */
const CSV_COLUMNS = ['section', 'round', 'item', 'label', 'count', 'share', 'correct', 'facility', 'discrimination', 'score', 'note'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (starting with = + - @ or a tab)
 * gets a leading apostrophe, so a question or a capability name can never become a formula.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function questionRows(q: SessionReport['questions'][number]): Row[] {
  const rows: Row[] = [
    {
      section: 'question',
      round: q.round,
      item: q.id,
      label: q.prompt,
      count: q.answered,
      facility: q.facility,
      discrimination: q.discrimination,
      note: q.flags.map((f) => f.message).join(' '),
    },
  ];
  for (const o of q.options) rows.push({ section: 'option', round: q.round, item: q.id, label: o.label, count: o.count, share: q.answered ? o.count / q.answered : null, correct: o.correct });
  if (!q.options.length) {
    const { right, partial, wrong } = q.outcomes;
    rows.push({ section: 'outcome', round: q.round, item: q.id, label: 'right', count: right });
    rows.push({ section: 'outcome', round: q.round, item: q.id, label: 'partly right', count: partial });
    rows.push({ section: 'outcome', round: q.round, item: q.id, label: 'wrong', count: wrong });
  }
  return rows;
}

function builderRows(r: SessionReport['builderRounds'][number], scenario: Scenario | undefined): Row[] {
  const name = (id: string) => scenario?.capabilities.find((c) => c.id === id)?.name ?? id;
  const s = r.summary;
  const rows: Row[] = [
    { section: 'builder-round', round: r.round, item: r.scenarioId, label: r.title, count: s.submissions, score: s.scores.median, note: s.scores.mean === null ? '' : `mean ${s.scores.mean}` },
  ];
  for (const b of s.scores.bins) rows.push({ section: 'score-bin', round: r.round, item: r.scenarioId, label: `${b.from}-${b.to}`, count: b.count });
  s.cuts.forEach((c, i) =>
    rows.push({ section: 'common-cut', round: r.round, item: `cut-${i + 1}`, label: c.groups.map((g) => g.map(name).join(' + ')).join(' | '), count: c.count, share: s.submissions ? c.count / s.submissions : null }),
  );
  const ids = s.matrix.ids;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      rows.push({ section: 'pair', round: r.round, item: `${ids[i]}+${ids[j]}`, label: `${name(ids[i]!)} + ${name(ids[j]!)}`, count: s.matrix.together[i]![j], share: s.matrix.share[i]![j] });
    }
  }
  for (const c of [...(s.consensus ? [s.consensus] : []), ...s.references]) {
    rows.push({ section: c.id === 'consensus' ? 'consensus' : 'reference', round: r.round, item: c.id, label: c.title, score: c.evaluation.score, note: c.design.services.map((svc) => svc.name).join(' | ') });
  }
  return rows;
}

/** The report as CSV (RFC 4180, CRLF line ends), one fact a row. `scenarios` names capabilities. */
export function reportCsv(report: SessionReport, scenarios: Map<string, Scenario>): string {
  const rows: Row[] = [
    { section: 'session', item: report.code, label: report.startedAt, count: report.participants },
    ...report.questions.flatMap(questionRows),
    ...report.builderRounds.flatMap((r) => builderRows(r, scenarios.get(r.scenarioId))),
  ];
  return [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
}

/** What `buildReport` reads: the session's rows as the store returns them, and content lookups. */
type ReportInput = {
  code: string;
  createdAt: number;
  participants: number;
  rounds: RoundRow[];
  responses: ResponseRow[];
  question(ref: string): Question | null;
  scenario(id: string): Scenario | null;
};

/**
 * The session report from the store's rows. Question rounds are analysed together (the session
 * total behind discrimination spans all of them); each builder round is summarised from each
 * learner's latest cut, with the scores graded when the cuts arrived. A round whose question or
 * scenario has left the course is skipped rather than guessed at.
 */
export function buildReport(input: ReportInput): SessionReport {
  const byRound = new Map<string, ResponseRow[]>();
  for (const r of input.responses) byRound.set(r.roundId, [...(byRound.get(r.roundId) ?? []), r]);
  const rounds = [...input.rounds].sort((a, b) => a.index - b.index);
  const questionRounds = rounds.flatMap((round) => {
    const question = round.kind === 'question' ? input.question(round.ref) : null;
    return question ? [{ round, question }] : [];
  });
  const stats = analyseItems(
    questionRounds.map(({ round, question }) => ({
      id: round.ref,
      question,
      answers: (byRound.get(round.id) ?? []).map((r) => ({ participant: r.participantId, response: r.response })),
    })),
  );
  const builderRounds = rounds.flatMap((round) => {
    const scenario = round.kind === 'builder' ? input.scenario(round.ref) : null;
    if (!scenario) return [];
    const subs = (byRound.get(round.id) ?? []).sort((a, b) => a.at - b.at);
    const summary = summariseBuilderRound(
      scenario,
      subs.map((r) => ({ participant: r.participantId, design: r.response as Design })),
      new Map(subs.map((r) => [r.participantId, r.earned])),
    );
    // The report never says who drew which cut.
    summary.cuts = summary.cuts.map((c) => ({ ...c, participants: [] }));
    return [{ round: round.index, scenarioId: scenario.id, title: scenario.title, summary }];
  });
  return {
    code: input.code,
    startedAt: new Date(input.createdAt).toISOString(),
    participants: input.participants,
    questions: stats.map((s, i) => ({ ...s, round: questionRounds[i]!.round.index })),
    builderRounds,
  };
}
