import { itemWritingReport, type BankQuiz, type ItemWritingReport, type StrategyFigure, type StrategyId } from './item-writing';

/**
 * The limits the question bank must keep (content/quizzes/README.md explains them to authors),
 * the verdict over a bank, and the figures as a plain-text table.
 */
export const LIMITS = {
  /** No test-wise strategy may beat chance by more than this, over the whole bank. */
  maxGap: 0.15,
  /** Share of true/false statements that are true. */
  trueShare: [0.4, 0.6] as const,
  /** Share of option sets whose right option is strictly the longest ("about a third"). */
  maxRightLongest: 0.35,
};

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const pts = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}`;
const gap = (s: StrategyFigure) => s.score - s.chance;

type QuizFigures = { quizId: string; report: ItemWritingReport };

function perQuiz(bank: BankQuiz[]): QuizFigures[] {
  return bank.map((quiz) => ({ quizId: quiz.quizId, report: itemWritingReport([quiz]) }));
}

/** The quizzes that add most to a figure's excess over the bank, worst first, e.g. `["real-time-ml (+40 on 5)", …]`. */
function worst(quizzes: QuizFigures[], excess: (r: ItemWritingReport) => { over: number; items: number } | null, count = 5): string[] {
  return quizzes
    .map((q) => ({ quizId: q.quizId, e: excess(q.report) }))
    .filter((q): q is { quizId: string; e: { over: number; items: number } } => q.e !== null && q.e.over > 0)
    .sort((a, b) => b.e.over * b.e.items - a.e.over * a.e.items)
    .slice(0, count)
    .map((q) => `${q.quizId} (${pts(q.e.over)} on ${q.e.items})`);
}

const strategyOf = (r: ItemWritingReport, id: StrategyId) => r.strategies.find((s) => s.id === id)!;

/** Every limit the bank breaks, each naming the worst quizzes; empty when the bank passes. */
export function problemsOf(bank: BankQuiz[]): string[] {
  const report = itemWritingReport(bank);
  const quizzes = perQuiz(bank);
  const problems: string[] = [];
  for (const s of report.strategies) {
    if (s.items === 0) continue;
    // A strategy far below chance means its opposite wins: the sign says which way to look.
    const sign = gap(s) > LIMITS.maxGap ? 1 : s.opposite && gap(s) < -LIMITS.maxGap ? -1 : 0;
    if (!sign) continue;
    const names = worst(quizzes, (r) => {
      const mine = strategyOf(r, s.id);
      return mine.items ? { over: sign * gap(mine), items: mine.items } : null;
    });
    const figures = `${pct(s.score)} where chance is ${pct(s.chance)} (${pts(gap(s))} points, limit ±${LIMITS.maxGap * 100})`;
    const what = sign > 0 ? `"${s.label}" scores ${figures}` : `"${s.opposite}" wins: "${s.label}" scores ${figures}`;
    problems.push(`${what}; worst quizzes: ${names.join(', ')}`);
  }
  const [low, high] = LIMITS.trueShare;
  if (report.trueShare !== null && (report.trueShare < low || report.trueShare > high)) {
    const wantTrue = report.trueShare < low;
    const names = worst(quizzes, (r) => (r.trueShare === null ? null : { over: wantTrue ? 0.5 - r.trueShare : r.trueShare - 0.5, items: r.verdicts }));
    problems.push(`${pct(report.trueShare)} of true/false statements are true (limit ${low * 100}–${high * 100} %); most one-sided: ${names.join(', ')}`);
  }
  if (report.rightLongest !== null && report.rightLongest > LIMITS.maxRightLongest) {
    const names = worst(quizzes, (r) => (r.rightLongest === null ? null : { over: r.rightLongest - LIMITS.maxRightLongest, items: r.optionSets }));
    problems.push(`the right option is the longest in ${pct(report.rightLongest)} of option sets (limit ${LIMITS.maxRightLongest * 100} %); worst quizzes: ${names.join(', ')}`);
  }
  return problems;
}

const SHORT: Record<StrategyId, string> = {
  'always-false': 'false',
  longest: 'longest',
  'false-and-longest': 'f+long',
  'avoid-absolute': 'no-abs',
  'prompt-words': 'echo',
  'match-words': 'match',
  'select-all': 'all',
};

/** The bank's figures, then one row per quiz: strategy columns are points above chance. */
export function formatReport(bank: BankQuiz[]): string {
  const report = itemWritingReport(bank);
  const lines = [
    `Question bank: ${bank.length} quizzes, ${bank.reduce((n, q) => n + q.questions.length, 0)} questions, ${report.optionSets} one-answer option sets, ${report.verdicts} true/false statements`,
    `  true/false statements that are true: ${pct(report.trueShare)} (limit ${LIMITS.trueShare[0] * 100}–${LIMITS.trueShare[1] * 100} %)`,
    `  right option strictly the longest:   ${pct(report.rightLongest)} of option sets (limit ${LIMITS.maxRightLongest * 100} %)`,
    `  absolute words in right / wrong options: ${pct(report.absoluteInRight)} / ${pct(report.absoluteInWrong)}`,
    `  share of select-all options that are right: ${pct(report.multipleRightShare)}`,
    '',
    `  ${'strategy'.padEnd(44)} ${'items'.padStart(5)} ${'score'.padStart(6)} ${'chance'.padStart(6)} ${'gap'.padStart(5)}`,
    ...report.strategies.map(
      (s) => `  ${`${s.label} (${SHORT[s.id]})`.padEnd(44)} ${String(s.items).padStart(5)} ${pct(s.items ? s.score : null).padStart(6)} ${pct(s.items ? s.chance : null).padStart(6)} ${(s.items ? pts(gap(s)) : '–').padStart(5)}`,
    ),
    '',
    `Per quiz (strategy columns: points above chance; limit +${LIMITS.maxGap * 100} on the bank, small quizzes swing widely):`,
  ];
  const cols = report.strategies.map((s) => SHORT[s.id]);
  lines.push(`  ${'quiz'.padEnd(36)} ${'true'.padStart(5)} ${'long'.padStart(5)} ${cols.map((c) => c.padStart(8)).join('')}`);
  for (const { quizId, report: r } of perQuiz(bank)) {
    const cells = r.strategies.map((s) => (s.items ? pts(gap(s)) : '–').padStart(8)).join('');
    lines.push(`  ${quizId.padEnd(36)} ${pct(r.trueShare).padStart(5)} ${pct(r.rightLongest).padStart(5)} ${cells}`);
  }
  return lines.join('\n');
}
