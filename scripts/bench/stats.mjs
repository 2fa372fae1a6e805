// Pure helpers of the benchmark report: medians and spreads of repeated runs, the delta beside the
// previous run, and the floor-relative target checks. No I/O, so Vitest checks them (stats.test.ts).

/** Median of numbers (mean of the middle two for an even count); null for none. */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Smallest and largest of numbers, or null for none. */
export function spread(values) {
  const nums = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return nums.length ? { min: Math.min(...nums), max: Math.max(...nums) } : null;
}

/** "min–max" for a spread, or "" when every run gave the same figure (or there is none). */
export function formatSpread(s) {
  if (!s || s.min === s.max) return '';
  return `${s.min}–${s.max}`;
}

/**
 * The change from the previous run, signed and rounded to one decimal: "+3", "−12.5", "±0";
 * "new" when the previous run did not have the figure, "" when this one does not.
 */
export function formatDelta(current, previous) {
  if (typeof current !== 'number') return '';
  if (typeof previous !== 'number') return 'new';
  const d = Math.round((current - previous) * 10) / 10;
  if (d === 0) return '±0';
  return d > 0 ? `+${d}` : `−${Math.abs(d)}`;
}

/**
 * Checks a figure against a target that is a distance from the floor's figure.
 * kind 'atLeast': value >= floor - within (scores); 'atMost': value <= floor + within (ms, KB).
 * Returns null when either figure is missing (the row says so instead of a tick).
 */
export function withinFloor(value, floor, within, kind) {
  if (typeof value !== 'number' || typeof floor !== 'number') return null;
  return kind === 'atLeast' ? value >= floor - within : value <= floor + within;
}

/** An absolute target: 'atLeast' (value >= limit) or 'atMost' (value <= limit); null when missing. */
export function meets(value, limit, kind) {
  if (typeof value !== 'number') return null;
  return kind === 'atLeast' ? value >= limit : value <= limit;
}

/** ✅, ❌, or "–" when the figure was not measured. */
export function mark(ok) {
  return ok === null || ok === undefined ? '–' : ok ? '✅' : '❌';
}

/** Summarises Lighthouse samples: the median of every field and the spread of the named ones. */
export function summariseSamples(samples, spreadKeys = ['performance', 'tbtMs', 'lcpMs']) {
  if (!samples.length) return null;
  const out = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
  out.spread = Object.fromEntries(spreadKeys.map((k) => [k, spread(samples.map((s) => s[k]))]));
  out.runs = samples.length;
  return out;
}
