import { CERTAINTIES, type Certainty } from './progress';
import { isCorrect, type Score } from './score';

/** What the end of a quiz shows. */
export type Summary = {
  earned: number;
  total: number;
  /** Questions fully right, e.g. `6` of `count` 8. */
  right: number;
  count: number;
  /** The sections behind the questions not fully right, each once, in quiz order. */
  review: { section: string; title: string }[];
  /** Per certainty level the learner used: how many were right and wrong. */
  calibration: { level: Certainty; right: number; wrong: number }[];
  /** Keys of questions answered "Sure" and not fully right: the most useful to relearn. */
  confidentWrong: string[];
};

export type SummaryInput = { key: string; section: string; sectionTitle: string; score: Score | null; certainty: Certainty | null };

export function summarise(rows: SummaryInput[]): Summary {
  const summary: Summary = { earned: 0, total: 0, right: 0, count: rows.length, review: [], calibration: [], confidentWrong: [] };
  const levels = new Map<Certainty, { right: number; wrong: number }>();
  for (const row of rows) {
    if (row.score?.type === 'graded') {
      summary.earned += row.score.earned;
      summary.total += row.score.total;
    }
    const right = isCorrect(row.score);
    if (right) summary.right += 1;
    else if (!summary.review.some((r) => r.section === row.section)) summary.review.push({ section: row.section, title: row.sectionTitle });
    if (row.certainty) {
      const level = levels.get(row.certainty) ?? { right: 0, wrong: 0 };
      level[right ? 'right' : 'wrong'] += 1;
      levels.set(row.certainty, level);
      if (!right && row.certainty === 'high') summary.confidentWrong.push(row.key);
    }
  }
  summary.calibration = CERTAINTIES.filter((c) => levels.has(c)).map((level) => ({ level, ...levels.get(level)! }));
  return summary;
}
