// Turns bench/results.json into bench/README.md: every figure beside its target and beside the
// previous run's (the delta column). Most targets are distances from the floor (an empty Next page
// with one client component measured in the same run, scripts/bench/floor-app.mjs).
import { formatDelta, formatSpread, mark, median, meets, withinFloor } from './stats.mjs';

export const TARGETS = {
  // Distances from the floor.
  performanceWithin: 2,
  tbtWithinMs: 75,
  lcpWithinMs: 400,
  learnerJsWithinKB: 15,
  builderJsWithinKB: 60,
  // Absolute.
  lighthouse: { accessibility: 100, 'best-practices': 100, seo: 100 },
  cls: 0,
  lessonHtmlGzipMedianKB: 30,
  lessonHtmlGzipWorstKB: 50,
  firstDiagramMs: 300,
  evalMedianMs: 2,
  dragFps: 55,
  searchFirstResultMs: 100,
};

/** Routes a learner opens first: JS at load within 15 KB of the floor. */
export const isLearnerFirstRoute = (p) =>
  p === '/' || /^\/lessons\/[^/]+(\/present)?$/.test(p) || ['/glossary', '/progress', '/review', '/teach', '/join'].includes(p) || (/^\/teach\/[^/]+$/.test(p) && !['/teach/live', '/teach/poll'].includes(p));
export const isBuilderEditor = (p) => /^\/builder\/[^/]+$/.test(p);

const code = (p) => `\`${p}\``;

/**
 * @param {any} r this run's results
 * @param {any} [prev] the previous run's results (bench/results.json before this run), for deltas
 */
