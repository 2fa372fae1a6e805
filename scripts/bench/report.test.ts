import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs module without types
import { isBuilderEditor, isLearnerFirstRoute, renderReport } from './report.mjs';

const lh = (performance: number, tbtMs: number, lcpMs: number) => ({
  mobile: { performance, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs, tbtMs, cls: 0, spread: { performance: { min: performance - 1, max: performance + 1 }, tbtMs: null, lcpMs: null }, runs: 5 },
});
const page = (jsKB: number, htmlGzipKB: number) => ({ jsKB, totalKB: jsKB + 10, htmlKB: htmlGzipKB * 8, htmlGzipKB, lcpMs: 200, cls: 0, tbtMs: 0, scripts: 8 });
const base = {
  date: '2026-12-02T20:00:00Z',
  machine: { node: 'v20', cores: 2, chromium: '/usr/bin/chromium' },
  lighthouseRuns: 5,
  build: { seconds: 300, staticKB: 5000, staticFiles: 100 },
  heaviestLesson: '/lessons/b',
  floor: { buildSeconds: 16, metrics: page(134, 1), lighthouse: lh(93, 317, 700) },
  routes: { '/': page(149, 10), '/lessons/a': page(148, 28), '/lessons/b': page(160, 52), '/builder/x': page(190, 12) },
  lighthouse: { '/': lh(91, 392, 1100), '/lessons/b': lh(90, 393, 1101) },
  features: { search: { path: '/', runs: 5, firstResultMs: 80, spreadMs: { min: 70, max: 95 } } },
};

describe('bench report', () => {
  it('marks each figure against the floor and shows the spread', () => {
    const md = renderReport(base, null);
    const home = md.split('\n').find((l: string) => l.startsWith('| `/` | mobile'));
    expect(home).toContain('91 ✅ (90–92)');
    expect(home).toContain('392 ✅');
    expect(home).toContain('1100 ✅');
    const lesson = md.split('\n').find((l: string) => l.startsWith('| `/lessons/b` | mobile'));
    expect(lesson).toContain('90 ❌');
    expect(lesson).toContain('393 ❌');
    expect(lesson).toContain('1101 ❌');
    // JS: home 149 ≤ 134 + 15, lesson b 160 > 149; builder 190 ≤ 194.
    expect(md).toContain('| `/` | 149 ✅ |');
    expect(md).toContain('| `/lessons/b` | 160 ❌ |');
    expect(md).toContain('| `/builder/x` | 190 ✅ |');
    // Lesson HTML: median of 28 and 52 is 40 (> 30), worst 52 (> 50).
    expect(md).toMatch(/Median over 2 lessons \(KB, gzip\) \| 40 \| ≤ 30 ❌/);
    expect(md).toMatch(/Worst lesson \(KB, gzip\) \| 52 \| ≤ 50 ❌/);
    expect(md).toMatch(/Search: .* \| 80 \(70–95\) \| ≤ 100 ✅ \| new \|/);
  });

  it('shows the change from the previous run', () => {
    const prev = { ...base, routes: { ...base.routes, '/': page(159, 12) }, build: { seconds: 320, staticKB: 5100, staticFiles: 100 } };
    const md = renderReport(base, prev);
    expect(md).toContain('| `/` | 149 ✅ | −10 |');
    expect(md).toMatch(/Production build .* \| 300 \| −20 \|/);
  });

  it('shows "–" rather than a tick when the floor was not measured', () => {
    const md = renderReport({ ...base, floor: null }, null);
    expect(md).toContain('| `/` | 149 – |');
  });

  it('knows which routes a learner opens first', () => {
    for (const p of ['/', '/glossary', '/progress', '/review', '/teach', '/join', '/lessons/a', '/lessons/a/present', '/teach/module-1']) expect(isLearnerFirstRoute(p)).toBe(true);
    for (const p of ['/builder', '/builder/x', '/lessons/a/handout', '/teach/live']) expect(isLearnerFirstRoute(p)).toBe(false);
    expect(isBuilderEditor('/builder/x')).toBe(true);
    expect(isBuilderEditor('/builder')).toBe(false);
  });
});
