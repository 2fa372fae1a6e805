import { describe, expect, it } from 'vitest';
import { parsePathData } from './path-data';
import { compactSvg, dropOutsideLinks, finishSvg, isInertSvg, renameSvgIds, scopeStrayIds, svgSize } from './svg';

const svg = (inner = '') =>
  `<svg id="mmd-k1-light" width="100%" viewBox="4 4 787.975341796875 139" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-mmd-k1-light"><title id="chart-title-mmd-k1-light">T</title><style>#mmd-k1-light .node{fill:red}</style>${inner}</svg>`;

describe('finishSvg', () => {
  it('makes the drawing one image with a plain role description', () => {
    const out = finishSvg(svg());
    expect(out).toMatch(/^<svg [^>]*role="img" aria-roledescription="diagram">/);
    expect(out).not.toContain('graphics-document');
    expect(out).not.toContain('flowchart-v2');
    expect(out).toContain('aria-labelledby="chart-title-mmd-k1-light"');
  });
});

describe('compactSvg', () => {
  it('rounds geometry to hundredths and drops data-points', () => {
    const out = compactSvg('<path d="M183.97533837763297,73.5L-0.0001,2" data-points="W3si" transform="translate(97.9876708984375, 73.5)"/>');
    expect(out).toBe('<path d="M183.98,73.5L0,2" transform="translate(97.99, 73.5)"/>');
  });

  /** The `d` of a compacted one-path drawing. */
  const compactPath = (d: string) => /\sd="([^"]*)"/.exec(compactSvg(`<path d="${d}"/>`))![1]!;

  it.each([
    // Mermaid's database icon (sequence diagrams): hundreds of relative steps written tight.
    ['relative steps that run together', 'M12.258.001l.256.004.255.005.253.008v17l-.1.04-.2.04z'],
    ['an absolute number that rounds to a whole one before a point', 'M1.0001.5L-0.0001.25 3.14159,2.71828'],
    ['an exponent', 'M1e-7.5L2.123456e1,3'],
    ['arc flags without separators', 'M0,0A2.33333 2.33333 0 011.23456 2'],
  ])('keeps path data valid and its meaning within 0.005 px: %s', (_name, d) => {
    const before = parsePathData(d);
    const after = parsePathData(compactPath(d));
    expect(before.success && after.success).toBe(true);
    if (!before.success || !after.success) return;
    expect(after.data.map((s) => s.command)).toEqual(before.data.map((s) => s.command));
    after.data.forEach((segment, i) => {
      const original = before.data[i]!;
      const relative = segment.command === segment.command.toLowerCase();
      segment.args.forEach((n, j) => {
        // A relative step is kept exactly: rounding each of many steps adds up.
        if (relative) expect(n).toBe(original.args[j]);
        else expect(Math.abs(n - original.args[j]!)).toBeLessThanOrEqual(0.005);
      });
    });
  });

  it('keeps relative steps as written', () => {
    expect(compactPath('M12.258.001l.256.004.255.005')).toBe('M12.26 0l.256.004.255.005');
  });

  it('leaves text and ids alone', () => {
    const text = '<p>Version 1.23456 of the API</p>';
    expect(compactSvg(text)).toBe(text);
  });
});

describe('renameSvgIds', () => {
  it('re-prefixes every id and every reference to it', () => {
    const out = renameSvgIds(svg('<path marker-end="url(#mmd-k1-light_pointEnd)"/>'), 'mmd-k1', 'mmd-k1-R1');
    expect(out).not.toMatch(/mmd-k1-light/);
    expect(out).toContain('id="mmd-k1-R1-light"');
    expect(out).toContain('#mmd-k1-R1-light .node');
    expect(out).toContain('url(#mmd-k1-R1-light_pointEnd)');
  });
});

describe('isInertSvg', () => {
  it('accepts an ordinary drawing', () => {
    expect(isInertSvg(svg('<g class="node"><foreignObject><div><p>Cart</p></div></foreignObject></g>'))).toBe(true);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an event handler', '<image href="x" onerror="alert(1)"/>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['an iframe', '<foreignObject><iframe src="https://evil"></iframe></foreignObject>'],
  ])('refuses %s', (_name, inner) => {
    expect(isInertSvg(svg(inner))).toBe(false);
  });
});

describe('svgSize', () => {
  it('reads the natural size from the viewBox', () => {
    expect(svgSize(svg())).toEqual({ width: 787.975341796875, height: 139 });
  });
});

describe('scopeStrayIds', () => {
  it('renames ids Mermaid left without the render id, and their references, in order', () => {
    const out = scopeStrayIds('<svg id="mmd-k"><line id="actor9"/><line id="actor13"/><use href="#actor13"/><path fill="url(#actor9)"/><g id="mmd-k-node"/></svg>');
    expect(out).toBe('<svg id="mmd-k"><line id="mmd-k-i0"/><line id="mmd-k-i1"/><use href="#mmd-k-i1"/><path fill="url(#mmd-k-i0)"/><g id="mmd-k-node"/></svg>');
  });

  it('keeps ids that already carry the render id', () => {
    const svg = '<svg id="mmd-k" aria-labelledby="chart-title-mmd-k"><title id="chart-title-mmd-k">T</title></svg>';
    expect(scopeStrayIds(svg)).toBe(svg);
  });
});

describe('isInertSvg and labels', () => {
  it('allows label text that mentions javascript: or on=', () => {
    expect(isInertSvg(svg('<g><foreignObject><div><p>Learn javascript: the basics, status on = yes</p></div></foreignObject></g>'))).toBe(true);
  });

  it('still refuses a javascript: href and an event handler attribute', () => {
    expect(isInertSvg(svg('<a xlink:href=" javascript:alert(1)">x</a>'))).toBe(false);
    expect(isInertSvg(svg('<g onclick="x()"></g>'))).toBe(false);
  });
});

describe('dropOutsideLinks', () => {
  it('removes hrefs that leave the page and keeps in-page ones and the text', () => {
    const out = dropOutsideLinks(svg('<a href="http://evil.example/" target="_blank"><text>Go</text></a><a xlink:href=\'//x.example\'>y</a><a href="#top">z</a>'));
    expect(out).not.toMatch(/evil|x\.example/);
    expect(out).toContain('href="#top"');
    expect(out).toContain('<text>Go</text>');
  });
});