export function renderReport(r, prev = null) {
  const lines = [];
  const floor = r.floor ?? null;
  const fm = floor?.metrics;
  const fl = floor?.lighthouse?.mobile;
  lines.push('# Benchmark results', '');
  lines.push(
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` on ${r.machine.cores} cores, Node ${r.machine.node}, ` +
      `Chromium at \`${r.machine.chromium}\`, production build served by \`next start\` on localhost (gzip). ` +
      `Lighthouse 12, median of ${r.lighthouseRuns} runs per route and preset (spread: min–max). Raw figures: \`bench/results.json\`. ` +
      `Δ is the change from the previous run${prev?.date ? ` (${prev.date.slice(0, 10)})` : ' (none recorded)'}.`,
    '',
  );

  lines.push('## The floor', '');
  if (floor) {
    lines.push(
      'An empty Next page with one client component (`scripts/bench/floor-app.mjs`), same Next and React, built and measured in this run exactly as our routes. Targets marked “floor +” are distances from these figures.',
      '',
      '| Figure | Floor | Δ |',
      '| --- | ---: | ---: |',
    );
    const pf = prev?.floor;
    lines.push(`| JS at load (KB, compressed) | ${fm.jsKB} | ${formatDelta(fm.jsKB, pf?.metrics?.jsKB)} |`);
    lines.push(`| HTML (KB, gzip) | ${fm.htmlGzipKB ?? '–'} | ${formatDelta(fm.htmlGzipKB, pf?.metrics?.htmlGzipKB)} |`);
    if (fl) {
      lines.push(`| Lighthouse mobile performance | ${fl.performance} ${spreadNote(fl, 'performance')} | ${formatDelta(fl.performance, pf?.lighthouse?.mobile?.performance)} |`);
      lines.push(`| Lighthouse mobile TBT (ms) | ${fl.tbtMs} ${spreadNote(fl, 'tbtMs')} | ${formatDelta(fl.tbtMs, pf?.lighthouse?.mobile?.tbtMs)} |`);
      lines.push(`| Lighthouse mobile LCP (ms) | ${fl.lcpMs} ${spreadNote(fl, 'lcpMs')} | ${formatDelta(fl.lcpMs, pf?.lighthouse?.mobile?.lcpMs)} |`);
    }
    lines.push(`| Its production build (s) | ${floor.buildSeconds} | ${formatDelta(floor.buildSeconds, pf?.buildSeconds)} |`, '');
  } else lines.push('Not measured in this run (`--no-floor`): the targets that are distances from it show “–”.', '');

  if (r.build) {
    lines.push('## The build', '', '| Figure | Value | Δ |', '| --- | ---: | ---: |');
    lines.push(`| Production build (\`next build\`), seconds | ${r.build.seconds ?? 'not built in this run (--no-build)'} | ${formatDelta(r.build.seconds, prev?.build?.seconds)} |`);
    lines.push(`| \`.next/static\`, KB on disk (uncompressed) | ${r.build.staticKB} in ${r.build.staticFiles} files | ${formatDelta(r.build.staticKB, prev?.build?.staticKB)} |`, '');
  }

  lines.push('## Lighthouse, key routes', '');
  if (r.heaviestLesson) lines.push(`The lesson is the heaviest one measured in this run (largest compressed HTML): ${code(r.heaviestLesson)}.`, '');
  lines.push(
    '| Route | Preset | Performance | Δ | TBT (ms) | Δ | LCP (ms) | Δ | CLS | Accessibility | Best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [path, presets] of Object.entries(r.lighthouse ?? {})) {
    for (const [preset, s] of Object.entries(presets)) {
      const p = prev?.lighthouse?.[path]?.[preset];
      const mobile = preset === 'mobile';
      const vsFloor = (k, within, kind) => (mobile ? ` ${mark(withinFloor(s[k], fl?.[k], within, kind))}` : '');
      const abs = (k) => `${s[k]}${mobile ? ` ${mark(meets(s[k], TARGETS.lighthouse[k], 'atLeast'))}` : ''}`;
      lines.push(
        `| ${code(path)} | ${preset} | ${s.performance}${vsFloor('performance', TARGETS.performanceWithin, 'atLeast')} ${spreadNote(s, 'performance')} | ${formatDelta(s.performance, p?.performance)} ` +
          `| ${s.tbtMs}${vsFloor('tbtMs', TARGETS.tbtWithinMs, 'atMost')} ${spreadNote(s, 'tbtMs')} | ${formatDelta(s.tbtMs, p?.tbtMs)} ` +
          `| ${s.lcpMs}${vsFloor('lcpMs', TARGETS.lcpWithinMs, 'atMost')} ${spreadNote(s, 'lcpMs')} | ${formatDelta(s.lcpMs, p?.lcpMs)} ` +
          `| ${s.cls}${mobile ? ` ${mark(meets(s.cls, TARGETS.cls, 'atMost'))}` : ''} | ${abs('accessibility')} | ${abs('best-practices')} | ${abs('seo')} |`,
      );
    }
  }
  lines.push(
    '',
    `Targets (mobile preset, ticks): performance ≥ floor − ${TARGETS.performanceWithin}, TBT ≤ floor + ${TARGETS.tbtWithinMs} ms, LCP ≤ floor + ${TARGETS.lcpWithinMs} ms, ` +
      `CLS ${TARGETS.cls}, accessibility, best practices and SEO 100. Brackets: the spread over the runs. Desktop is shown without targets.`,
    '',
  );

  lines.push('## Every route at load', '');
  lines.push(
    '| Route | JS (KB, compressed) | Δ | HTML (KB raw) | HTML (KB gzip) | Δ | Total (KB) | LCP (ms) | CLS | TBT (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [path, m] of Object.entries(r.routes)) {
    const p = prev?.routes?.[path];
    const within = isBuilderEditor(path) ? TARGETS.builderJsWithinKB : isLearnerFirstRoute(path) ? TARGETS.learnerJsWithinKB : null;
    const jsMark = within === null ? '' : ` ${mark(withinFloor(m.jsKB, fm?.jsKB, within, 'atMost'))}`;
    lines.push(
      `| ${code(path)} | ${m.jsKB}${jsMark} | ${formatDelta(m.jsKB, p?.jsKB)} | ${m.htmlKB ?? '–'} | ${m.htmlGzipKB ?? '–'} | ${formatDelta(m.htmlGzipKB, p?.htmlGzipKB)} ` +
        `| ${m.totalKB} | ${m.lcpMs} | ${m.cls} ${mark(meets(m.cls, TARGETS.cls, 'atMost'))} | ${m.tbtMs} |`,
    );
  }
  lines.push(
    '',
    `Targets: JS at load ≤ floor + ${TARGETS.learnerJsWithinKB} KB on every route a learner opens first (home, lessons, glossary, progress, review, teach, presenter, join), ` +
      `≤ floor + ${TARGETS.builderJsWithinKB} KB on the builder editor; CLS ${TARGETS.cls} everywhere.${fm ? ` Floor: ${fm.jsKB} KB.` : ''}`,
    '',
  );

  const lessonHtml = Object.entries(r.routes)
    .filter(([p, m]) => /^\/lessons\/[^/]+$/.test(p) && typeof m.htmlGzipKB === 'number')
    .map(([, m]) => m.htmlGzipKB);
  if (lessonHtml.length) {
    const prevHtml = Object.entries(prev?.routes ?? {})
      .filter(([p, m]) => /^\/lessons\/[^/]+$/.test(p) && typeof m.htmlGzipKB === 'number')
      .map(([, m]) => m.htmlGzipKB);
    const med = median(lessonHtml);
    const worst = Math.max(...lessonHtml);
    lines.push('## A lesson\u2019s HTML', '', '| Figure | Value | Target | Δ |', '| --- | ---: | --- | ---: |');
    lines.push(`| Median over ${lessonHtml.length} lessons (KB, gzip) | ${med} | ≤ ${TARGETS.lessonHtmlGzipMedianKB} ${mark(meets(med, TARGETS.lessonHtmlGzipMedianKB, 'atMost'))} | ${formatDelta(med, median(prevHtml) ?? undefined)} |`);
    lines.push(`| Worst lesson (KB, gzip) | ${worst} | ≤ ${TARGETS.lessonHtmlGzipWorstKB} ${mark(meets(worst, TARGETS.lessonHtmlGzipWorstKB, 'atMost'))} | ${formatDelta(worst, prevHtml.length ? Math.max(...prevHtml) : undefined)} |`, '');
  }

  const f = r.features ?? {};
  const pf = prev?.features ?? {};
  if (Object.keys(f).length) {
    lines.push('## Features', '', '| Figure | Value | Target | Δ |', '| --- | ---: | --- | ---: |');
    if (f.diagrams && !f.diagrams.error) {
      const sum = f.diagrams.summary ?? f.diagrams;
      const prevSum = pf.diagrams?.summary ?? pf.diagrams ?? {};
      for (const [k, v] of Object.entries(sum)) {
        if (typeof v !== 'number') continue;
        const target = k.toLowerCase().includes('first')
          ? `≤ ${TARGETS.firstDiagramMs} ms ${mark(meets(v, TARGETS.firstDiagramMs, 'atMost'))}`
          : k === 'maxMermaidBytesAtLoad'
            ? `0 ${mark(v === 0)}`
            : k === 'maxCls'
              ? `${TARGETS.cls} ${mark(meets(v, TARGETS.cls, 'atMost'))}`
              : '';
        lines.push(`| Diagrams: ${k} | ${v} | ${target} | ${formatDelta(v, prevSum[k])} |`);
      }
    }
    if (f.builderEval?.evalMedianMs !== undefined)
      lines.push(
        `| Builder: evaluation of a 60-capability design, median (ms) | ${f.builderEval.evalMedianMs} | ≤ ${TARGETS.evalMedianMs} ${mark(meets(f.builderEval.evalMedianMs, TARGETS.evalMedianMs, 'atMost'))} | ${formatDelta(f.builderEval.evalMedianMs, pf.builderEval?.evalMedianMs)} |`,
      );
    if (f.builderFps?.dragFps !== undefined)
      lines.push(
        `| Builder: frames per second while dragging, 150 nodes | ${f.builderFps.dragFps} | ≥ ${TARGETS.dragFps} ${mark(meets(f.builderFps.dragFps, TARGETS.dragFps, 'atLeast'))} | ${formatDelta(f.builderFps.dragFps, pf.builderFps?.dragFps)} |`,
      );
    if (f.search?.firstResultMs !== undefined)
      lines.push(
        `| Search: Ctrl+K to the first result for one keystroke, warm ${code(f.search.path)}, median of ${f.search.runs} (ms) | ${f.search.firstResultMs} ${spreadNote({ spread: { v: f.search.spreadMs } }, 'v')} | ≤ ${TARGETS.searchFirstResultMs} ${mark(meets(f.search.firstResultMs, TARGETS.searchFirstResultMs, 'atMost'))} | ${formatDelta(f.search.firstResultMs, pf.search?.firstResultMs)} |`,
      );
    for (const [name, v] of Object.entries(f)) if (v?.error) lines.push(`| ${name} | did not run: ${String(v.error).replace(/\|/g, '/').replace(/\s+/g, ' ').slice(0, 120)} | | |`);
    lines.push('');
    if (f.diagrams?.summary && f.diagramsInBrowser?.summary) {
      const a = f.diagrams.summary;
      const b = f.diagramsInBrowser.summary;
      const kb = (bytes) => Math.round(bytes / 102.4) / 10;
      lines.push('### Diagrams: drawn at build time against drawn in the browser', '');
      lines.push('| Figure (worst lesson) | Build time (shipped) | In the browser |', '| --- | ---: | ---: |');
      lines.push(`| First diagram visible after navigation (ms) | ${a.worstFirstDiagramMs} | ${b.worstFirstDiagramMs} |`);
      lines.push(`| Every diagram visible, scrolling through (ms) | ${a.worstAllDiagramsMs} | ${b.worstAllDiagramsMs} |`);
      lines.push(`| Mermaid downloaded at load (KB) | ${kb(a.maxMermaidBytesAtLoad)} | ${kb(b.maxMermaidBytesAtLoad)} |`);
      lines.push(`| All JavaScript at load (KB, compressed) | ${kb(a.maxJsBytesAtLoad)} | ${kb(b.maxJsBytesAtLoad)} |`);
      lines.push(`| CLS | ${a.maxCls} | ${b.maxCls} |`, '');
    }
  }
  return lines.join('\n') + '\n';
}

/** "(88–95)" when the runs of a summarised figure differ, else "". */
function spreadNote(s, key) {
  const text = formatSpread(s?.spread?.[key]);
  return text ? `(${text})` : '';
}
