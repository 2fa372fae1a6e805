// Turns bench/results.json into the Markdown table of bench/README.md, with the issues' targets.
const TARGETS = {
  lessonJsKB: 160,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  cls: 0.01,
  firstDiagramMs: 300,
  evalMedianMs: 2,
  dragFps: 55,
};

const mark = (ok) => (ok ? '✅' : '❌');

export function renderReport(r) {
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` on ${r.machine.cores} cores, Node ${r.machine.node}, ` +
      `Chromium at \`${r.machine.chromium}\`, production build served by \`next start\` on localhost (gzip). ` +
      `Lighthouse 12, median of ${r.lighthouseRuns} runs per preset. Raw figures: \`bench/results.json\`.`,
    '',
  );
  if (r.build) {
    lines.push('## The build', '');
    lines.push('| Figure | Value |', '| --- | ---: |');
    lines.push(`| Production build (\`next build\`), seconds | ${r.build.seconds ?? 'not built in this run (--no-build)'} |`);
    lines.push(`| \`.next/static\`, KB on disk (uncompressed) | ${r.build.staticKB} in ${r.build.staticFiles} files |`, '');
  }
  lines.push('## Every route at load', '');
  lines.push('| Route | JS (KB, compressed) | Total (KB) | LCP (ms) | CLS | TBT (ms) |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [path, m] of Object.entries(r.routes)) {
    const jsOk = !path.startsWith('/lessons/') || m.jsKB <= TARGETS.lessonJsKB;
    lines.push(`| \`${path}\` | ${m.jsKB} ${path.startsWith('/lessons/') ? mark(jsOk) : ''} | ${m.totalKB} | ${m.lcpMs} | ${m.cls} ${mark(m.cls <= TARGETS.cls)} | ${m.tbtMs} |`);
  }
  lines.push('', `Target for lesson pages: JS at load ≤ ${TARGETS.lessonJsKB} KB compressed; CLS ≤ ${TARGETS.cls} everywhere.`, '');
  lines.push('## Lighthouse', '');
  lines.push(
    '| Route | Preset | Performance | Accessibility | Best practices | SEO | LCP (ms) | TBT (ms) | CLS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [path, presets] of Object.entries(r.lighthouse)) {
    for (const [preset, s] of Object.entries(presets)) {
      const cell = (k) => `${s[k]} ${mark(s[k] >= TARGETS.lighthouse[k])}`;
      lines.push(
        `| \`${path}\` | ${preset} | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} | ${s.lcpMs} | ${s.tbtMs} | ${s.cls} |`,
      );
    }
  }
  lines.push(
    '',
    `Targets: performance ≥ ${TARGETS.lighthouse.performance} (mobile), accessibility, best practices and SEO ${TARGETS.lighthouse.seo}.`,
    '',
  );
  const f = r.features ?? {};
  if (Object.keys(f).length) {
    lines.push('## Features', '', '| Figure | Value | Target |', '| --- | ---: | --- |');
    if (f.diagrams && !f.diagrams.error) {
      for (const [k, v] of Object.entries(f.diagrams.summary ?? f.diagrams)) {
        if (typeof v === 'number') lines.push(`| Diagrams: ${k} | ${v} | ${k.toLowerCase().includes('first') ? `≤ ${TARGETS.firstDiagramMs} ms` : ''} |`);
      }
    }
    if (f.diagrams?.summary && f.diagramsInBrowser?.summary) {
      const a = f.diagrams.summary;
      const b = f.diagramsInBrowser.summary;
      const kb = (bytes) => Math.round(bytes / 102.4) / 10;
      lines.push('');
      lines.push('### Diagrams: drawn at build time against drawn in the browser', '');
      lines.push('| Figure (worst lesson) | Build time (shipped) | In the browser |', '| --- | ---: | ---: |');
      lines.push(`| First diagram visible after navigation (ms) | ${a.worstFirstDiagramMs} | ${b.worstFirstDiagramMs} |`);
      lines.push(`| Every diagram visible, scrolling through (ms) | ${a.worstAllDiagramsMs} | ${b.worstAllDiagramsMs} |`);
      lines.push(`| Mermaid downloaded at load (KB) | ${kb(a.maxMermaidBytesAtLoad)} | ${kb(b.maxMermaidBytesAtLoad)} |`);
      lines.push(`| All JavaScript at load (KB, compressed) | ${kb(a.maxJsBytesAtLoad)} | ${kb(b.maxJsBytesAtLoad)} |`);
      lines.push(`| CLS | ${a.maxCls} | ${b.maxCls} |`);
      lines.push('', '| Figure | Value | Target |', '| --- | ---: | --- |');
    }
    if (f.builderEval?.evalMedianMs !== undefined)
      lines.push(`| Builder: evaluation of a 60-capability design, median (ms) | ${f.builderEval.evalMedianMs} | ≤ ${TARGETS.evalMedianMs} ${mark(f.builderEval.evalMedianMs <= TARGETS.evalMedianMs)} |`);
    if (f.builderFps?.dragFps !== undefined)
      lines.push(`| Builder: frames per second while dragging, 150 nodes | ${f.builderFps.dragFps} | ≥ ${TARGETS.dragFps} ${mark(f.builderFps.dragFps >= TARGETS.dragFps)} |`);
    for (const [name, v] of Object.entries(f)) if (v?.error) lines.push(`| ${name} | did not run: ${String(v.error).replace(/\|/g, '/').slice(0, 120)} | |`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
