/** The spread of a round's scores, for a bar chart and a one-line summary. */
export type ScoreDistribution = {
  /** Ten bins: 0–9, 10–19, …, 90–100 (100 falls in the last), each with its count. */
  bins: { from: number; to: number; count: number }[];
  count: number;
  /** `null` with no scores. */
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
};

/** Bins scores of 0–100 (values outside are clamped) into tens. */
export function scoreDistribution(scores: number[]): ScoreDistribution {
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  const clamped = scores.filter((s) => Number.isFinite(s)).map((s) => Math.max(0, Math.min(100, s)));
  for (const s of clamped) bins[Math.min(9, Math.floor(s / 10))]!.count++;
  if (!clamped.length) return { bins, count: 0, median: null, mean: null, min: null, max: null };
  const sorted = [...clamped].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { bins, count: sorted.length, median, mean: Math.round(mean * 10) / 10, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
